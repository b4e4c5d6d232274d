import rule from '../../rules/require-status-headers.js';
import { createTester, exactly, locate } from '../rule-tester.js';

const tester = createTester();

/** What the message says goes wrong without each header; a header the options require breaks the project's own rule. */
const consequences: Record<string, string> = {
  Location: 'the client has nowhere to go',
  'WWW-Authenticate': 'the client cannot tell how to authenticate',
  Allow: 'the client cannot tell which methods the resource supports',
  'Proxy-Authenticate': 'the client cannot tell how to authenticate to the proxy',
  Upgrade: 'the client cannot tell which protocol to switch to',
};

const missing = (code: string, at: string, status: string, header: string, citation: string, level = 'must', occurrence = 1) => ({
  messageId: 'missingHeader' as const,
  data: { status, header, citation, level, consequence: consequences[header] ?? 'the response breaks a rule of this project' },
  ...locate(code, at, occurrence),
});

const signedIn = 'the client is signed in but not allowed';

/**
 * A 401 without WWW-Authenticate: the message also offers 403, and a suggestion (never a fix)
 * writes it where the report stands on a literal 401.
 */
function unauthorized(code: string, at = '401', occurrence = 1) {
  const error = missing(code, at, '401 Unauthorized', 'WWW-Authenticate', 'RFC 9110 section 15.5.2', 'must', occurrence);
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) index = code.indexOf(at, index + 1);
  const output = `${code.slice(0, index)}403${code.slice(index + 3)}`;
  return {
    ...error,
    messageId: 'missingHeaderOrOtherStatus' as const,
    data: { ...error.data, other: '403', when: signedIn },
    suggestions: at === '401' ? [{ messageId: 'useOtherStatus' as const, data: { status: '403 Forbidden', when: signedIn }, output }] : [],
  };
}

const cases = {
  express: "app.get('/me', (req, res) => {\n  if (!req.user) return res.status(401).json({ error: 'log in' });\n  res.json(req.user);\n});",
  express405: "app.all('/items', (req, res) => res.status(405).end());",
  nodeWriteHead: "http.createServer((req, res) => {\n  res.writeHead(405, { 'Content-Type': 'text/plain' });\n  res.end('no');\n});",
  node407: 'function proxy(req, res) { res.writeHead(407); res.end(); }',
  manualRedirect: "app.get('/old', (req, res) => res.status(301).end());",
  fastify: "fastify.get('/ws', async (request, reply) => reply.code(426).send());",
  koa: "router.get('/me', async (ctx) => {\n  ctx.status = 401;\n});",
  hono: "app.get('/me', (c) => c.json({ error: 'log in' }, 401));",
  fetchRedirect: 'export default { fetch: () => new Response(null, { status: 302 }) };',
  fetchOtherHeaders: "const r = new Response('no', { status: 401, headers: { 'Content-Type': 'text/plain' } });",
  next: "export async function DELETE() { return NextResponse.json({ error: 'read only' }, { status: 405 }); }",
  remix: "import { json } from '@remix-run/node';\nexport const loader = () => json({ error: 'log in' }, { status: 401 });",
  elysia: "app.get('/me', ({ set }) => { set.status = 401; return 'log in'; });",
};

const nextRewrite = "export function middleware(request) { return NextResponse.rewrite(new URL('/login', request.url), { status: 401 }); }";
const svelteFail = "import { fail } from '@sveltejs/kit';\nexport const actions = { default: async () => fail(401, body) };";
const invariantUnauthorized =
  "import { invariantResponse } from '@epic-web/invariant';\ninvariantResponse(user, 'Log in', { status: 401 });";
const mswUnauthorized = "import { http, HttpResponse } from 'msw';\nhttp.get('/me', () => new HttpResponse(null, { status: 401 }));";

