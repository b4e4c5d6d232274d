import { describe } from 'vitest';

import { tsoaApis } from '../../src/apis/tsoa.js';
import { catalogueTable } from './decode-helpers.js';

describe('tsoa', () => {
  catalogueTable(tsoaApis, {
    "import { Controller, Post, Response, SuccessResponse } from 'tsoa';\nclass Users extends Controller {\n  @SuccessResponse(201, 'Created')\n  @Response(422, 'Invalid')\n  @Post() create() { this.setStatus(201); }\n}":
      ['tsoa: status declare 201', 'tsoa: status declare 422', 'tsoa: status send 201 by shape'],
    // Another module's Response decorator and another object's setStatus are not tsoa's.
    "import { Response } from './decorators';\n@Response(404) class A {}\nthis.setStatus(code); job.setStatus(200);": [
      'tsoa: status send code by shape',
    ],
  });
});
