// Handler reach in one file (issue 15): a function of the file that sends on the response it is
// handed answers for its callers, and a header a caller sets before the call counts for it; one
// set after the call does not. Calls are followed up to three deep.
import rule from '../../rules/require-status-headers.js';
import { createTester, exactly, locate } from '../rule-tester.js';

const tester = createTester();

const message =
  'Set WWW-Authenticate on this 401 Unauthorized response, or send 403 if the client is signed in but not allowed. See RFC 9110 section 15.5.2; without it, the client cannot tell how to authenticate.';
const helper = "function sendUnauthorized(res) {\n  res.status(401).json({ error: 'log in' });\n}\n";

function missing(code: string) {
  return exactly(message, {
    ...locate(code, '401'),
    suggestions: [
      {
        messageId: 'useOtherStatus' as const,
        data: { status: '403 Forbidden', when: 'the client is signed in but not allowed' },
        output: code.replace('401', '403'),
      },
    ],
  });
}

const after = `${helper}app.get('/me', (req, res) => {\n  sendUnauthorized(res);\n  res.set('WWW-Authenticate', 'Bearer');\n});`;
const oneCallerWithout = `${helper}app.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer');\n  sendUnauthorized(res);\n});\napp.get('/you', (req, res) => sendUnauthorized(res));`;
const noHeader = `${helper}app.get('/me', (req, res) => sendUnauthorized(res));`;

tester.run('require-status-headers: responses handed to functions of the file', rule, {
  valid: [
    // A header set before the helper call.
    `${helper}app.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer');\n  sendUnauthorized(res);\n});`,
    // Set by every caller, one of them a function the handler calls in turn.
    `${helper}function deny(res) {\n  res.setHeader('WWW-Authenticate', 'Basic');\n  sendUnauthorized(res);\n}\napp.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer');\n  sendUnauthorized(res);\n});\napp.get('/you', (req, res) => deny(res));`,
    // Set two calls up.
    `${helper}function deny(res) {\n  sendUnauthorized(res);\n}\napp.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer');\n  deny(res);\n});`,
    // A caller hands the response to other code first, which may set it.
    `${helper}app.get('/me', (req, res) => {\n  challenge(res);\n  sendUnauthorized(res);\n});`,
  ],
  invalid: [
    { name: 'a header set after the helper call does not count', code: after, errors: [missing(after)] },
    { name: 'one caller sets it, another does not', code: oneCallerWithout, errors: [missing(oneCallerWithout)] },
    { name: 'no caller sets it', code: noHeader, errors: [missing(noHeader)] },
  ],
});

// A status the caller passes in: the response is a 401 at that call, and the report stands at the argument.
const helperMessage = (helper: string) =>
  `Set WWW-Authenticate before \`${helper}\` sends 401, or send 403 if the client is signed in but not allowed. See RFC 9110 section 15.5.2; without it, the client cannot tell how to authenticate.`;

function passed(code: string, helper: string, occurrence = 1) {
  const at = locate(code, '401', occurrence);
  const lines = code.split('\n');
  lines[at.line - 1] = lines[at.line - 1]!.slice(0, at.column - 1) + '403' + lines[at.line - 1]!.slice(at.endColumn - 1);
  return exactly(helperMessage(helper), {
    ...at,
    suggestions: [
      {
        messageId: 'useOtherStatus' as const,
        data: { status: '403 Forbidden', when: 'the client is signed in but not allowed' },
        output: lines.join('\n'),
      },
    ],
  });
}

const sendError = 'function sendError(res, code, message) {\n  res.status(code).json({ message });\n}\n';
const plainCall = `${sendError}app.post('/login', (req, res) => {\n  sendError(res, 401, 'no');\n});`;
const headerAfterCall = `${sendError}app.get('/me', (req, res) => {\n  sendError(res, 401, 'no');\n  res.set('WWW-Authenticate', 'Bearer');\n});`;
const defaultParameter =
  "function respond(res, status = 200) {\n  res.status(status).json({});\n}\napp.get('/me', (req, res) => respond(res, 401));";
const fastify =
  "function fail(reply, code) {\n  return reply.code(code).send({ error: 'no' });\n}\nfastify.get('/me', async (request, reply) => fail(reply, 401));";
