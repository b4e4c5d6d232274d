import { fetchStatusRange } from './fetch-response.js';
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
          runtime: fetchStatusRange("Elysia's Fetch Response"),
        },
        headers: { headers: true },
      },
    },
  },
};
