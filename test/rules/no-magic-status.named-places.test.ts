// Places whose name says they hold an HTTP status (issue 9): objects handed on with a `status`
// key, `x.status = ...`, status-named variables, fields, defaults and getters. They count only
// for registered codes from 200, and never where a name says the status is not HTTP.
import rule from '../../rules/no-magic-status.js';
import { createTester, locate } from '../rule-tester.js';

const tester = createTester();
const header = "import { StatusCodes } from 'http-status-codes';\n";

/** By code: the constant's member, where the code is defined, and the registry's name where the member's differs. */
const meanings: Record<number, [member: string, citation: string, registryName?: string]> = {
  200: ['OK', 'RFC 9110 section 15.3.1'],
  201: ['CREATED', 'RFC 9110 section 15.3.2'],
  400: ['BAD_REQUEST', 'RFC 9110 section 15.5.1'],
  401: ['UNAUTHORIZED', 'RFC 9110 section 15.5.2'],
  403: ['FORBIDDEN', 'RFC 9110 section 15.5.4'],
  404: ['NOT_FOUND', 'RFC 9110 section 15.5.5'],
  410: ['GONE', 'RFC 9110 section 15.5.11'],
  422: ['UNPROCESSABLE_ENTITY', 'RFC 9110 section 15.5.21', ' (RFC 9110 name: Unprocessable Content)'],
  429: ['TOO_MANY_REQUESTS', 'RFC 6585'],
  409: ['CONFLICT', 'RFC 9110 section 15.5.10'],
  500: ['INTERNAL_SERVER_ERROR', 'RFC 9110 section 15.6.1'],
  502: ['BAD_GATEWAY', 'RFC 9110 section 15.6.3'],
  503: ['SERVICE_UNAVAILABLE', 'RFC 9110 section 15.6.4'],
};

/** A case whose every listed code is reported once, in order, and replaced by its constant. */
function reported(name: string, code: string, codes: number[]) {
  const source = header + code;
  let output = source;
  let from = header.length;
  const errors = codes.map((value) => {
    const [member, citation, registryName = ''] = meanings[value]!;
    const index = source.indexOf(String(value), from);
    from = index + 1;
    const occurrence = source.slice(0, index).split(String(value)).length;
    return {
      messageId: 'magicStatus' as const,
      data: { code: String(value), constant: `StatusCodes.${member}`, registryName, citation },
      ...locate(source, String(value), occurrence),
    };
  });
  for (const value of codes) output = output.replace(new RegExp(`(?<![\\w.])${value}(?!\\w)`), `StatusCodes.${meanings[value]![0]}`);
  return { name, code: source, output, errors };
}

