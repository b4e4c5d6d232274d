import { describe } from 'vitest';

import { hapiApis } from '../../src/apis/hapi.js';
import { catalogueTable } from './decode-helpers.js';

describe('hapi', () => {
  catalogueTable(hapiApis, {
    "h.response(user).code(201).header('Location', url);": [
      'hapi h.response(user).code(201): headers location',
      'hapi h.response(user): status send 201',
    ],
    "h.response().location(url).code(301); h.response().created(url); h.response(x).type('text/plain').vary('accept').etag('x');": [
      'hapi h.response().location(url): status send 301',
      'hapi h.response(): headers location',
      'hapi h.response(): headers location',
      "hapi h.response(x).type('text/plain').vary('accept'): headers etag",
      "hapi h.response(x).type('text/plain'): headers vary",
      'hapi h.response(x): headers content-type',
    ],
  });
});
