import type { ApiFamily, CallApi } from './types.js';

// `@HttpCode(201)` sets the status of what the action returns; `@OnUndefined(204)` and `@OnNull(404)`
// the status sent when it returns undefined or null (they also take an error class instead).
const functions: Readonly<Record<string, CallApi>> = {
  HttpCode: { role: 'declare', status: { argument: 0 }, setsResultStatus: true },
  OnUndefined: { role: 'declare', status: { argument: 0 } },
  OnNull: { role: 'declare', status: { argument: 0 } },
};

/** `HttpError(status, message)`; its subclasses take a message and carry their own status. */
const thrown = (defaultStatus: number): CallApi => ({ role: 'throw', defaultStatus });

/** routing-controllers: status decorators and the `HttpError` family. */
export const routingControllersApis: ApiFamily = {
  framework: 'routing-controllers',
  imports: [
    {
      modules: ['routing-controllers'],
      functions,
      constructors: {
        HttpError: { role: 'throw', status: { argument: 0 } },
        BadRequestError: thrown(400),
        UnauthorizedError: thrown(401),
        ForbiddenError: thrown(403),
        NotFoundError: thrown(404),
        MethodNotAllowedError: thrown(405),
        NotAcceptableError: thrown(406),
        UnprocessableEntityError: thrown(422),
        InternalServerError: thrown(500),
      },
    },
  ],
};