/** Hand-offs: code that may set headers counts only where it can run before the response is sent, on its path. */
const handOffs = {
  laterOnAnotherPath:
    "app.use(async (c, next) => {\n  if (!token) return c.json({ error: 'no token' }, 401);\n  const client = createClient(c);\n  await next();\n});",
  inBranchThatReturned:
    "app.get('/x', async (c) => {\n  if (admin) {\n    await audit(c);\n    return c.json(data);\n  }\n  return c.json({ error: 'no' }, 401);\n});",
  inOtherBranch: "app.get('/x', (req, res) => {\n  if (ok) prepare(res);\n  else res.status(401).end();\n});",
  afterSendInChain: "app.get('/x', (req, res) => {\n  res.status(401).end();\n  track(res);\n});",
  nextAuth:
    "export default async function handler(req, res) {\n  const session = await getServerSession(req, res, authOptions);\n  if (!session) return res.status(401).json({ error: 'log in' });\n  res.json(session);\n}",
  catalogueReader:
    'export default async function handler(req, res) {\n  const session = await unstable_getServerSession(req, res, authOptions);\n  if (!session) return res.status(401).end();\n}',
  koaReader:
    "router.post('/hook', async (ctx) => {\n  const signature = getSignatureFromHeader(ctx);\n  if (!signature) {\n    ctx.status = 401;\n    return;\n  }\n  console.log(ctx);\n});",
  sameFileConstant:
    "const UNAUTHORIZED = 401;\napp.use(async (c, next) => {\n  if (!token) return c.json({ error: 'no token' }, UNAUTHORIZED);\n  await sessionManager(c);\n  await next();\n});",
};

