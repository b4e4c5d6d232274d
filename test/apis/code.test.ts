import { describe } from 'vitest';

import { codeApis } from '../../src/apis/code.js';
import { catalogueTable } from './decode-helpers.js';

describe('plain code', () => {
  catalogueTable(codeApis, {
    'if (res.status === 404 || 500 !== err.statusCode || status >= 400) {}': [
      'code: status compare 404 by shape',
      'code: status compare 500 by shape',
      'code: status range 400 by shape',
    ],
    'switch (response.status) { case 301: case 302: break; default: }': [
      'code: status compare 301 by shape',
      'code: status compare 302 by shape',
    ],
    '[301, 302, , 307].includes(res.status); [1, 2].includes(count);': [
      'code: status compare 301 by shape; status compare 302 by shape; status compare 307 by shape',
    ],
    'err.status = 404; error.statusCode = 500; validationError.status = 422; user.status = 1;': [
      'code: status throw 404 by shape',
      'code: status throw 500 by shape',
      'code: status throw 422 by shape',
      // Any object's status is a place known by name (issue 9); 1 is no registered code, so no site.
      'code: status declare 1 by name',
    ],
  });
});
