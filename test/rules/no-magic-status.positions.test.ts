// Every status position the recogniser knows, one framework API at a time: each case states the
// source, the exact fixed source, and where the report lands.
import rule from '../../rules/no-magic-status.js';
import { registryNameNote } from '../../src/registry/describe.js';
import { createTester, locate } from '../rule-tester.js';

const tester = createTester();
const header = "import { StatusCodes } from 'http-status-codes';\n";

interface PositionCase {
  name: string;
  /** Source after the import line. */
  code: string;
  /** The literal, as written, and the member it becomes. */
  literal: string;
  member: string;
  /** Source after the import line, once fixed. */
  output: string;
  occurrence?: number;
  phrase: string;
}

const cases: PositionCase[] = [
  // Node http / Express / Connect
  {
    name: 'express res.status()',
    code: "app.get('/', (req, res) => res.status(404).json({ error: 'missing' }));",
    literal: '404',
    member: 'NOT_FOUND',
    phrase: 'Not Found, RFC 9110 section 15.5.5',
    output: "app.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).json({ error: 'missing' }));",
  },
  {
    name: 'express res.sendStatus()',
    code: 'function remove(req, res) { res.sendStatus(204); }',
    literal: '204',
    member: 'NO_CONTENT',
    phrase: 'No Content, RFC 9110 section 15.3.5',
    output: 'function remove(req, res) { res.sendStatus(StatusCodes.NO_CONTENT); }',
  },
  {
    name: 'node res.writeHead()',
    code: "http.createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); });",
    literal: '200',
    member: 'OK',
    phrase: 'OK, RFC 9110 section 15.3.1',
    output: "http.createServer((req, res) => { res.writeHead(StatusCodes.OK, { 'Content-Type': 'text/plain' }); });",
  },
  {
    name: 'node res.statusCode =',
    code: 'function fail(res) { res.statusCode = 500; res.end(); }',
    literal: '500',
    member: 'INTERNAL_SERVER_ERROR',
    phrase: 'Internal Server Error, RFC 9110 section 15.6.1',
    output: 'function fail(res) { res.statusCode = StatusCodes.INTERNAL_SERVER_ERROR; res.end(); }',
  },
  {
    name: 'express res.redirect(status, url)',
    code: "function move(req, res) { res.redirect(301, '/new'); }",
    literal: '301',
    member: 'MOVED_PERMANENTLY',
    phrase: 'Moved Permanently, RFC 9110 section 15.4.2',
    output: "function move(req, res) { res.redirect(StatusCodes.MOVED_PERMANENTLY, '/new'); }",
  },
  {
    name: 'express chain after res.set()',
    code: "function h(req, res) { res.set('X-A', 'b').status(409).end(); }",
    literal: '409',
    member: 'CONFLICT',
    phrase: 'Conflict, RFC 9110 section 15.5.10',
    output: "function h(req, res) { res.set('X-A', 'b').status(StatusCodes.CONFLICT).end(); }",
  },
  // Fastify
  {
    name: 'fastify reply.code()',
    code: 'fastify.post("/items", async (request, reply) => reply.code(201).send(item));',
    literal: '201',
    member: 'CREATED',
    phrase: 'Created, RFC 9110 section 15.3.2',
    output: 'fastify.post("/items", async (request, reply) => reply.code(StatusCodes.CREATED).send(item));',
  },
  {
    name: 'fastify reply.status()',
    code: 'async function h(request, reply) { return reply.status(400).send(error); }',
    literal: '400',
    member: 'BAD_REQUEST',
    phrase: 'Bad Request, RFC 9110 section 15.5.1',
    output: 'async function h(request, reply) { return reply.status(StatusCodes.BAD_REQUEST).send(error); }',
  },
  {
    name: 'fastify 5 reply.redirect(url, code)',
    code: "async function h(request, reply) { return reply.redirect('/login', 303); }",
    literal: '303',
    member: 'SEE_OTHER',
    phrase: 'See Other, RFC 9110 section 15.4.4',
    output: "async function h(request, reply) { return reply.redirect('/login', StatusCodes.SEE_OTHER); }",
  },
  {
    name: 'fastify 4 reply.redirect(code, url)',
    code: "async function h(request, reply) { return reply.redirect(307, '/login'); }",
    literal: '307',
    member: 'TEMPORARY_REDIRECT',
    phrase: 'Temporary Redirect, RFC 9110 section 15.4.8',
    output: "async function h(request, reply) { return reply.redirect(StatusCodes.TEMPORARY_REDIRECT, '/login'); }",
  },
  // Koa
  {
    name: 'koa ctx.status =',
    code: 'router.post("/jobs", async (ctx) => { ctx.status = 202; });',
    literal: '202',
    member: 'ACCEPTED',
    phrase: 'Accepted, RFC 9110 section 15.3.3',
    output: 'router.post("/jobs", async (ctx) => { ctx.status = StatusCodes.ACCEPTED; });',
  },
  {
    name: 'koa ctx.throw()',
    code: "app.use(async (ctx) => { ctx.throw(403, 'forbidden'); });",
    literal: '403',
    member: 'FORBIDDEN',
    phrase: 'Forbidden, RFC 9110 section 15.5.4',
    output: "app.use(async (ctx) => { ctx.throw(StatusCodes.FORBIDDEN, 'forbidden'); });",
  },
  {
    name: 'koa ctx.assert()',
    code: "app.use(async (ctx) => { ctx.assert(ctx.state.user, 401, 'log in'); });",
    literal: '401',
    member: 'UNAUTHORIZED',
    phrase: 'Unauthorized, RFC 9110 section 15.5.2',
    output: "app.use(async (ctx) => { ctx.assert(ctx.state.user, StatusCodes.UNAUTHORIZED, 'log in'); });",
  },
  {
    name: 'koa ctx.response.status =',
    code: 'app.use(async (ctx) => { ctx.response.status = 206; });',
    literal: '206',
    member: 'PARTIAL_CONTENT',
    phrase: 'Partial Content, RFC 9110 section 15.3.7',
    output: 'app.use(async (ctx) => { ctx.response.status = StatusCodes.PARTIAL_CONTENT; });',
  },
  // Hono
  {
    name: 'hono c.json(x, n)',
    code: "app.post('/', (c) => c.json({ ok: false }, 422));",
    literal: '422',
    member: 'UNPROCESSABLE_ENTITY',
    phrase: 'Unprocessable Content, RFC 9110 section 15.5.21',
    output: "app.post('/', (c) => c.json({ ok: false }, StatusCodes.UNPROCESSABLE_ENTITY));",
  },
  {
    name: 'hono c.text(x, n)',
    code: "app.get('/old', (c) => c.text('gone', 410));",
    literal: '410',
    member: 'GONE',
    phrase: 'Gone, RFC 9110 section 15.5.11',
    output: "app.get('/old', (c) => c.text('gone', StatusCodes.GONE));",
  },
  {
    name: 'hono c.html(x, n)',
    code: "app.get('/', (c) => c.html('<p>taken</p>', 409));",
    literal: '409',
    member: 'CONFLICT',
    phrase: 'Conflict, RFC 9110 section 15.5.10',
    output: "app.get('/', (c) => c.html('<p>taken</p>', StatusCodes.CONFLICT));",
  },
  {
    name: 'hono c.body(x, n)',
    code: "app.delete('/', (c) => c.body(null, 204));",
    literal: '204',
    member: 'NO_CONTENT',
    phrase: 'No Content, RFC 9110 section 15.3.5',
    output: "app.delete('/', (c) => c.body(null, StatusCodes.NO_CONTENT));",
  },
  {
    name: 'hono c.json(x, { status })',
    code: "app.get('/', (c) => c.json(data, { status: 203 }));",
    literal: '203',
    member: 'NON_AUTHORITATIVE_INFORMATION',
    phrase: 'Non-Authoritative Information, RFC 9110 section 15.3.4',
    output: "app.get('/', (c) => c.json(data, { status: StatusCodes.NON_AUTHORITATIVE_INFORMATION }));",
  },
  {
    name: 'hono c.redirect(url, n)',
    code: "app.get('/', (c) => c.redirect('/home', 302));",
    literal: '302',
    member: 'MOVED_TEMPORARILY',
    phrase: 'Found, RFC 9110 section 15.4.3',
    output: "app.get('/', (c) => c.redirect('/home', StatusCodes.MOVED_TEMPORARILY));",
  },
  {
    name: 'hono c.status(n)',
    code: "app.post('/', (c) => { c.status(201); return c.body(null); });",
    literal: '201',
    member: 'CREATED',
    phrase: 'Created, RFC 9110 section 15.3.2',
    output: "app.post('/', (c) => { c.status(StatusCodes.CREATED); return c.body(null); });",
  },
  {
    name: 'hono new HTTPException()',
    code: "throw new HTTPException(401, { message: 'no token' });",
    literal: '401',
    member: 'UNAUTHORIZED',
    phrase: 'Unauthorized, RFC 9110 section 15.5.2',
    output: "throw new HTTPException(StatusCodes.UNAUTHORIZED, { message: 'no token' });",
  },
  // Fetch API, Workers, Deno, Bun
  {
    name: 'fetch new Response(b, { status })',
    code: 'export default { fetch: () => new Response(body, { status: 500 }) };',
    literal: '500',
    member: 'INTERNAL_SERVER_ERROR',
    phrase: 'Internal Server Error, RFC 9110 section 15.6.1',
    output: 'export default { fetch: () => new Response(body, { status: StatusCodes.INTERNAL_SERVER_ERROR }) };',
  },
  {
    name: 'fetch Response.json(b, { status })',
    code: 'Deno.serve(() => Response.json(data, { status: 201 }));',
    literal: '201',
    member: 'CREATED',
    phrase: 'Created, RFC 9110 section 15.3.2',
    output: 'Deno.serve(() => Response.json(data, { status: StatusCodes.CREATED }));',
  },
  {
    name: 'fetch Response.redirect(url, n)',
    code: 'Bun.serve({ fetch: () => Response.redirect(url, 308) });',
    literal: '308',
    member: 'PERMANENT_REDIRECT',
    phrase: 'Permanent Redirect, RFC 9110 section 15.4.9',
    output: 'Bun.serve({ fetch: () => Response.redirect(url, StatusCodes.PERMANENT_REDIRECT) });',
  },
  // Next.js
  {
    name: 'next NextResponse.json(b, { status })',
    code: 'export async function GET() { return NextResponse.json({ error: "x" }, { status: 404 }); }',
    literal: '404',
    member: 'NOT_FOUND',
    phrase: 'Not Found, RFC 9110 section 15.5.5',
    output: 'export async function GET() { return NextResponse.json({ error: "x" }, { status: StatusCodes.NOT_FOUND }); }',
  },
  {
    name: 'next new NextResponse(b, { status })',
    code: 'export async function DELETE() { return new NextResponse(null, { status: 204 }); }',
    literal: '204',
    member: 'NO_CONTENT',
    phrase: 'No Content, RFC 9110 section 15.3.5',
    output: 'export async function DELETE() { return new NextResponse(null, { status: StatusCodes.NO_CONTENT }); }',
  },
  {
    name: 'next NextResponse.redirect(url, n)',
    code: 'export function middleware(request) { return NextResponse.redirect(new URL("/login", request.url), 307); }',
    literal: '307',
    member: 'TEMPORARY_REDIRECT',
    phrase: 'Temporary Redirect, RFC 9110 section 15.4.8',
    output:
      'export function middleware(request) { return NextResponse.redirect(new URL("/login", request.url), StatusCodes.TEMPORARY_REDIRECT); }',
  },
  {
    name: 'next pages API res.status()',
    code: 'export default function handler(req, res) { res.status(405).end(); }',
    literal: '405',
    member: 'METHOD_NOT_ALLOWED',
    phrase: 'Method Not Allowed, RFC 9110 section 15.5.6',
    output: 'export default function handler(req, res) { res.status(StatusCodes.METHOD_NOT_ALLOWED).end(); }',
  },
  // NestJS
  {
    name: 'nest @HttpCode()',
    code: 'class C { @Delete() @HttpCode(204) remove() {} }',
    literal: '204',
    member: 'NO_CONTENT',
    phrase: 'No Content, RFC 9110 section 15.3.5',
    output: 'class C { @Delete() @HttpCode(StatusCodes.NO_CONTENT) remove() {} }',
  },
  {
    name: 'nest @Redirect()',
    code: "class C { @Get() @Redirect('https://nestjs.com', 301) go() {} }",
    literal: '301',
    member: 'MOVED_PERMANENTLY',
    phrase: 'Moved Permanently, RFC 9110 section 15.4.2',
    output: "class C { @Get() @Redirect('https://nestjs.com', StatusCodes.MOVED_PERMANENTLY) go() {} }",
  },
  {
    name: 'nest new HttpException()',
    code: "throw new HttpException('Forbidden', 403);",
    literal: '403',
    member: 'FORBIDDEN',
    phrase: 'Forbidden, RFC 9110 section 15.5.4',
    output: "throw new HttpException('Forbidden', StatusCodes.FORBIDDEN);",
  },
  {
    name: 'nest @ApiResponse()',
    code: "class C { @ApiResponse({ status: 403, description: 'Forbidden.' }) create() {} }",
    literal: '403',
    member: 'FORBIDDEN',
    phrase: 'Forbidden, RFC 9110 section 15.5.4',
    output: "class C { @ApiResponse({ status: StatusCodes.FORBIDDEN, description: 'Forbidden.' }) create() {} }",
  },
  // h3 / Nuxt
  {
    name: 'h3 setResponseStatus()',
    code: 'export default defineEventHandler((event) => { setResponseStatus(event, 202); });',
    literal: '202',
    member: 'ACCEPTED',
    phrase: 'Accepted, RFC 9110 section 15.3.3',
    output: 'export default defineEventHandler((event) => { setResponseStatus(event, StatusCodes.ACCEPTED); });',
  },
  {
    name: 'h3 createError({ statusCode })',
    code: "throw createError({ statusCode: 404, statusMessage: 'Page not found' });",
    literal: '404',
    member: 'NOT_FOUND',
    phrase: 'Not Found, RFC 9110 section 15.5.5',
    output: "throw createError({ statusCode: StatusCodes.NOT_FOUND, statusMessage: 'Page not found' });",
  },
  // http-errors
  {
    name: 'http-errors createError(n)',
    code: "app.use((req, res, next) => next(createError(404, 'no route')));",
    literal: '404',
    member: 'NOT_FOUND',
    phrase: 'Not Found, RFC 9110 section 15.5.5',
    output: "app.use((req, res, next) => next(createError(StatusCodes.NOT_FOUND, 'no route')));",
  },
  // Elysia, hapi
  {
    name: 'elysia set.status =',
    code: "app.post('/', ({ set }) => { set.status = 201; return 'ok'; });",
    literal: '201',
    member: 'CREATED',
    phrase: 'Created, RFC 9110 section 15.3.2',
    output: "app.post('/', ({ set }) => { set.status = StatusCodes.CREATED; return 'ok'; });",
  },
  {
    name: 'hapi h.response().code()',
    code: 'server.route({ handler: (request, h) => h.response(result).code(201) });',
    literal: '201',
    member: 'CREATED',
    phrase: 'Created, RFC 9110 section 15.3.2',
    output: 'server.route({ handler: (request, h) => h.response(result).code(StatusCodes.CREATED) });',
  },
  // AWS Lambda results and error objects
  {
    name: 'lambda { statusCode, body }',
    code: 'export const handler = async () => ({ statusCode: 200, body: JSON.stringify(data) });',
    literal: '200',
    member: 'OK',
    phrase: 'OK, RFC 9110 section 15.3.1',
    output: 'export const handler = async () => ({ statusCode: StatusCodes.OK, body: JSON.stringify(data) });',
  },
  {
    name: 'error err.status =',
    code: "const err = new Error('gone'); err.status = 410; throw err;",
    literal: '410',
    member: 'GONE',
    phrase: 'Gone, RFC 9110 section 15.5.11',
    output: "const err = new Error('gone'); err.status = StatusCodes.GONE; throw err;",
  },
  // Reading statuses
  {
    name: 'read r.status === n',
    code: 'if (r.status === 404) return null;',
    literal: '404',
    member: 'NOT_FOUND',
    phrase: 'Not Found, RFC 9110 section 15.5.5',
    output: 'if (r.status === StatusCodes.NOT_FOUND) return null;',
  },
  {
    name: 'read res.statusCode !== n',
    code: 'if (res.statusCode !== 200) throw new Error("failed");',
    literal: '200',
    member: 'OK',
    phrase: 'OK, RFC 9110 section 15.3.1',
    output: 'if (res.statusCode !== StatusCodes.OK) throw new Error("failed");',
  },
  {
    name: 'read n == res?.status (optional chain, reversed)',
    code: 'const missing = 404 == res?.status;',
    literal: '404',
    member: 'NOT_FOUND',
    phrase: 'Not Found, RFC 9110 section 15.5.5',
    output: 'const missing = StatusCodes.NOT_FOUND == res?.status;',
  },
  {
    name: 'read switch (res.status) case n',
    code: 'switch (res.status) { case 429: retry(); break; default: }',
    literal: '429',
    member: 'TOO_MANY_REQUESTS',
    phrase: 'Too Many Requests, RFC 6585',
    output: 'switch (res.status) { case StatusCodes.TOO_MANY_REQUESTS: retry(); break; default: }',
  },
  // Every shape of status read passes the comparison prefilter (selectors built from isStatusRead's tables).
  {
    name: 'read (res!.status as number) === n',
    code: 'if ((res!.status as number) === 404) return;',
    literal: '404',
    member: 'NOT_FOUND',
    phrase: 'Not Found, RFC 9110 section 15.5.5',
    output: 'if ((res!.status as number) === StatusCodes.NOT_FOUND) return;',
  },
  {
    name: 'read response.status() === n',
    code: 'if (response.status() === 200) ok();',
    literal: '200',
    member: 'OK',
    phrase: 'OK, RFC 9110 section 15.3.1',
    output: 'if (response.status() === StatusCodes.OK) ok();',
  },
  {
    name: 'read httpStatusCode !== n',
    code: 'if (httpStatusCode !== 503) retry();',
    literal: '503',
    member: 'SERVICE_UNAVAILABLE',
    phrase: 'Service Unavailable, RFC 9110 section 15.6.4',
    output: 'if (httpStatusCode !== StatusCodes.SERVICE_UNAVAILABLE) retry();',
  },
  {
    name: 'read switch (res?.status) case n',
    code: 'switch (res?.status) { case 410: forget(); break; default: }',
    literal: '410',
    member: 'GONE',
    phrase: 'Gone, RFC 9110 section 15.5.11',
    output: 'switch (res?.status) { case StatusCodes.GONE: forget(); break; default: }',
  },
  {
    name: 'read status variable',
    code: 'const { status } = await fetch(url); if (status === 401) login();',
    literal: '401',
    member: 'UNAUTHORIZED',
    phrase: 'Unauthorized, RFC 9110 section 15.5.2',
    output: 'const { status } = await fetch(url); if (status === StatusCodes.UNAUTHORIZED) login();',
  },
  // Tests
  {
    name: 'test supertest .expect(n)',
    code: "await request(app).get('/').expect(200);",
    literal: '200',
    member: 'OK',
    phrase: 'OK, RFC 9110 section 15.3.1',
    output: "await request(app).get('/').expect(StatusCodes.OK);",
  },
  {
    name: 'test supertest .expect(n, body)',
    code: "await request(app).post('/').send(x).expect(201, { id: 1 });",
    literal: '201',
    member: 'CREATED',
    phrase: 'Created, RFC 9110 section 15.3.2',
    output: "await request(app).post('/').send(x).expect(StatusCodes.CREATED, { id: 1 });",
  },
  {
    name: 'test expect(res.status).toBe(n)',
    code: 'expect(res.status).toBe(201);',
    literal: '201',
    member: 'CREATED',
    phrase: 'Created, RFC 9110 section 15.3.2',
    output: 'expect(res.status).toBe(StatusCodes.CREATED);',
  },
  {
    name: 'test expect(res.statusCode).toEqual(n)',
    code: 'expect(res.statusCode).toEqual(404);',
    literal: '404',
    member: 'NOT_FOUND',
    phrase: 'Not Found, RFC 9110 section 15.5.5',
    output: 'expect(res.statusCode).toEqual(StatusCodes.NOT_FOUND);',
  },
  {
    name: 'test expect(res.status).not.toStrictEqual(n)',
    code: 'expect(res.status).not.toStrictEqual(500);',
    literal: '500',
    member: 'INTERNAL_SERVER_ERROR',
    phrase: 'Internal Server Error, RFC 9110 section 15.6.1',
    output: 'expect(res.status).not.toStrictEqual(StatusCodes.INTERNAL_SERVER_ERROR);',
  },
  {
    name: 'test assert.equal(res.statusCode, n)',
    code: 'assert.equal(res.statusCode, 200);',
    literal: '200',
    member: 'OK',
    phrase: 'OK, RFC 9110 section 15.3.1',
    output: 'assert.equal(res.statusCode, StatusCodes.OK);',
  },
  {
    name: 'test assert.strictEqual(n, res.status)',
    code: 'assert.strictEqual(204, res.status);',
    literal: '204',
    member: 'NO_CONTENT',
    phrase: 'No Content, RFC 9110 section 15.3.5',
    output: 'assert.strictEqual(StatusCodes.NO_CONTENT, res.status);',
  },
  {
    name: 'test playwright expect(response.status()).toBe(n)',
    code: "const response = await page.goto('/'); expect(response.status()).toBe(200);",
    literal: '200',
    member: 'OK',
    phrase: 'OK, RFC 9110 section 15.3.1',
    output: "const response = await page.goto('/'); expect(response.status()).toBe(StatusCodes.OK);",
  },
  {
    name: 'test chai-http expect(res).to.have.status(n)',
    code: 'expect(res).to.have.status(404);',
    literal: '404',
    member: 'NOT_FOUND',
    phrase: 'Not Found, RFC 9110 section 15.5.5',
    output: 'expect(res).to.have.status(StatusCodes.NOT_FOUND);',
  },
  {
    name: 'test chai expect(res.status).to.equal(n)',
    code: 'expect(res.status).to.equal(403);',
    literal: '403',
    member: 'FORBIDDEN',
    phrase: 'Forbidden, RFC 9110 section 15.5.4',
    output: 'expect(res.status).to.equal(StatusCodes.FORBIDDEN);',
  },
  {
    name: 'test expect(res).toHaveStatus(n)',
    code: 'expect(res).toHaveStatus(409);',
    literal: '409',
    member: 'CONFLICT',
    phrase: 'Conflict, RFC 9110 section 15.5.10',
    output: 'expect(res).toHaveStatus(StatusCodes.CONFLICT);',
  },
  {
    name: "test expect(res).toHaveProperty('status', n)",
    code: "expect(res).toHaveProperty('status', 400);",
    literal: '400',
    member: 'BAD_REQUEST',
    phrase: 'Bad Request, RFC 9110 section 15.5.1',
    output: "expect(res).toHaveProperty('status', StatusCodes.BAD_REQUEST);",
  },
  // TypeScript wrappers
  {
    name: 'typescript 404 as const',
    code: 'reply.code(404 as const);',
    literal: '404 as const',
    member: 'NOT_FOUND',
    phrase: 'Not Found, RFC 9110 section 15.5.5',
    output: 'reply.code(StatusCodes.NOT_FOUND);',
  },
  // Init objects held in a same-file const, and project helpers that take one last
  {
    name: 'a status in a const init that two redirects read is one position',
    code: "import { redirect } from 'react-router';\nconst moved = { status: 301 };\nexport const loader = () => (old ? redirect('/a', moved) : redirect('/b', moved));",
    literal: '301',
    member: 'MOVED_PERMANENTLY',
    phrase: 'Moved Permanently, RFC 9110 section 15.4.2',
    output:
      "import { redirect } from 'react-router';\nconst moved = { status: StatusCodes.MOVED_PERMANENTLY };\nexport const loader = () => (old ? redirect('/a', moved) : redirect('/b', moved));",
  },
  {
    name: "a project redirect helper's last init",
    code: "export const action = () => redirectWithToast('/settings', { title: 'Saved' }, { status: 302 });",
    literal: '302',
    member: 'MOVED_TEMPORARILY',
    phrase: 'Found, RFC 9110 section 15.4.3',
    output: "export const action = () => redirectWithToast('/settings', { title: 'Saved' }, { status: StatusCodes.MOVED_TEMPORARILY });",
  },
];