tester.run('require-status-headers', rule, {
  valid: [
    // invariantResponse throws: an error handler may add the header (ignoreExceptions, the default).
    invariantUnauthorized,
    "import { invariantResponse } from '@epic-web/invariant';\ninvariantResponse(user, 'Log in', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });",
    "NextResponse.next({ status: 401, headers: { 'WWW-Authenticate': 'Basic' } });",
    "import { HttpResponse } from 'msw';\nHttpResponse.json({}, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });",
    {
      name: 'a block-scoped res elsewhere in the handler does not split the handler res',
      code: "app.get('/x', (req, res) => {\n  res.status(401);\n  { const res = audit; res.set('X', 'y'); }\n  res.set('WWW-Authenticate', 'Basic').end();\n});",
    },
    "app.get('/me', (req, res) => res.set('WWW-Authenticate', 'Bearer').status(401).end());",
    "app.get('/me', (req, res) => { res.status(401); res.setHeader('www-authenticate', 'Basic realm=\"api\"'); res.end(); });",
    "app.all('/x', (req, res) => { res.set({ Allow: 'GET, HEAD' }); res.status(405).end(); });",
    "app.all('/x', (req, res) => { res.header('Allow', 'GET'); res.sendStatus(405); });",
    "http.createServer((req, res) => { res.writeHead(405, { Allow: 'GET' }); res.end(); });",
    // Regression: a quoted or computed-literal `headers` key is read like a bare one.
    "new Response(null, { status: 405, 'headers': { Allow: 'GET' } });",
    "new Response(null, { status: 405, ['headers']: { Allow: 'GET' } });",
    "Response.json({ error: 'log in' }, { status: 401, \"headers\": { 'WWW-Authenticate': 'Bearer' } });",
    "http.createServer((req, res) => { res.writeHead(405, 'Method Not Allowed', { allow: 'GET' }); res.end(); });",
    "fastify.get('/ws', async (request, reply) => reply.header('Upgrade', 'websocket').code(426).send());",
    "fastify.get('/x', async (request, reply) => { reply.headers({ 'WWW-Authenticate': 'Bearer' }); return reply.code(401).send(); });",
    "router.get('/me', async (ctx) => { ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = 401; });",
    "app.get('/me', (c) => { c.header('WWW-Authenticate', 'Bearer'); return c.json({ error: 'log in' }, 401); });",
    "app.get('/me', (c) => c.json({ error: 'log in' }, 401, { 'WWW-Authenticate': 'Bearer' }));",
    "app.get('/me', ({ set }) => { set.status = 401; set.headers['WWW-Authenticate'] = 'Bearer'; });",
    "new Response(null, { status: 302, headers: { Location: '/x' } });",
    "new Response(null, { status: 405, headers: new Headers({ Allow: 'GET' }) });",
    "new Response(null, { status: 405, headers: [['Allow', 'GET']] });",
    "export function GET() {\n  const headers = new Headers();\n  headers.set('Allow', 'GET, HEAD');\n  return new Response(null, { status: 405, headers });\n}",
    'Response.redirect(url, 301);',
    "NextResponse.redirect(new URL('/x', base), 308);",
    "app.get('/old', (req, res) => res.redirect(301, '/new'));",
    "app.get('/old', (req, res) => { res.location('/new'); res.status(301).end(); });",
    "app.get('/ok', (req, res) => res.status(200).json(data));",
    // Unknown statuses and unknown headers: silent
    "app.get('/x', (req, res) => res.status(code).end());",
    "app.get('/x', (req, res) => { res.set(headers); res.status(401).end(); });",
    "app.get('/x', (req, res) => { res.setHeader(name, value); res.status(401).end(); });",
    "app.get('/x', (req, res) => { challenge(res); res.status(401).end(); });",
    'new Response(null, { status: 401, headers });',
    'new Response(null, { status: 401, ...init });',
    'new Response(null, init);',
    // Init objects held in a same-file const
    "export function PUT() {\n  const init = { status: 405, headers: { Allow: 'GET' } };\n  return new Response(null, init);\n}",
    "export function PUT() {\n  const init = { status: 405 };\n  init.headers = { Allow: 'GET' };\n  return new Response(null, init);\n}",
    'export function PUT() {\n  const init = { status: 405 };\n  allowGet(init);\n  return new Response(null, init);\n}',
    // Hand-offs that may have set the header first
    {
      name: 'a hand-off after a status that leaves later, on the same path',
      code: "router.get('/me', async (ctx) => {\n  ctx.status = 401;\n  await challenge(ctx);\n});",
    },
    {
      name: 'a hand-off after the status in a loop may run before it',
      code: "app.get('/x', (c) => {\n  for (const x of xs) {\n    if (x) return c.json({}, 401);\n    challenge(c);\n  }\n});",
    },
    {
      name: 'a hand-off in a try block may run before its catch sends',
      code: "app.get('/x', async (c) => {\n  try {\n    await setup(c);\n    return c.json(await work());\n  } catch {\n    return c.json({}, 401);\n  }\n});",
    },
    {
      name: 'a hand-off in a callback may run at any time',
      code: "app.get('/x', (c) => {\n  if (!token) return c.json({}, 401);\n  queue.push(() => challenge(c));\n});",
    },
    {
      name: 'headerSetters: a project helper whose name says it reads sets headers',
      code: "app.get('/x', (req, res) => {\n  checkAuth(res);\n  res.status(401).end();\n});",
      options: [{ headerSetters: ['checkAuth'] }],
    },
    {
      name: 'a hand-off whose name does not say it reads, before the send',
      code: "app.get('/x', (req, res) => {\n  const client = createClient(res);\n  if (!client) return res.status(401).end();\n});",
    },
    // Exception-style APIs, where an error handler may add the header
    "router.get('/me', async (ctx) => { ctx.throw(401); });",
    "throw createError(401, 'log in');",
    "throw new HttpException('log in', 401);",
    // Options
    { code: "app.get('/me', (req, res) => res.status(401).end());", options: [{ headers: { '401': [] } }] },
    { code: "throw createError(401, 'log in', { headers: { 'WWW-Authenticate': 'Basic' } });", options: [{ ignoreExceptions: false }] },
  ],
  invalid: [
    { name: 'SvelteKit fail(401) answers without WWW-Authenticate', code: svelteFail, errors: [unauthorized(svelteFail)] },
    {
      name: 'invariantResponse(401) without WWW-Authenticate, when exceptions are checked',
      code: invariantUnauthorized,
      options: [{ ignoreExceptions: false }],
      errors: [unauthorized(invariantUnauthorized)],
    },
    {
      name: 'a status in a same-file const init, without Allow',
      code: 'export function PUT() {\n  const init = { status: 405 };\n  return new Response(null, init);\n}',
      errors: [
        missing(
          'export function PUT() {\n  const init = { status: 405 };\n  return new Response(null, init);\n}',
          '405',
          '405 Method Not Allowed',
          'Allow',
          'RFC 9110 section 15.5.6',
        ),
      ],
    },
    {
      name: 'a hand-off after the 401 was returned, on another path, cannot have set the header',
      code: handOffs.laterOnAnotherPath,
      errors: [unauthorized(handOffs.laterOnAnotherPath)],
    },
    {
      name: 'a hand-off in a branch that has already returned',
      code: handOffs.inBranchThatReturned,
      errors: [unauthorized(handOffs.inBranchThatReturned)],
    },
    {
      name: 'a hand-off in the other branch of an if',
      code: handOffs.inOtherBranch,
      errors: [unauthorized(handOffs.inOtherBranch)],
    },
    {
      name: 'a hand-off after a chain that sends at once',
      code: handOffs.afterSendInChain,
      errors: [unauthorized(handOffs.afterSendInChain)],
    },
    {
      name: "next-auth's getServerSession(req, res) only reads the session",
      code: handOffs.nextAuth,
      errors: [unauthorized(handOffs.nextAuth)],
    },
    {
      name: 'a reader the catalogue names (unstable_getServerSession)',
      code: handOffs.catalogueReader,
      errors: [unauthorized(handOffs.catalogueReader)],
    },
    {
      name: 'functions named get* and log* only read the context',
      code: handOffs.koaReader,
      errors: [unauthorized(handOffs.koaReader)],
    },
    {
      name: 'headerSetters names only the helpers it lists',
      code: handOffs.nextAuth,
      options: [{ headerSetters: ['checkAuth'] }],
      errors: [unauthorized(handOffs.nextAuth)],
    },
    {
      name: 'a status from a same-file constant, with a hand-off after it',
      code: handOffs.sameFileConstant,
      errors: [unauthorized(handOffs.sameFileConstant, 'UNAUTHORIZED)')].map((error) => ({ ...error, endColumn: error.endColumn - 1 })),
    },
    {
      name: 'next NextResponse.rewrite(url, { status: 401 }) without WWW-Authenticate',
      code: nextRewrite,
      errors: [unauthorized(nextRewrite)],
    },
    {
      name: 'msw new HttpResponse(null, { status: 401 }) without WWW-Authenticate',
      code: mswUnauthorized,
      errors: [unauthorized(mswUnauthorized)],
    },
    {
      name: 'a quoted headers key is read, and lacks the header',
      code: "new Response(null, { status: 405, 'headers': { 'Content-Type': 'text/plain' } });",
      errors: [
        missing(
          "new Response(null, { status: 405, 'headers': { 'Content-Type': 'text/plain' } });",
          '405',
          '405 Method Not Allowed',
          'Allow',
          'RFC 9110 section 15.5.6',
        ),
      ],
    },
    {
      name: 'value model: a same-file constant reaches writeHead',
      code: 'function upgrade(req, res) {\n  const code = 426;\n  res.writeHead(code);\n  res.end();\n}',
      errors: [
        missing(
          'function upgrade(req, res) {\n  const code = 426;\n  res.writeHead(code);\n  res.end();\n}',
          'code)',
          '426 Upgrade Required',
          'Upgrade',
          'RFC 9110 section 15.5.22',
        ),
      ].map((error) => ({ ...error, endColumn: error.endColumn - 1 })),
    },
    {
      name: 'value model: each branch of a ternary is its own status',
      code: "app.all('/x', (req, res) => res.status(user ? 405 : 401).end());",
      errors: [
        missing(
          "app.all('/x', (req, res) => res.status(user ? 405 : 401).end());",
          '405',
          '405 Method Not Allowed',
          'Allow',
          'RFC 9110 section 15.5.6',
        ),
        unauthorized("app.all('/x', (req, res) => res.status(user ? 405 : 401).end());"),
      ],
    },
    {
      name: 'value model: the fallback of ?? and ||, and a cast',
      code: "app.get('/x', (req, res) => { res.status(err.status ?? 401).end(); res.status((0 || 401) as number).end(); });",
      errors: [
        unauthorized("app.get('/x', (req, res) => { res.status(err.status ?? 401).end(); res.status((0 || 401) as number).end(); });"),
        unauthorized(
          "app.get('/x', (req, res) => { res.status(err.status ?? 401).end(); res.status((0 || 401) as number).end(); });",
          '401',
          2,
        ),
      ],
    },
    {
      name: 'express 401 without WWW-Authenticate, with the exact message',
      code: cases.express,
      errors: [
        exactly(
          'Set WWW-Authenticate on this 401 Unauthorized response, or send 403 if the client is signed in but not allowed. See RFC 9110 section 15.5.2; without it, the client cannot tell how to authenticate.',
          {
            ...locate(cases.express, '401'),
            suggestions: [
              {
                messageId: 'useOtherStatus' as const,
                data: { status: '403 Forbidden', when: signedIn },
                output:
                  "app.get('/me', (req, res) => {\n  if (!req.user) return res.status(403).json({ error: 'log in' });\n  res.json(req.user);\n});",
              },
            ],
          },
        ),
      ],
    },
    {
      name: "a 401 constant: the suggestion writes the same provider's 403",
      code: "import { StatusCodes } from 'http-status-codes';\napp.get('/me', (req, res) => res.status(StatusCodes.UNAUTHORIZED).end());",
      errors: [
        exactly(
          'Set WWW-Authenticate on this 401 Unauthorized response, or send 403 if the client is signed in but not allowed. See RFC 9110 section 15.5.2; without it, the client cannot tell how to authenticate.',
          {
            ...locate(
              "import { StatusCodes } from 'http-status-codes';\napp.get('/me', (req, res) => res.status(StatusCodes.UNAUTHORIZED).end());",
              'StatusCodes.UNAUTHORIZED',
            ),
            suggestions: [
              {
                messageId: 'useOtherStatus' as const,
                data: { status: 'StatusCodes.FORBIDDEN (403 Forbidden)', when: signedIn },
                output:
                  "import { StatusCodes } from 'http-status-codes';\napp.get('/me', (req, res) => res.status(StatusCodes.FORBIDDEN).end());",
              },
            ],
          },
        ),
      ],
    },
    {
      name: 'a stoker 401 constant (Hono): the suggestion writes its 403',
      code: "import * as HttpStatusCodes from 'stoker/http-status-codes';\napp.get('/me', (c) => c.json({ message: 'log in' }, HttpStatusCodes.UNAUTHORIZED));",
      errors: [
        exactly(
          'Set WWW-Authenticate on this 401 Unauthorized response, or send 403 if the client is signed in but not allowed. See RFC 9110 section 15.5.2; without it, the client cannot tell how to authenticate.',
          {
            ...locate(
              "import * as HttpStatusCodes from 'stoker/http-status-codes';\napp.get('/me', (c) => c.json({ message: 'log in' }, HttpStatusCodes.UNAUTHORIZED));",
              'HttpStatusCodes.UNAUTHORIZED',
            ),
            suggestions: [
              {
                messageId: 'useOtherStatus' as const,
                data: { status: 'HttpStatusCodes.FORBIDDEN (403 Forbidden)', when: signedIn },
                output:
                  "import * as HttpStatusCodes from 'stoker/http-status-codes';\napp.get('/me', (c) => c.json({ message: 'log in' }, HttpStatusCodes.FORBIDDEN));",
              },
            ],
          },
        ),
      ],
    },
    {
      name: 'a node:http2 or Angular 401 constant keeps its provider',
      code: "import http2 from 'node:http2';\nimport { HttpStatusCode } from '@angular/common/http';\napp.get('/a', (req, res) => res.status(http2.constants.HTTP_STATUS_UNAUTHORIZED).end());\napp.get('/b', (req, res) => res.status(HttpStatusCode.Unauthorized).end());",
      errors: [
        {
          messageId: 'missingHeaderOrOtherStatus',
          line: 3,
          column: 40,
          suggestions: [
            {
              messageId: 'useOtherStatus' as const,
              data: { status: 'http2.constants.HTTP_STATUS_FORBIDDEN (403 Forbidden)', when: signedIn },
              output:
                "import http2 from 'node:http2';\nimport { HttpStatusCode } from '@angular/common/http';\napp.get('/a', (req, res) => res.status(http2.constants.HTTP_STATUS_FORBIDDEN).end());\napp.get('/b', (req, res) => res.status(HttpStatusCode.Unauthorized).end());",
            },
          ],
        },
        {
          messageId: 'missingHeaderOrOtherStatus',
          line: 4,
          column: 40,
          suggestions: [
            {
              messageId: 'useOtherStatus' as const,
              data: { status: 'HttpStatusCode.Forbidden (403 Forbidden)', when: signedIn },
              output:
                "import http2 from 'node:http2';\nimport { HttpStatusCode } from '@angular/common/http';\napp.get('/a', (req, res) => res.status(http2.constants.HTTP_STATUS_UNAUTHORIZED).end());\napp.get('/b', (req, res) => res.status(HttpStatusCode.Forbidden).end());",
            },
          ],
        },
      ],
    },
    {
      // The header is set on a block's own `res`, another object than the handler's.
      name: 'a block that declares its own res does not lend it its headers',
      code: "app.get('/x', (req, res) => {\n  res.status(401);\n  { const res = audit; res.set('WWW-Authenticate', 'Basic'); }\n  res.end();\n});",
      errors: [
        unauthorized(
          "app.get('/x', (req, res) => {\n  res.status(401);\n  { const res = audit; res.set('WWW-Authenticate', 'Basic'); }\n  res.end();\n});",
        ),
      ],
    },
    {
      name: 'express 405 without Allow',
      code: cases.express405,
      errors: [missing(cases.express405, '405', '405 Method Not Allowed', 'Allow', 'RFC 9110 section 15.5.6')],
    },
    {
      name: 'node writeHead(405, headers) without Allow',
      code: cases.nodeWriteHead,
      errors: [missing(cases.nodeWriteHead, '405', '405 Method Not Allowed', 'Allow', 'RFC 9110 section 15.5.6')],
    },
    {
      name: 'node 407 without Proxy-Authenticate',
      code: cases.node407,
      errors: [missing(cases.node407, '407', '407 Proxy Authentication Required', 'Proxy-Authenticate', 'RFC 9110 section 15.5.8')],
    },
    {
      name: 'a 3xx sent by hand without Location',
      code: cases.manualRedirect,
      errors: [missing(cases.manualRedirect, '301', '301 Moved Permanently', 'Location', 'RFC 9110 section 15.4.2', 'should')],
    },
    {
      name: 'fastify 426 without Upgrade',
      code: cases.fastify,
      errors: [missing(cases.fastify, '426', '426 Upgrade Required', 'Upgrade', 'RFC 9110 section 15.5.22')],
    },
    { name: 'koa ctx.status = 401', code: cases.koa, errors: [unauthorized(cases.koa)] },
    { name: 'hono c.json(x, 401)', code: cases.hono, errors: [unauthorized(cases.hono)] },
    {
      name: 'fetch new Response(null, { status: 302 })',
      code: cases.fetchRedirect,
      errors: [missing(cases.fetchRedirect, '302', '302 Found', 'Location', 'RFC 9110 section 15.4.3', 'should')],
    },
    { name: 'fetch Response with other headers', code: cases.fetchOtherHeaders, errors: [unauthorized(cases.fetchOtherHeaders)] },
    {
      name: 'next NextResponse.json(x, { status: 405 })',
      code: cases.next,
      errors: [missing(cases.next, '405', '405 Method Not Allowed', 'Allow', 'RFC 9110 section 15.5.6')],
    },
    { name: 'remix json(x, { status: 401 })', code: cases.remix, errors: [unauthorized(cases.remix)] },
    { name: 'elysia set.status = 401', code: cases.elysia, errors: [unauthorized(cases.elysia)] },
    {
      name: 'the headers option adds Retry-After to 429',
      code: "app.post('/x', (req, res) => res.status(429).json({ error: 'slow down' }));",
      options: [{ headers: { '429': ['Retry-After'] } }],
      errors: [
        missing(
          "app.post('/x', (req, res) => res.status(429).json({ error: 'slow down' }));",
          '429',
          '429 Too Many Requests',
          'Retry-After',
          "the rule's `headers` option",
        ),
      ],
    },
    {
      name: 'ignoreExceptions: false checks errors that carry a status',
      code: "router.get('/me', async (ctx) => { ctx.throw(401, 'log in'); });\nthrow new HttpException('no', 405);",
      options: [{ ignoreExceptions: false }],
      errors: [
        unauthorized("router.get('/me', async (ctx) => { ctx.throw(401, 'log in'); });\nthrow new HttpException('no', 405);"),
        missing(
          "router.get('/me', async (ctx) => { ctx.throw(401, 'log in'); });\nthrow new HttpException('no', 405);",
          '405',
          '405 Method Not Allowed',
          'Allow',
          'RFC 9110 section 15.5.6',
        ),
      ],
    },
  ],
});