tester.run('no-magic-status: status-named places', rule, {
  valid: [
    // Not handed on: a table row, a layout object.
    `${header}const rows = [{ status: 200, color: 'green' }];`,
    `${header}const box = { status: 200, width: 3 };`,
    // A process result, by its other keys.
    `${header}stub.returns({ status: 404, signal: null, stdout: '' });`,
    // Not registered, below 200, or not a number.
    `${header}job.status = 299;`,
    `${header}job.status = 100;`,
    `${header}child.status = 127;`,
    `${header}let statusCode = 0;`,
    `${header}let status = 1;`,
    `${header}task.status = 'done';`,
    `${header}send({ status: '404' });`,
    `${header}function retry(responseStatusCode = 3) {}`,
    // Names that do not say status; non-HTTP statuses.
    `${header}let statusCount = 404;`,
    `${header}const timeout = 500;`,
    `${header}process.exit(1);`,
    `${header}ws.close(1000);`,
    `${header}if (spawnSync('git').status === 128) {}`,
    `${header}const status = await db.query(sql); // status 404`,
    // Functions whose name does not say they map to a status, or a status that is not HTTP's.
    `${header}function getOrderStatus(order) { return order.paid ? 200 : 404; }`,
    `${header}function getStatusCount(rows) { return 404; }`,
    `${header}const getStatusText = (code) => (code === 404 ? 'Not Found' : 'Error');`,
    `${header}function getStatusCode(result) { if (result.killed) return 137; return 0; }`,
    // A callback inside a status-named function returns its own values.
    `${header}function getStatusCode(errors) { return errors.map((e) => { return 500; }).length; }`,
    // Returned values that are not registered codes from 200.
    `${header}function statusFor(kind) { switch (kind) { case 'early': return 103; default: return 299; } }`,
  ],
  invalid: [
    reported('a status key of an object handed to a call', 'fetchStub.resolves({ ok: false, status: 503 });', [503]),
    reported('a status key of an init object of an unknown helper', 'json(data, { status: 400 });', [400]),
    reported('nested in a returned object', "function fail() { return { error: { code: 'bad', status: 400 } }; }", [400]),
    reported('an arrow returning an object', "const gone = () => ({ statusCode: 404, message: 'gone' });", [404]),
    reported('a thrown object', "throw { statusCode: 404, message: 'missing' };", [404]),
    reported('satisfies on the way out', 'function err() { return { name: "E", statusCode: 500 } satisfies AppError; }', [500]),
    reported(
      'this.statusCode in an error class',
      'class Unauthorized extends Error { constructor() { super(); this.statusCode = 401; } }',
      [401],
    ),
    reported('x.statusCode of any object', 'result.statusCode = 500;', [500]),
    reported('a class field', 'class NotFound extends Error { status = 404; }', [404]),
    reported('a let initialised and assigned', 'let responseStatusCode = 200;\nif (failed) responseStatusCode = 500;', [200, 500]),
    reported('a parameter default', 'function fail(status = 500) { return status; }', [500]),
    reported('a destructuring default', 'const { httpStatus = 502 } = options;', [502]),
    reported('a getter compared', 'if (getStatusCode(err) === 404) retry();', [404]),
    reported('a method getter compared', 'if (exception.getStatus() === 403) deny();', [403]),
    reported('a ...StatusCode variable compared', 'if (expectedStatusCode !== 201) fail();', [201]),
    reported('a getter switched on', 'switch (getHttpStatus(error)) { case 409: break; }', [409]),
    reported(
      'a status-named function mapping with a switch',
      "function getStatusCode(type) {\n  switch (type) {\n    case 'bad_request': return 400;\n    case 'not_found': return 404;\n    default: return 500;\n  }\n}",
      [400, 404, 500],
    ),
    reported('an arrow with an expression body', 'const statusFor = (e) => (e.notFound ? 404 : 500);', [404, 500]),
    reported('a method of an object', 'const mapper = { toHttpStatus(kind) { return kind === "auth" ? 401 : 400; } };', [401, 400]),
    reported('a class method', 'class NotFound extends Error { getStatus() { return 404; } }', [404]),
    reported(
      'an exported function expression',
      'exports.mapErrorToStatus = function (err) { if (err.gone) return 410; return 500; };',
      [410, 500],
    ),
    reported('a returned variable', 'function httpStatusOf(error) { const code = error.denied ? 403 : 409; return code; }', [403, 409]),
    // The API's claim on the value comes first: one report, as a sent status.
    reported('a status-named constant read by an API', 'const status = 404;\napp.get("/", (req, res) => res.status(status).end());', [404]),
  ],
});

tester.run('no-magic-status: error classes', rule, {
  valid: [
    // Numbers that are not the status: durations, sizes, retries; two numbers; not an error code.
    `${header}throw new TimeoutError(500);`,
    `${header}throw new RetryError('busy', 429);`,
    `${header}throw new DatabaseError('failed', 500);`,
    `${header}throw new AppError('x', 404, 3);`,
    `${header}throw new AppError('created', 201);`,
    `${header}throw new AppError(message);`,
    // A declared class that keeps the number as something else, or gets no plausible status.
    `${header}class Problem { constructor(message, code) { this.code = code; } }\nthrow new Problem('x', 404);`,
    `${header}class ApiError extends Error { constructor(message, status) { super(message); this.status = status; } }\nthrow new ApiError('x', 999);`,
  ],
  invalid: [
    reported(
      'a project class imported from another file',
      "import HttpException from './http-exception';\nthrow new HttpException(422, { errors: {} });",
      [422],
    ),
    reported(
      'a project class under the name of a library class',
      "import { HttpException } from './errors';\nthrow new HttpException(404, 'missing');",
      [404],
    ),
    reported('a global error class by name', "throw new AppError('Not found', 404);", [404]),
    reported(
      'a declared class storing the parameter in this.status',
      "class ApiError extends Error { constructor(message, status) { super(message); this.status = status; } }\nthrow new ApiError('gone', 410);",
      [410],
    ),
    reported(
      'a declared class passing it to a declared super',
      'class ApiError extends Error { constructor(message, status) { super(message); this.statusCode = status; } }\n' +
        "class Rejected extends ApiError { constructor(message, code) { super(message, code); } }\nthrow new Rejected('no', 400);",
      [400],
    ),
    reported(
      'a declared class passing it to a catalogue super',
      'class Clash extends HttpException { constructor(message, code) { super(message, code); } }\nthrow new Clash("taken", 409);',
      [409],
    ),
    reported(
      'a TypeScript parameter property',
      'class Problem extends Error { constructor(public readonly statusCode: number, message: string) { super(message); } }\nthrow new Problem(403, "no");',
      [403],
    ),
  ],
});

