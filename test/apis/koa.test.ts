import { describe } from 'vitest';

import { koaApis } from '../../src/apis/koa.js';
import { catalogueTable } from './decode-helpers.js';

const koa = '[100-999]';
const koaThrow = '[100-599]';

describe('Koa', () => {
  catalogueTable(koaApis, {
    'ctx.status = 404; context.statusCode = 500;': [`koa ctx: status send 404 ${koa}`, `koa context: status send 500 ${koa}`],
    "ctx.body = { ok: true }; ctx.body = null; ctx.type = 'json';": ['koa ctx: content { ok: true }', 'koa ctx: headers content-type'],
    "ctx.throw(401, 'log in'); ctx.throw('no', 403); ctx.assert(user, 401);": [
      `koa ctx: status throw 401 ${koaThrow}`,
      `koa ctx: status throw 403 ${koaThrow}`,
      `koa ctx: status throw 401 ${koaThrow}`,
    ],
    "ctx.redirect('/login');": [`koa ctx: status redirect default 302; headers location; redirect assign status before`],
    "ctx.set('Allow', 'GET'); ctx.append('Link', l); ctx.header(h); ctx.attachment(f); ctx.vary('Accept');": [
      'koa ctx: headers allow',
      'koa ctx: headers link',
      'koa ctx: headers unknown',
      'koa ctx: headers content-disposition',
      'koa ctx: headers vary',
    ],
    "ctx.response.status = 401; ctx.response.set('WWW-Authenticate', 'Basic'); ctx.response.body = 'x';": [
      `koa ctx.response: status send 401 ${koa}`,
      'koa ctx.response: headers www-authenticate',
      "koa ctx.response: content 'x'",
    ],
  });
});
