import { describe } from 'vitest';

import { httpMockApis } from '../../src/apis/http-mocks.js';
import { catalogueTable } from './decode-helpers.js';

describe('HTTP mocks (nock, undici MockAgent)', () => {
  catalogueTable(httpMockApis, {
    "nock('https://api.github.com').get('/user').reply(200, { login: 'x' });": ['test: status send 200'],
    "nock(base).post('/token').query(true).times(2).reply(401); nock(base).intercept('/x', 'PATCH').reply(204);": [
      'test: status send 401',
      'test: status send 204',
    ],
    "mockPool.intercept({ path: '/users', method: 'GET' }).reply(404, { error: 'missing' });": ['test: status send 404'],
    // Not an interceptor chain: a chat bot's reply, a message's, a reply with nothing in it.
    "bot.reply(200, 'hi'); message.channel.reply(404); nock(base).get('/').reply();": [],
  });
});
