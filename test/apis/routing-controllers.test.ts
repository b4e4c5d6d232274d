import { describe } from 'vitest';

import { routingControllersApis } from '../../src/apis/routing-controllers.js';
import { catalogueTable } from './decode-helpers.js';

const imports = "import { HttpCode, HttpError, NotFoundError, OnNull, OnUndefined, Post } from 'routing-controllers';\n";

describe('routing-controllers', () => {
  catalogueTable(routingControllersApis, {
    [`${imports}class C { @Post() @HttpCode(201) @OnUndefined(204) @OnNull(404) create() {} }`]: [
      'routing-controllers: status declare 201; status of the method result',
      'routing-controllers: status declare 204',
      'routing-controllers: status declare 404',
    ],
    [`${imports}class C { @OnUndefined(PetNotFound) @OnNull(PetNotFound) find() {} }`]: [
      'routing-controllers: status declare PetNotFound',
      'routing-controllers: status declare PetNotFound',
    ],
    [`${imports}throw new HttpError(400, 'bad'); throw new NotFoundError('Pet not found!');`]: [
      'routing-controllers: status throw 400',
      'routing-controllers: status throw default 404',
    ],
    [`${imports}class PetNotFound extends HttpError { constructor() { super(404, 'Pet not found!'); } }`]: [
      'routing-controllers: status throw 404',
    ],
    // The subclasses carry their own status: `super` passes a message.
    [`${imports}class PetNotFound extends NotFoundError { constructor(id: string) { super(\`Pet \${id} not found\`); } }`]: [
      'routing-controllers: status throw default 404',
    ],
    "import { BadRequestError, UnauthorizedError, ForbiddenError, MethodNotAllowedError, NotAcceptableError, UnprocessableEntityError, InternalServerError } from 'routing-controllers';\nnew BadRequestError(); new UnauthorizedError(); new ForbiddenError(); new MethodNotAllowedError(); new NotAcceptableError(); new UnprocessableEntityError(); new InternalServerError('x');":
      [
        'routing-controllers: status throw default 400',
        'routing-controllers: status throw default 401',
        'routing-controllers: status throw default 403',
        'routing-controllers: status throw default 405',
        'routing-controllers: status throw default 406',
        'routing-controllers: status throw default 422',
        'routing-controllers: status throw default 500',
      ],
    // Another module's decorator of this name is not routing-controllers'.
    "import { HttpCode } from 'other';\nclass C { @HttpCode(201) x() {} }": [],
    // Nor is the project's own HttpError: `super` reads as `new` does, its one number by name.
    "import { HttpError } from './errors';\nclass Gone extends HttpError { constructor() { super(410); } }\nnew HttpError(410);": [
      'code: status throw 410 by name',
      'code: status throw 410 by name',
    ],
  });
});
