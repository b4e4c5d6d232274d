import { describe } from 'vitest';

import { fetchApis } from '../../src/apis/fetch.js';
import { catalogueTable } from './decode-helpers.js';

const fetch = '[200-599]';
const redirect = '[301-303, 307-308]';

describe('Fetch API', () => {
  catalogueTable(fetchApis, {
    // The API's default and "unknown" are different answers, and Response.json and new Response agree.
    // `super` in a subclass of Response is not read as a construction: only error classes are.
    'class Json extends Response { constructor(b: string) { super(b, { status: 201 }); } }': ['code: status declare 201 by name'],
    'new Response(body); new Response(body, {}); new Response(body, init); new Response(body, { ...init });': [
      `fetch: status send default 200 ${fetch}; headers -; content body; value`,
      `fetch: status send default 200 ${fetch}; headers -; content body; value`,
      `fetch: status send unknown ${fetch}; headers unknown; content body; value`,
      `fetch: status send unknown ${fetch}; headers unknown; content body; value`,
    ],
    'Response.json(data); Response.json(data, {}); Response.json(data, init); Response.json(data, { ...init });': [
      `fetch: status send default 200 ${fetch}; headers -; content data; value`,
      `fetch: status send default 200 ${fetch}; headers -; content data; value`,
      `fetch: status send unknown ${fetch}; headers unknown; content data; value`,
      `fetch: status send unknown ${fetch}; headers unknown; content data; value`,
    ],
    "new Response(null, { status: 405, 'headers': { Allow: 'GET' } }); new Response(null, { status: 401, ['headers']: new Headers({ 'WWW-Authenticate': 'Basic' }) });":
      [`fetch: status send 405 ${fetch}; headers allow; value`, `fetch: status send 401 ${fetch}; headers www-authenticate; value`],
    'new Response(null, { status: 101, webSocket: client });': ['fetch: status send 101 [101, 200-599]; headers -; value'],
    'Response.redirect(url); Response.redirect(url, 301); Response.redirect(url, { status: 308 });': [
      `fetch: status redirect default 302 ${redirect}; headers location; redirect after-url; value`,
      `fetch: status redirect 301 ${redirect}; headers location; redirect after-url; value`,
      `fetch: status redirect 308 ${redirect}; headers location; redirect after-url; value`,
    ],
  });
});
