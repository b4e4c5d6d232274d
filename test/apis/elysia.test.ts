import { describe } from 'vitest';

import { elysiaApis } from '../../src/apis/elysia.js';
import { catalogueTable } from './decode-helpers.js';

describe('Elysia', () => {
  catalogueTable(elysiaApis, {
    "set.status = 401; set.headers['WWW-Authenticate'] = 'Bearer'; set.headers.allow = 'GET'; set.headers = { Vary: 'A' };": [
      'elysia set: status send 401 [200-599]',
      'elysia set: headers www-authenticate',
      'elysia set: headers allow',
      'elysia set: headers vary',
    ],
    'set.headers[name] = value;': ['elysia set: headers unknown'],
  });
});
