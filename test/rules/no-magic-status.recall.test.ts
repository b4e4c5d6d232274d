// Status positions of mocks, end-to-end tests and framework APIs (issue 9): each case states the
// source, the exact fixed source, and where each report lands.
import espree from 'espree';

import rule from '../../rules/no-magic-status.js';
import { createTester, fixtureFile, locate } from '../rule-tester.js';

const tester = createTester();
const withConstants = "import { StatusCodes } from 'http-status-codes';\n";

/** By code: the constant's member, where the code is defined, and the registry's name where the member's differs. */
const meanings: Record<string, [member: string, citation: string, registryName?: string]> = {
  '200': ['OK', 'RFC 9110 section 15.3.1'],
  '201': ['CREATED', 'RFC 9110 section 15.3.2'],
  '204': ['NO_CONTENT', 'RFC 9110 section 15.3.5'],
  '302': ['MOVED_TEMPORARILY', 'RFC 9110 section 15.4.3', ' (RFC 9110 name: Found)'],
  '400': ['BAD_REQUEST', 'RFC 9110 section 15.5.1'],
  '401': ['UNAUTHORIZED', 'RFC 9110 section 15.5.2'],
  '404': ['NOT_FOUND', 'RFC 9110 section 15.5.5'],
  '422': ['UNPROCESSABLE_ENTITY', 'RFC 9110 section 15.5.21', ' (RFC 9110 name: Unprocessable Content)'],
  '500': ['INTERNAL_SERVER_ERROR', 'RFC 9110 section 15.6.1'],
};

/**
 * An invalid case: `code` (after the constants import) reports each of `literals` in order, and
 * the fix writes `StatusCodes.X` for each; `written` overrides how a literal is replaced (a key).
 */
function fixed(name: string, code: string, literals: string[], written: (literal: string, constant: string) => string = (_, c) => c) {
  const source = withConstants + code;
  let output = source;
  const seen = new Map<string, number>();
  const errors = literals.map((literal) => {
    const occurrence = (seen.get(literal) ?? 0) + 1;
    seen.set(literal, occurrence);
    const [member, citation, registryName = ''] = meanings[literal]!;
    const constant = `StatusCodes.${member}`;
    return {
      messageId: 'magicStatus' as const,
      data: { code: literal, constant, registryName, citation },
      ...locate(source, literal, occurrence),
    };
  });
  for (const literal of literals) {
    const constant = `StatusCodes.${meanings[literal]![0]}`;
    output = output.replace(new RegExp(`(?<![\\w.])${literal}(?![\\w])`), written(literal, constant));
  }
  return { name, code: source, output, errors };
}

