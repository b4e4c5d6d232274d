import { describe } from 'vitest';

import { remixApis } from '../../src/apis/remix.js';
import { catalogueTable } from './decode-helpers.js';

const remix = '[200-599]';

describe('Remix and React Router', () => {
  catalogueTable(remixApis, {
    "import { json, data } from '@remix-run/node';\njson(x); json(x, 201); data(x, { status: 401, headers: { 'WWW-Authenticate': 'Basic' } });":
      [
        `remix: status send default 200 ${remix}; headers -; content x; value`,
        `remix: status send 201 ${remix}; headers -; content x; value`,
        `remix: status send 401 ${remix}; headers www-authenticate; content x; value`,
      ],
    "import { redirect, redirectDocument, replace } from 'react-router';\nredirect('/x'); redirectDocument('/x', 301); replace('/x', { status: 303 });":
      [
        `remix: status redirect default 302 ${remix}; headers location; redirect after-url; value`,
        `remix: status redirect 301 ${remix}; headers location; redirect after-url; value`,
        `remix: status redirect 303 ${remix}; headers location; redirect after-url; value`,
      ],
    "import { json } from 'other';\njson(x, 204);": [],
  });
});