const hono = "const fail = (c, status) => c.json({ error: 'no' }, status);\napp.get('/me', (c) => fail(c, 401));";
const fetchHelper =
  "function jsonError(status) {\n  return new Response(JSON.stringify({ error: 'no' }), { status });\n}\nexport async function GET() {\n  return jsonError(401);\n}";
const twoDeepStatus =
  "function send(res, code) {\n  res.status(code).end();\n}\nfunction fail(res, code) {\n  send(res, code);\n}\napp.get('/a', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer');\n  fail(res, 401);\n});\napp.get('/b', (req, res) => fail(res, 401));";
const method =
  'class Controller {\n  sendError(res, code) {\n    res.status(code).json({});\n  }\n  me(req, res) {\n    this.sendError(res, 401);\n  }\n}';
const objectMethod =
  "const http = {\n  deny: (res, code) => res.status(code).end(),\n};\napp.get('/me', (req, res) => http.deny(res, 401));";
const defaultStatus =
  "function deny(res, status = 401) {\n  res.status(status).end();\n}\napp.get('/a', (req, res) => deny(res));\napp.get('/b', (req, res) => deny(res));";
const longName =
  "function sendUnauthorizedError(res, code) {\n  res.status(code).end();\n}\napp.get('/me', (req, res) => sendUnauthorizedError(res, 401));";

tester.run('require-status-headers: statuses passed to functions of the file', rule, {
  valid: [
    // A header set before the call counts for it.
    `${sendError}app.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer');\n  sendError(res, 401, 'no');\n});`,
    // Set by the helper itself.
    "function deny(res, code) {\n  res.set('WWW-Authenticate', 'Bearer');\n  res.status(code).end();\n}\napp.get('/me', (req, res) => deny(res, 401));",
    // Hono: set on the context before the call.
    "const fail = (c, status) => c.json({ error: 'no' }, status);\napp.get('/me', (c) => {\n  c.header('WWW-Authenticate', 'Bearer');\n  return fail(c, 401);\n});",
    // A status that needs no header.
    `${sendError}app.get('/me', (req, res) => sendError(res, 403, 'no'));`,
    // A method of another class with the same name.
    'class Other {\n  sendError(res, code) {\n    res.status(code).json({});\n  }\n}\nclass Controller {\n  me(req, res) {\n    this.sendError(res, 401);\n  }\n}',
    // More than three calls deep.
    "function a(res, code) {\n  res.status(code).end();\n}\nfunction b(res, code) {\n  a(res, code);\n}\nfunction c(res, code) {\n  b(res, code);\n}\nfunction d(res, code) {\n  c(res, code);\n}\napp.get('/me', (req, res) => d(res, 401));",
  ],
  invalid: [
    { name: 'sendError(res, 401, message)', code: plainCall, errors: [passed(plainCall, 'sendError')] },
    { name: 'a header set after the call does not count', code: headerAfterCall, errors: [passed(headerAfterCall, 'sendError')] },
    { name: 'a parameter with a default', code: defaultParameter, errors: [passed(defaultParameter, 'respond')] },
    { name: 'Fastify reply.code(code).send(x)', code: fastify, errors: [passed(fastify, 'fail')] },
    { name: 'Hono c.json(body, status)', code: hono, errors: [passed(hono, 'fail')] },
    { name: 'a Response a function builds with the status it is given', code: fetchHelper, errors: [passed(fetchHelper, 'jsonError')] },
    {
      name: 'two calls deep: the caller that sets the header is silent, the other reported',
      code: twoDeepStatus,
      errors: [passed(twoDeepStatus, 'fail', 2)],
    },
    { name: 'this.sendError(res, 401) in a class', code: method, errors: [passed(method, 'sendError')] },
    { name: 'http.deny(res, 401) of an object literal of the file', code: objectMethod, errors: [passed(objectMethod, 'deny')] },
    {
      name: 'a default status is stated in the function: one report for its callers',
      code: defaultStatus,
      errors: [missing(defaultStatus)],
    },
    {
      name: 'a long helper name leaves the message as it is',
      code: longName,
      errors: [
        exactly(message, {
          ...locate(longName, '401'),
          suggestions: [
            {
              messageId: 'useOtherStatus' as const,
              data: { status: '403 Forbidden', when: 'the client is signed in but not allowed' },
              output: longName.replace('401', '403'),
            },
          ],
        }),
      ],
    },
  ],
});
