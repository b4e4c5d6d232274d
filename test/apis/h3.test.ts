import { describe } from 'vitest';

import { h3Apis } from '../../src/apis/h3.js';
import { catalogueTable } from './decode-helpers.js';

const h3 = '[100-999]';

describe('h3', () => {
  catalogueTable(h3Apis, {
    "setResponseStatus(event, 201); createError({ statusCode: 404, statusMessage: 'gone' });": [
      `h3: status send 201 ${h3}`,
      `h3: status throw 404 ${h3}`,
    ],
    "import { createError as fail, setResponseStatus } from 'h3';\nfail({ status: 400 }); setResponseStatus(event, 202); fail(404);": [
      `h3: status throw 400 ${h3}`,
      `h3: status send 202 ${h3}`,
    ],
  });
});
