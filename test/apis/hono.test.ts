import { describe } from 'vitest';

import { honoApis } from '../../src/apis/hono.js';
import { catalogueTable } from './decode-helpers.js';

const hono = '[200-599]';

describe('Hono', () => {
  catalogueTable(honoApis, {
    'c.status(201);': [`hono c: status send 201 ${hono}`],
    "c.header('WWW-Authenticate', 'Bearer');": ['hono c: headers www-authenticate'],
    'c.json(data); c.json(data, 201); c.json(data, { status: 404 }); c.json(data, init);': [
      `hono: status send unknown ${hono}; headers -; content data; value from c`,
      `hono: status send 201 ${hono}; headers -; content data; value from c`,
      `hono: status send 404 ${hono}; headers -; content data; value from c`,
      `hono: status send init ${hono}; headers -; content data; value from c`,
    ],
    "c.text('x', 401, { 'WWW-Authenticate': 'Bearer' }); c.html(null, 204); c.body(null, 204); c.newResponse(b, { status: 405, headers: { Allow: 'GET' } });":
      [
        `hono: status send 401 ${hono}; headers www-authenticate; content 'x'; value from c`,
        `hono: status send 204 ${hono}; headers -; value from c`,
        `hono: status send 204 ${hono}; headers -; value from c`,
        `hono: status send 405 ${hono}; headers allow; content b; value from c`,
      ],
    "c.redirect('/x'); c.redirect('/x', 301); const f = () => ctx.redirect('/y');": [
      `hono: status redirect default 302 ${hono}; headers location; redirect after-url; value from c`,
      `hono: status redirect 301 ${hono}; headers location; redirect after-url; value from c`,
      `hono: status redirect default 302 ${hono}; headers location; redirect after-url; value from ctx`,
    ],
    "throw new HTTPException(401, { message: 'log in' });": [`hono: status throw 401 ${hono}`],
    "class Unauthorized extends HTTPException { constructor() { super(401, { message: 'log in' }); } }": [`hono: status throw 401 ${hono}`],
  });
});
