import { describe } from 'vitest';

import { playwrightApis } from '../../src/apis/playwright.js';
import { catalogueTable } from './decode-helpers.js';

describe('Playwright', () => {
  catalogueTable(playwrightApis, {
    "await page.route('**/api/me', (route) => route.fulfill({ status: 401, body: 'log in' }));": ['test: status send 401 by shape'],
    "await page.route('**/api/x', async (route) => { await route.fulfill({ status: ok ? 200 : 503, json }); });": [
      'test: status send ok ? 200 : 503 by shape',
    ],
    "page.route('/x', (r) => r.fulfill({ status: 404 })); context.route('/y', async function (handled) { await handled.fulfill({ status: 500 }); });":
      ['test: status send 404 by shape', 'test: status send 500 by shape'],
    // Without a status the mock answers 200 and the file states nothing; a promise's fulfill is no mock.
    "route.fulfill({ body: 'x' }); deferred.fulfill({ status: 200 }); list.map((r) => r.fulfill({ status: 200 }));": [
      // Not a route the file names, but objects with a status handed to a call, found by name.
      'code: status declare 200 by name',
      'code: status declare 200 by name',
    ],
  });
});
