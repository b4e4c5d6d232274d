import { describe } from 'vitest';

import { mswApis } from '../../src/apis/msw.js';
import { catalogueTable } from './decode-helpers.js';

const msw = '[200-599]';

describe('msw', () => {
  catalogueTable(mswApis, {
    "import { HttpResponse } from 'msw';\nnew HttpResponse(null, { status: 204 }); new HttpResponse('gone', { status: 410, headers: { 'Content-Type': 'text/plain' } });":
      [`msw: status send 204 ${msw}; headers -; value`, `msw: status send 410 ${msw}; headers content-type; content 'gone'; value`],
    "import { HttpResponse as R } from 'msw';\nR.json(user); R.json({ error: 'log in' }, { status: 401 }); R.text('x', init);": [
      `msw: status send default 200 ${msw}; headers -; content user; value`,
      `msw: status send 401 ${msw}; headers -; content { error: 'log in' }; value`,
      `msw: status send unknown ${msw}; headers unknown; content 'x'; value`,
    ],
    "import { HttpResponse } from 'msw';\nHttpResponse.json(x, { status: 204 }); HttpResponse.text('ok');": [
      `msw: status send 204 ${msw}; headers -; content x; value`,
      `msw: status send default 200 ${msw}; headers -; content 'ok'; value`,
    ],
    "import { HttpResponse } from 'msw';\nHttpResponse.xml(doc, { status: 201 }); HttpResponse.html('<p>', { status: 404 });": [
      `msw: status send 201 ${msw}; headers -; content doc; value`,
      `msw: status send 404 ${msw}; headers -; content '<p>'; value`,
    ],
    // Another module's HttpResponse, or one the file does not import, is not msw's: its init objects
    // are only places known by name (issue 9), where 99 is no registered code.
    "import { HttpResponse } from 'other';\nHttpResponse.json(x, { status: 204 }); new HttpResponse(null, { status: 99 });": [
      'code: status declare 204 by name',
      'code: status declare 99 by name',
    ],
  });
});
