import { describe } from 'vitest';

import { fastifyApis } from '../../src/apis/fastify.js';
import { catalogueTable } from './decode-helpers.js';

const fastify = '[100-599]';

describe('Fastify', () => {
  catalogueTable(fastifyApis, {
    'reply.code(404); reply.status(500);': [`fastify reply: status send 404 ${fastify}`, `fastify reply: status send 500 ${fastify}`],
    "reply.redirect('/x'); reply.redirect('/x', 303); reply.redirect(301, '/x');": [
      `fastify reply: status redirect default 302 ${fastify}; headers location; redirect after-url`,
      `fastify reply: status redirect 303 ${fastify}; headers location; redirect after-url`,
      `fastify reply: status redirect 301 ${fastify}; headers location; redirect after-url`,
    ],
    "reply.header('Allow', 'GET'); reply.headers({ Vary: 'A' }); reply.type('text/plain');": [
      'fastify reply: headers allow',
      'fastify reply: headers vary',
      'fastify reply: headers content-type',
    ],
    'reply.send(data); reply.send();': ['fastify reply: content data'],
    'reply.statusCode = 204; reply.status = 200;': [
      `fastify reply: status send 204 ${fastify}`,
      `fastify reply: status send 200 ${fastify}`,
    ],
    'request.reply.code(201); myReply.code(202).send(x);': [
      `fastify request.reply: status send 201 ${fastify}`,
      'fastify myReply.code(202): content x',
      `fastify myReply: status send 202 ${fastify}`,
    ],
  });
});
