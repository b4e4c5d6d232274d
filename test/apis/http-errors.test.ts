import { describe } from 'vitest';

import { httpErrorsApis } from '../../src/apis/http-errors.js';
import { catalogueTable } from './decode-helpers.js';

const httpErrors = '[100-599]';

describe('http-errors', () => {
  catalogueTable(httpErrorsApis, {
    "import createError from 'http-errors';\ncreateError(404); createError('gone', 410, { expose: true });": [
      `http-errors: status throw 404 ${httpErrors}`,
      `http-errors: status throw 410 ${httpErrors}`,
    ],
    "const HttpError = require('http-errors');\nthrow HttpError(401, 'log in', { headers: { 'WWW-Authenticate': 'Basic' } });": [
      `http-errors: status throw 401 ${httpErrors}`,
    ],
    // The module can be constructed and extended; its classes take a message.
    "import createError, { NotFound } from 'http-errors';\nclass Gone extends createError { constructor() { super('gone', 410); } }\nclass Missing extends NotFound { constructor() { super('missing'); } }\nnew createError(404);":
      [`http-errors: status throw 410 ${httpErrors}`, `http-errors: status throw 404 ${httpErrors}`],
    "const createError = require('http-errors');\nclass Gone extends createError { constructor() { super(410); } }": [
      `http-errors: status throw 410 ${httpErrors}`,
    ],
    "createError(403); createError('x'); createError({ statusCode: 400 });": [
      `http-errors: status throw 403 ${httpErrors}`,
      'h3: status throw 400 [100-999]',
    ],
  });
});
