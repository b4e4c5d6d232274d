import Fastify from 'fastify';

import { listItems, removeItem, saveItem } from './store.mjs';

const fastify = Fastify();

fastify.get('/items', async (request, reply) => {
  reply.code(200).send(await listItems());
});

fastify.post('/items', async (request, reply) => {
  if (!request.body?.name) {
    return reply.code(422).send({ error: 'name is required' });
  }
  reply.code(201).send(await saveItem(request.body));
});

fastify.delete('/items/:id', async (request, reply) => {
  await removeItem(request.params.id);
  // Fastify strips content from a 204.
  return reply.code(204).send({ ok: true });
});

fastify.get('/items/export', async (request, reply) => {
  // Fastify throws FST_ERR_BAD_STATUS_CODE for this.
  reply.code(600).send('not yet');
});

export default fastify;
