import { describe } from 'vitest';

import { epicInvariantApis } from '../../src/apis/epic-invariant.js';
import { catalogueTable } from './decode-helpers.js';

const fetch = '[200-599]';

describe('@epic-web/invariant', () => {
  catalogueTable(epicInvariantApis, {
    "import { invariantResponse } from '@epic-web/invariant';\ninvariantResponse(note, 'Not found', { status: 404 }); invariantResponse(user, 'Missing');":
      [`invariant: status throw 404 ${fetch}; headers -`, `invariant: status throw default 400 ${fetch}; headers -`],
    "import { invariantResponse as check } from '@epic-web/invariant';\ncheck(ok, () => 'no', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }); check(ok, 'x', init);":
      [`invariant: status throw 401 ${fetch}; headers www-authenticate`, `invariant: headers unknown`],
    // The plain `invariant` throws an Error, and another module's invariantResponse is not this one.
    "import { invariant } from '@epic-web/invariant';\nimport { invariantResponse as other } from 'x';\ninvariant(ok, 'x'); other(ok, 'x', { status: 404 });":
      // Not the library's function, but an object with a status handed to a call (issue 9's status-named places).
      ['code: status declare 404 by name'],
  });
});
