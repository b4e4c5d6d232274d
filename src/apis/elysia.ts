import { acceptsRange } from './types.js';
import type { ApiFamily } from './types.js';

/** Elysia's `set`: `set.status = 401; set.headers['WWW-Authenticate'] = 'Bearer'`. */
export const elysiaApis: ApiFamily = {
  framework: 'elysia',
  handles: {
    'elysia-set': {
      names: ['set'],
      assignments: {
        status: {
          status: true,
          runtime: acceptsRange(
            200,
            599,
            'Elysia builds a Fetch Response, whose constructor throws RangeError for statuses outside 200-599',
          ),
        },
        headers: { headers: true },
      },
    },
  },
};