tester.run('no-magic-status: super calls of error classes', rule, {
  valid: [
    // Subclasses that carry their own status pass a message.
    `${header}import { NotFoundError } from 'routing-controllers';\nclass PetNotFound extends NotFoundError { constructor() { super('Pet not found!'); } }`,
    `${header}import { NotFoundException } from '@nestjs/common';\nclass PetNotFound extends NotFoundException { constructor() { super('Pet not found!'); } }`,
    // A number that is not a status, and a class that is no error.
    `${header}import { HttpError } from 'routing-controllers';\nclass Odd extends HttpError { constructor() { super(5, 'x'); } }`,
    `${header}class Point extends Base { constructor() { super(404, 500); } }`,
  ],
  invalid: [
    reported(
      "routing-controllers' HttpError",
      "import { HttpError } from 'routing-controllers';\nclass PetNotFound extends HttpError { constructor() { super(404, 'Pet not found!'); } }",
      [404],
    ),
    reported(
      "Nest's HttpException, status second",
      "import { HttpException } from '@nestjs/common';\nclass TooMany extends HttpException { constructor(message: string) { super(message, 429); } }",
      [429],
    ),
    reported(
      "Hono's HTTPException",
      "import { HTTPException } from 'hono/http-exception';\nclass Unauthorized extends HTTPException { constructor() { super(401, { message: 'log in' }); } }",
      [401],
    ),
    reported(
      'the http-errors module itself',
      "import createError from 'http-errors';\nclass Gone extends createError { constructor() { super('gone', 410); } }",
      [410],
    ),
    reported(
      'a declared class that keeps its status',
      "class ApiError extends Error { constructor(message, status) { super(message); this.status = status; } }\nclass Gone extends ApiError { constructor() { super('gone', 410); } }",
      [410],
    ),
    reported(
      'a declared class passing a parameter to an imported catalogue class',
      "import { HttpError } from 'routing-controllers';\nclass AppError extends HttpError { constructor(code: number, message: string) { super(code, message); } }\nthrow new AppError(409, 'taken');",
      [409],
    ),
  ],
});

const sender = 'function send(res, code, body) { res.status(code).json(body); }\n';

tester.run('no-magic-status: functions that take a status', rule, {
  valid: [
    // The parameter is not the status, or the argument is not a plausible one.
    `${header}function count(res, n) { res.status(StatusCodes.OK).end(); return n; }\ncount(res, 404);`,
    `${header}${sender}send(res, 1, {});`,
    `${header}${sender}send(res, code + 1, {});`,
    // Only calls of the function itself.
    `${header}${sender}other.send(res, 404, {});`,
  ],
  invalid: [
    reported('a literal passed to a status parameter', `${sender}app.get('/', (req, res) => send(res, 404, {}));`, [404]),
    reported(
      'through a second function, and its default',
      `${sender}const fail = (res, why, code = 500) => send(res, code, { why });\nfail(res, 'denied', 403);`,
      [500, 403],
    ),
    reported('a constant passed once is one position', `${sender}const GONE = 410;\nsend(res, GONE, {});\nsend(other, GONE, {});`, [410]),
  ],
});