tester.run('no-magic-status: mocks, end-to-end tests and framework APIs', rule, {
  valid: [
    // A project's own fail() or invariantResponse() is not SvelteKit's or @epic-web/invariant's.
    'function fail(code) { return code; }\nfail(400);',
    "import { fail } from './helpers';\nfail(400, body);",
    // (A project's own `invariantResponse(c, msg, { status: 404 })` is still reported: an object with a status
    // handed to a call is a status-named place, test/rules/no-magic-status.named-places.test.ts.)
    // Numbers that are not statuses stay silent in these positions.
    "import { fail } from '@sveltejs/kit';\nfail(code, body);",
    "import { invariant } from '@epic-web/invariant';\ninvariant(count > 404, 'too many');",
    "cy.url().should('eq', 200);\ncy.get('li').its('length').should('eq', 200);\ncy.request('/x').should('have.property', 'duration', 200);",
    'expect(exitStatus).toBe(404);\nexpect(statusCount).toBe(200);\nexpect([400, 404]).toContain(code);',
    "bot.reply(200, 'hi');\nroute.fulfill({ status: 'ok' });",
    "import { Response } from './decorators';\n@Response(404)\nclass A {}\njob.setStatus(200);",
    // Maps keyed by numbers that are not a route's responses.
    'const responses = { 200: ok, 404: missing };',
    "fastify.get('/', { schema: { response: { 200: Reply, 1000: Big } } }, handler);",
    'log({ responses: { 200: 10, 299: 2 } });',
    // Already constants: a second fix finds nothing.
    "fastify.get('/', { schema: { response: { [StatusCodes.OK]: Reply } } }, handler);",
  ],
  invalid: [
    fixed(
      '@epic-web/invariant invariantResponse(cond, msg, { status })',
      "import { invariantResponse } from '@epic-web/invariant';\nexport async function loader() {\n  invariantResponse(note, 'Not found', { status: 404 });\n}",
      ['404'],
    ),
    fixed(
      'invariantResponse under an alias, with a ternary status',
      "import { invariantResponse as check } from '@epic-web/invariant';\ncheck(src, 'src is required', { status: missing ? 400 : 422 });",
      ['400', '422'],
    ),
    fixed(
      'SvelteKit fail(n, data) in a form action',
      "import { fail } from '@sveltejs/kit';\nexport const actions = {\n  default: async () => {\n    if (errors) return fail(400, errors);\n    return fail(401, body);\n  },\n};",
      ['400', '401'],
    ),
    fixed(
      'Fastify route schema: each numeric response key becomes a computed key',
      "fastify.get('/tasks/:id', {\n  schema: { response: { 200: TaskSchema, 404: Type.Object({ message: Type.String() }) } },\n}, handler);",
      ['200', '404'],
      (_, constant) => `[${constant}]`,
    ),
    fixed(
      'Fastify route() with a schema stored in a const',
      "const schema = { response: { 204: Type.Null(), default: Problem } };\nfastify.route({ method: 'DELETE', url: '/x', schema, handler });",
      ['204'],
      (_, constant) => `[${constant}]`,
    ),
    fixed(
      '@hono/zod-openapi createRoute({ responses })',
      "import { createRoute } from '@hono/zod-openapi';\nexport const login = createRoute({ method: 'get', path: '/login', responses: { 302: { description: 'Go' } } });",
      ['302'],
      (_, constant) => `[${constant}]`,
    ),
    {
      name: 'a response key with a constant typed number in TypeScript is only suggested: the map would lose its literal key type',
      code: "import { constants } from 'node:http2';\nfastify.get('/', { schema: { response: { 200: Reply } } }, handler);",
      options: [{ provider: 'node:http2' as const }],
      output: null,
      errors: [
        {
          messageId: 'magicStatus' as const,
          data: { code: '200', constant: 'constants.HTTP_STATUS_OK', registryName: '', citation: 'RFC 9110 section 15.3.1' },
          ...locate("import { constants } from 'node:http2';\nfastify.get('/', { schema: { response: { 200: Reply } } }, handler);", '200'),
          suggestions: [
            {
              messageId: 'useConstant' as const,
              data: { code: '200', constant: 'constants.HTTP_STATUS_OK' },
              output:
                "import { constants } from 'node:http2';\nfastify.get('/', { schema: { response: { [constants.HTTP_STATUS_OK]: Reply } } }, handler);",
            },
          ],
        },
      ],
    },
    fixed(
      "Cypress .its('status').should('eq', n) and .should('have.property', 'statusCode', n)",
      "cy.request({ method: 'POST', url: '/api/auth/login' }).its('status').should('eq', 200);\ncy.wait('@save').its('response').should('have.property', 'statusCode', 201);",
      ['200', '201'],
    ),
    fixed(
      'Playwright route.fulfill({ status }) and expect(res && res.status()).toBe(n)',
      "await page.route('**/api/me', (route) => route.fulfill({ status: 401, body: 'log in' }));\nconst res = await page.goto('/');\nexpect(res && res.status()).toBe(200);",
      ['401', '200'],
    ),
    fixed(
      'nock and undici MockAgent .reply(n, body)',
      "nock('https://api.github.com').get('/user').reply(200, { login: 'x' });\nmockPool.intercept({ path: '/users', method: 'GET' }).reply(404, { error: 'missing' });",
      ['200', '404'],
    ),
    fixed('expect([400, 500]).toContain(res.status): each element', 'expect([400, 500]).toContain(res.status);', ['400', '500']),
    fixed(
      'status-named subjects: expect(statusAfter).toEqual(n), expect(responseStatus).toBe(n)',
      'expect(statusAfter).toEqual(422);\nexpect(responseStatus).toBe(404);',
      ['422', '404'],
    ),
    fixed(
      'tsoa @SuccessResponse(n), @Response(n) and this.setStatus(n)',
      "import { Controller, Post, Response, SuccessResponse } from 'tsoa';\nexport class Users extends Controller {\n  @SuccessResponse(201, 'Created')\n  @Response(422, 'Invalid')\n  @Post()\n  create() {\n    this.setStatus(201);\n  }\n}",
      ['201', '422', '201'],
    ),
    {
      ...fixed(
        'Playwright in JavaScript: a JSDoc-cast receiver, `/** @type {Response} */ (res).status()`',
        "const res = await page.goto('/');\nexpect(/** @type {import('@playwright/test').Response} */ (res).status()).toBe(200);",
        ['200'],
      ),
      filename: fixtureFile('esm-app', 'e2e.spec.js'),
      languageOptions: { parser: espree, sourceType: 'module' } as never,
    },
    fixed('SvelteKit fail() under an alias', "import { fail as failure } from '@sveltejs/kit';\nfailure(422, { errors });", ['422']),
  ],
});
