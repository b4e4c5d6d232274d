import { describe } from 'vitest';

import { nestApis } from '../../src/apis/nestjs.js';
import { catalogueTable } from './decode-helpers.js';

describe('NestJS', () => {
  catalogueTable(nestApis, {
    "class C { @Post() @HttpCode(204) create() {} @Get() @Redirect('/docs', 301) docs() {} @Get() @Redirect('/x') other() {} }": [
      'nestjs: status declare 204; status of the method result',
      'nestjs: status redirect 301; headers location; redirect after-url; value',
      'nestjs: status redirect default 302; headers location; redirect after-url; value',
    ],
    "class C { @Post() @Redirect() create() {} }\nRedirect('/x', 301);": [],
    "import { ApiResponse as Doc } from '@nestjs/swagger';\nclass C { @Doc({ status: 404 }) find() {} }": ['nestjs: status declare 404'],
    "throw new HttpException('gone', 410);": ['nestjs: status throw 410'],
    'class TooMany extends HttpException { constructor(message: string) { super(message, 429); } }': ['nestjs: status throw 429'],
    // A class of the project's own under that name is not Nest's: its one number counts by name, as with `new`.
    "import { HttpException } from './errors';\nclass TooMany extends HttpException { constructor() { super('slow down', 429); } }": [
      'code: status throw 429 by name',
    ],
    "import { HttpCode } from 'other';\nclass C { @HttpCode(204) x() {} }": [],
  });
});
