import type { ApiFamily } from './types.js';

/** hapi: `h.response(value).code(201)`. */
export const hapiApis: ApiFamily = {
  framework: 'hapi',
  handles: {
    'hapi-response': {
      factories: [{ object: 'h', method: 'response' }],
      chainable: [
        'header',
        'type',
        'code',
        'message',
        'created',
        'location',
        'state',
        'unstate',
        'etag',
        'ttl',
        'vary',
        'charset',
        'encoding',
        'bytes',
        'compressed',
      ],
      methods: {
        code: { status: { argument: 0 } },
        header: { headers: { argument: 0 } },
        location: { header: 'location' },
        created: { header: 'location' },
        type: { header: 'content-type' },
        vary: { header: 'vary' },
        etag: { header: 'etag' },
      },
    },
  },
};