tester.run('no-magic-status: status positions', rule, {
  valid: [],
  invalid: cases.map(({ name, code, literal, member, output, occurrence, phrase }) => {
    const source = header + code;
    const constant = `StatusCodes.${member}`;
    const value = literal.split(' ')[0]!;
    const fixed = header + output;
    const position = locate(source, value, occurrence);
    return {
      name,
      code: source,
      output: fixed,
      errors: [
        {
          messageId: 'magicStatus' as const,
          // `phrase` is the registry's name and where the code is defined: the name shows only where the member's differs.
          data: { code: value, constant, registryName: registryNameNote(Number(value), constant), citation: phrase.split(', ')[1] },
          ...position,
        },
      ],
    };
  }),
});

// Imports that decide what counts: bare functions are recognised by the module they come from.
tester.run('no-magic-status: imported helpers', rule, {
  valid: [],
  invalid: [
    {
      name: 'sveltekit error()',
      code: "import { StatusCodes } from 'http-status-codes';\nimport { error } from '@sveltejs/kit';\nexport function load() { error(404, 'Not found'); }",
      output:
        "import { StatusCodes } from 'http-status-codes';\nimport { error } from '@sveltejs/kit';\nexport function load() { error(StatusCodes.NOT_FOUND, 'Not found'); }",
      errors: [
        {
          messageId: 'magicStatus',
          ...locate(
            "import { StatusCodes } from 'http-status-codes';\nimport { error } from '@sveltejs/kit';\nexport function load() { error(404, 'Not found'); }",
            '404',
          ),
        },
      ],
    },
    {
      name: 'sveltekit redirect() under an alias',
      code: "import { StatusCodes } from 'http-status-codes';\nimport { redirect as go } from '@sveltejs/kit';\nexport const actions = { default: () => go(303, '/done') };",
      output:
        "import { StatusCodes } from 'http-status-codes';\nimport { redirect as go } from '@sveltejs/kit';\nexport const actions = { default: () => go(StatusCodes.SEE_OTHER, '/done') };",
      errors: [
        {
          messageId: 'magicStatus',
          ...locate(
            "import { StatusCodes } from 'http-status-codes';\nimport { redirect as go } from '@sveltejs/kit';\nexport const actions = { default: () => go(303, '/done') };",
            '303',
          ),
        },
      ],
    },
    {
      name: 'remix json(b, { status })',
      code: "import { StatusCodes } from 'http-status-codes';\nimport { json } from '@remix-run/node';\nexport const action = () => json(errors, { status: 400 });",
      output:
        "import { StatusCodes } from 'http-status-codes';\nimport { json } from '@remix-run/node';\nexport const action = () => json(errors, { status: StatusCodes.BAD_REQUEST });",
      errors: [
        {
          messageId: 'magicStatus',
          ...locate(
            "import { StatusCodes } from 'http-status-codes';\nimport { json } from '@remix-run/node';\nexport const action = () => json(errors, { status: 400 });",
            '400',
          ),
        },
      ],
    },
    {
      name: 'react router data(b, { status }) and redirect(url, n)',
      code: "import { StatusCodes } from 'http-status-codes';\nimport { data, redirect } from 'react-router';\nexport async function action() { if (bad) return data(x, { status: 422 }); return redirect('/ok', 301); }",
      output:
        "import { StatusCodes } from 'http-status-codes';\nimport { data, redirect } from 'react-router';\nexport async function action() { if (bad) return data(x, { status: StatusCodes.UNPROCESSABLE_ENTITY }); return redirect('/ok', StatusCodes.MOVED_PERMANENTLY); }",
      errors: [
        {
          messageId: 'magicStatus',
          ...locate(
            "import { StatusCodes } from 'http-status-codes';\nimport { data, redirect } from 'react-router';\nexport async function action() { if (bad) return data(x, { status: 422 }); return redirect('/ok', 301); }",
            '422',
          ),
        },
        {
          messageId: 'magicStatus',
          ...locate(
            "import { StatusCodes } from 'http-status-codes';\nimport { data, redirect } from 'react-router';\nexport async function action() { if (bad) return data(x, { status: 422 }); return redirect('/ok', 301); }",
            '301',
          ),
        },
      ],
    },
    {
      name: 'http-errors under another name',
      code: "import { StatusCodes } from 'http-status-codes';\nimport httpError from 'http-errors';\nthrow httpError('conflict', 409);",
      output:
        "import { StatusCodes } from 'http-status-codes';\nimport httpError from 'http-errors';\nthrow httpError('conflict', StatusCodes.CONFLICT);",
      errors: [
        {
          messageId: 'magicStatus',
          ...locate(
            "import { StatusCodes } from 'http-status-codes';\nimport httpError from 'http-errors';\nthrow httpError('conflict', 409);",
            '409',
          ),
        },
      ],
    },
    {
      name: '[301, 302].includes(res.status) reports each code',
      code: "import { StatusCodes } from 'http-status-codes';\nconst redirected = [301, 302].includes(res.status);",
      output:
        "import { StatusCodes } from 'http-status-codes';\nconst redirected = [StatusCodes.MOVED_PERMANENTLY, StatusCodes.MOVED_TEMPORARILY].includes(res.status);",
      errors: [
        {
          messageId: 'magicStatus',
          ...locate("import { StatusCodes } from 'http-status-codes';\nconst redirected = [301, 302].includes(res.status);", '301'),
        },
        {
          messageId: 'magicStatus',
          ...locate("import { StatusCodes } from 'http-status-codes';\nconst redirected = [301, 302].includes(res.status);", '302'),
        },
      ],
    },
  ],
});
