import { isStringLike } from '../ast/nodes.js';
import { acceptsRange } from './types.js';
import type { ApiFamily } from './types.js';

const fastify = acceptsRange(100, 599, 'Fastify throws FST_ERR_BAD_STATUS_CODE for codes outside 100-599');

/** Fastify's `reply`. */
export const fastifyApis: ApiFamily = {
  framework: 'fastify',
  handles: {
    'fastify-reply': {
      names: [/^(?:reply|rep|[a-z][\w$]*Reply)$/],
      properties: [{ name: 'reply' }],
      chainable: ['code', 'status', 'header', 'headers', 'type', 'removeHeader', 'serializer', 'hijack'],
      methods: {
        code: { status: { argument: 0 }, runtime: fastify },
        status: { status: { argument: 0 }, runtime: fastify },
        // Fastify 5: reply.redirect(url, code); Fastify 4: reply.redirect(code, url)
        redirect: {
          role: 'redirect',
          status: { pick: ([first, second]) => (second === undefined ? undefined : isStringLike(first) ? second : first) },
          runtime: fastify,
          defaultStatus: 302,
          redirect: 'after-url',
          header: 'location',
        },
        header: { headers: { argument: 0 } },
        headers: { headers: { argument: 0 } },
        type: { header: 'content-type' },
        send: { content: { argument: 0 }, emptyBody: { kind: 'call', call: 'send()' } },
      },
      assignments: {
        status: { status: true, runtime: fastify },
        statusCode: { status: true, runtime: fastify },
      },
      // Fastify sends what a handler returns (or its promise resolves to) as the payload.
      returnIsContent: true,
    },
  },
  routes: { routeOptions: { method: 'route', methodKey: 'method', handlerKey: 'handler' }, routerFactories: ['Fastify', 'fastify'] },
  contentOnBodiless: (code) => (code === 204 || code < 200 ? 'Fastify strips the content' : 'Fastify sends the content anyway'),
};
