import rule from '../../rules/no-body-on-bodiless-status.js';
import { createTester, exactly, fixtureFile, locate } from '../rule-tester.js';

const tester = createTester();

const node204 = {
  status: '204 No Content',
  citation: 'RFC 9110 section 15.3.5',
  consequence: "Node's http module drops the content without a word",
};
const fetchThrows = 'throws TypeError when given content';

function suggestion(code: string, from: string, to: string, replacement: string) {
  return { messageId: 'sendWithoutContent' as const, data: { replacement }, output: code.replace(from, to) };
}

const mswJson = "import { http, HttpResponse } from 'msw';\nhttp.delete('/x', () => HttpResponse.json({ ok: true }, { status: 204 }));";
const ternary204 = "app.get('/x', (req, res) => { res.status(empty ? 204 : 200).json(data); });";
const leafShapes204 =
  'async function a(request, reply) { reply.code(code ?? 204).send(bodyA); }\nasync function b(ctx) { ctx.status = 204 as number; ctx.body = bodyB; }\nconst EMPTY = 204;\nconst r = new Response(bodyC, { status: EMPTY });';

/** Fastify sends what a handler returns: a value returned after `reply.code(204)` is content. */
const fastifyReturn = "fastify.delete('/x', async (request, reply) => {\n  reply.code(204);\n  return { deleted: true };\n});";
const fastifyTransaction =
  "fastify.delete('/x', async function (request, reply) {\n  return knex.transaction(async (trx) => {\n    if (!found) return reply.notFound();\n    await remove(trx);\n    reply.code(204);\n    return { message: 'deleted' };\n  });\n});";
const fastifyAwaited =
  "async function remove(request, reply) {\n  reply.status(204);\n  return await db.run(() => {\n    reply.code(205);\n    return 'gone';\n  });\n}";
const fastify204 = { ...node204, consequence: 'Fastify strips the content' };
/** Nest sends what a method returns with the status of its `@HttpCode()`. */
const nestHttpCode =
  "import { Controller, Delete, HttpCode } from '@nestjs/common';\n@Controller('items')\nclass Items {\n  @Delete(':id')\n  @HttpCode(204)\n  async remove() {\n    if (!found) return { ok: false };\n    return { deleted: true };\n  }\n}";
/** Content set in a branch, loop or try block that runs after an unconditional status. */
const koaBranch =
  "router.delete('/x', async (ctx) => {\n  ctx.status = 204;\n  if (verbose) {\n    ctx.body = { deleted: true };\n  }\n});";
const expressTry = "app.delete('/x', async (req, res) => {\n  res.status(204);\n  try {\n    res.json(await remove());\n  } catch {}\n});";

tester.run('no-body-on-bodiless-status', rule, {
  valid: [
    "import { HttpResponse } from 'msw';\nnew HttpResponse(null, { status: 204 });",
    // A Fastify handler's return after the status: nothing, the reply itself, or not the handler's result
    "fastify.delete('/x', async (request, reply) => {\n  reply.code(204);\n  return;\n});",
    "fastify.delete('/x', async (request, reply) => {\n  reply.code(204);\n  return reply.send();\n});",
    "fastify.delete('/x', async (request, reply) => {\n  reply.code(204);\n  return reply;\n});",
    "fastify.delete('/x', async (request, reply) => {\n  reply.code(204);\n  return null;\n});",
    "fastify.delete('/x', async (request, reply) => {\n  if (gone) reply.code(204);\n  return data;\n});",
    "fastify.delete('/x', async (request, reply) => {\n  reply.code(204);\n  reply.code(200);\n  return data;\n});",
    "fastify.delete('/x', async (request, reply) => {\n  await db.tx(async () => {\n    reply.code(204);\n    return { ok: true };\n  });\n});",
    "fastify.delete('/x', async (request, reply) => {\n  reply.code(204);\n  items.forEach((item) => {\n    return item;\n  });\n});",
    "app.delete('/x', async (req, res) => {\n  res.status(204);\n  return { deleted: true };\n});",
    // Content after the status only on some paths of the status, or in a callback, or after a reset
    "router.delete('/x', async (ctx) => {\n  if (gone) ctx.status = 204;\n  if (verbose) {\n    ctx.body = { deleted: true };\n  }\n});",
    "router.delete('/x', async (ctx) => {\n  ctx.status = 204;\n  if (verbose) {\n    ctx.status = 200;\n    ctx.body = { deleted: true };\n  }\n});",
    "router.delete('/x', async (ctx) => {\n  ctx.status = 204;\n  emitter.on('done', () => {\n    ctx.body = { deleted: true };\n  });\n});",
    "router.delete('/x', async (ctx) => {\n  if (a) {\n    ctx.status = 204;\n  } else {\n    ctx.body = { deleted: true };\n  }\n});",
    // @HttpCode(204) methods that return nothing, send the response themselves, or return from a callback
    "class Items {\n  @Delete(':id')\n  @HttpCode(204)\n  async remove() {\n    await this.items.remove();\n  }\n}",
    "class Items {\n  @Delete(':id')\n  @HttpCode(204)\n  remove(@Res() res) {\n    return { deleted: true };\n  }\n}",
    "class Items {\n  @Delete(':id')\n  @HttpCode(204)\n  async remove() {\n    items.forEach((item) => {\n      return { item };\n    });\n    return this.items.remove();\n  }\n}",
    'class Items {\n  @Post()\n  @HttpCode(201)\n  create() {\n    return { created: true };\n  }\n}',
    // A call may resolve to nothing: only a value the code states counts.
    "fastify.delete('/x', async (request, reply) => {\n  reply.code(204);\n  return await repository.remove(id);\n});",
    "fastify.delete('/x', async (request, reply) => {\n  reply.code(204);\n  return result;\n});",
    "app.delete('/x', (req, res) => { res.status(204).send(); });",
    "app.delete('/x', (req, res) => { res.status(204).end(); });",
    "app.delete('/x', (req, res) => { res.sendStatus(204); });",
    "app.delete('/x', (req, res) => { res.status(204).json(); });",
    "app.get('/x', (req, res) => { res.status(200).json(data); });",
    "app.get('/x', (req, res) => { res.status(304).send(''); });",
    "app.get('/x', (req, res) => { res.status(304).end(null); });",
    'async function h(request, reply) { reply.code(204).send(undefined); }',
    'async function h(ctx) { ctx.status = 204; ctx.body = null; }',
    'new Response(null, { status: 204 });',
    'new Response(undefined, { status: 304 });',
    'new Response(void 0, { status: 205 });',
    "new Response('x', { status: 200 });",
    'Response.json(data);',
    "app.get('/', (c) => c.body(null, 204));",
    "app.get('/', (c) => c.json(data, 200));",
    // Unknown statuses and branches: stay silent
    "app.get('/x', (req, res) => { res.status(code).json(x); });",
    "app.get('/x', (req, res) => { if (empty) res.status(204); res.json(x); });",
    "app.get('/x', (req, res) => { res.status(204); res.status(200); res.json(x); });",
    "app.get('/x', (req, res) => { res.status(204); load(() => res.json(x)); });",
    "app.get('/x', (req, res) => { res.status(204); res.redirect('/y'); res.send('moved'); });",
    'new Response(body, init);',
    // Not responses
    'job.status(204).json(x);',
  ],
  invalid: [
    {
      name: 'fastify: a value returned after reply.code(204) is sent as content',
      code: fastifyReturn,
      errors: [{ messageId: 'contentOnBodilessStatus', data: fastify204, ...locate(fastifyReturn, '{ deleted: true }'), suggestions: [] }],
    },
    {
      name: "fastify: a callback's return that the handler returns (a transaction)",
      code: fastifyTransaction,
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: fastify204,
          ...locate(fastifyTransaction, "{ message: 'deleted' }"),
          suggestions: [],
        },
      ],
    },
    {
      name: 'fastify: an awaited callback result, with the status set inside it',
      code: fastifyAwaited,
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { status: '205 Reset Content', citation: 'RFC 9110 section 15.3.6', consequence: 'Fastify sends the content anyway' },
          ...locate(fastifyAwaited, "'gone'"),
          suggestions: [],
        },
      ],
    },
    {
      name: 'msw HttpResponse.json(x, { status: 204 })',
      code: mswJson,
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: `HttpResponse, a Fetch Response, ${fetchThrows}` },
          ...locate(mswJson, '{ ok: true }'),
          suggestions: [
            suggestion(
              mswJson,
              'HttpResponse.json({ ok: true }, { status: 204 })',
              'new HttpResponse(null, { status: 204 })',
              'new HttpResponse(null, { status: 204 })',
            ),
          ],
        },
      ],
    },
    // The value model: a status expression's codes each pair with the content sent after it.
    {
      name: 'value model: the bodiless branch of a ternary',
      code: ternary204,
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: node204,
          ...locate(ternary204, 'data'),
          suggestions: [
            suggestion(ternary204, 'json(data)', 'end()', 'res.status(empty ? 204 : 200).end()'),
            suggestion(
              ternary204,
              'res.status(empty ? 204 : 200).json(data)',
              'res.sendStatus(empty ? 204 : 200)',
              'res.sendStatus(empty ? 204 : 200)',
            ),
          ],
        },
      ],
    },
    {
      name: 'value model: a fallback, a cast and a same-file constant',
      code: leafShapes204,
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: 'Fastify strips the content' },
          ...locate(leafShapes204, 'bodyA'),
          suggestions: [suggestion(leafShapes204, 'send(bodyA)', 'send()', 'reply.code(code ?? 204).send()')],
        },
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: 'Koa drops the content' },
          ...locate(leafShapes204, 'bodyB'),
          suggestions: [suggestion(leafShapes204, 'ctx.body = bodyB', 'ctx.body = null', 'ctx.body = null')],
        },
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, citation: 'RFC 9110 section 15.3.5', consequence: `the Fetch Response constructor ${fetchThrows}` },
          ...locate(leafShapes204, 'bodyC'),
          suggestions: [suggestion(leafShapes204, 'new Response(bodyC,', 'new Response(null,', 'new Response(null, { status: EMPTY })')],
        },
      ],
    },
    {
      name: 'express chain res.status(204).json(x)',
      code: "app.delete('/x', (req, res) => { res.status(204).json({ ok: true }); });",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: node204,
          ...locate("app.delete('/x', (req, res) => { res.status(204).json({ ok: true }); });", '{ ok: true }'),
          suggestions: [
            suggestion(
              "app.delete('/x', (req, res) => { res.status(204).json({ ok: true }); });",
              'json({ ok: true })',
              'end()',
              'res.status(204).end()',
            ),
            suggestion(
              "app.delete('/x', (req, res) => { res.status(204).json({ ok: true }); });",
              'res.status(204).json({ ok: true })',
              'res.sendStatus(204)',
              'res.sendStatus(204)',
            ),
          ],
        },
      ],
    },
    {
      name: 'in a project with a constants package, res.sendStatus() gets the constant and its import',
      code: "import express from 'express';\napp.delete('/x', (req, res) => { res.status(204).json({ ok: true }); });",
      filename: fixtureFile('hsc-app', 'routes.js'),
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: node204,
          ...locate(
            "import express from 'express';\napp.delete('/x', (req, res) => { res.status(204).json({ ok: true }); });",
            '{ ok: true }',
          ),
          suggestions: [
            {
              messageId: 'sendWithoutContent',
              data: { replacement: 'res.status(204).end()' },
              output: "import express from 'express';\napp.delete('/x', (req, res) => { res.status(204).end(); });",
            },
            {
              messageId: 'sendWithoutContent',
              data: { replacement: 'res.sendStatus(StatusCodes.NO_CONTENT)' },
              output:
                "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\napp.delete('/x', (req, res) => { res.sendStatus(StatusCodes.NO_CONTENT); });",
            },
          ],
        },
      ],
    },
    {
      name: 'a status already written as a constant is repeated as written, with no import',
      code: "import { StatusCodes as S } from 'http-status-codes';\napp.delete('/x', (req, res) => { res.status(S.NO_CONTENT).json({ ok: true }); });",
      filename: fixtureFile('hsc-app', 'routes.js'),
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: node204,
          ...locate(
            "import { StatusCodes as S } from 'http-status-codes';\napp.delete('/x', (req, res) => { res.status(S.NO_CONTENT).json({ ok: true }); });",
            '{ ok: true }',
          ),
          suggestions: [
            {
              messageId: 'sendWithoutContent',
              data: { replacement: 'res.status(S.NO_CONTENT).end()' },
              output:
                "import { StatusCodes as S } from 'http-status-codes';\napp.delete('/x', (req, res) => { res.status(S.NO_CONTENT).end(); });",
            },
            {
              messageId: 'sendWithoutContent',
              data: { replacement: 'res.sendStatus(S.NO_CONTENT)' },
              output:
                "import { StatusCodes as S } from 'http-status-codes';\napp.delete('/x', (req, res) => { res.sendStatus(S.NO_CONTENT); });",
            },
          ],
        },
      ],
    },
    {
      name: 'express res.status(204).send(x), with the exact message',
      code: "router.delete('/x', (req, res) => res.status(204).send('deleted'));",
      errors: [
        exactly(
          "Send this 204 No Content response without content: it must carry none. See RFC 9110 section 15.3.5; at run time, Node's http module drops the content without a word.",
          {
            ...locate("router.delete('/x', (req, res) => res.status(204).send('deleted'));", "'deleted'"),
            suggestions: [
              suggestion(
                "router.delete('/x', (req, res) => res.status(204).send('deleted'));",
                "send('deleted')",
                'end()',
                'res.status(204).end()',
              ),
              suggestion(
                "router.delete('/x', (req, res) => res.status(204).send('deleted'));",
                "res.status(204).send('deleted')",
                'res.sendStatus(204)',
                'res.sendStatus(204)',
              ),
            ],
          },
        ),
      ],
    },
    {
      name: 'node res.writeHead(204); res.end(x)',
      code: "http.createServer((req, res) => {\n  res.writeHead(204);\n  res.end('x');\n});",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: node204,
          line: 3,
          column: 11,
          suggestions: [
            suggestion("http.createServer((req, res) => {\n  res.writeHead(204);\n  res.end('x');\n});", "end('x')", 'end()', 'res.end()'),
          ],
        },
      ],
    },
    {
      name: 'express 205 in successive statements: Node sends it anyway',
      code: "app.post('/form', (req, res) => {\n  res.status(205);\n  res.send(html);\n});",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: {
            status: '205 Reset Content',
            citation: 'RFC 9110 section 15.3.6',
            consequence: "Node's http module sends the content anyway",
          },
          line: 3,
          column: 12,
          suggestions: [
            suggestion("app.post('/form', (req, res) => {\n  res.status(205);\n  res.send(html);\n});", 'send(html)', 'end()', 'res.end()'),
          ],
        },
      ],
    },
    {
      name: 'fastify reply.code(304).send(x)',
      code: "fastify.get('/x', async (request, reply) => reply.code(304).send(cached));",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { status: '304 Not Modified', citation: 'RFC 9110 section 15.4.5', consequence: 'Fastify sends the content anyway' },
          ...locate("fastify.get('/x', async (request, reply) => reply.code(304).send(cached));", 'cached'),
          suggestions: [
            suggestion(
              "fastify.get('/x', async (request, reply) => reply.code(304).send(cached));",
              'send(cached)',
              'send()',
              'reply.code(304).send()',
            ),
          ],
        },
      ],
    },
    {
      name: 'fastify reply.code(204).send(x)',
      code: "fastify.delete('/x', async (request, reply) => { reply.code(204).send({}); });",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: 'Fastify strips the content' },
          ...locate("fastify.delete('/x', async (request, reply) => { reply.code(204).send({}); });", '{}'),
          suggestions: [
            suggestion(
              "fastify.delete('/x', async (request, reply) => { reply.code(204).send({}); });",
              'send({})',
              'send()',
              'reply.code(204).send()',
            ),
          ],
        },
      ],
    },
    {
      name: 'nestjs: a method under @HttpCode(204) that returns values',
      code: nestHttpCode,
      errors: ['{ ok: false }', '{ deleted: true }'].map((content) => ({
        messageId: 'contentOnBodilessStatus' as const,
        data: node204,
        ...locate(nestHttpCode, content),
        suggestions: [],
      })),
    },
    {
      name: 'koa: ctx.body set in a branch that runs after ctx.status = 204',
      code: koaBranch,
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: 'Koa drops the content' },
          ...locate(koaBranch, '{ deleted: true }'),
          suggestions: [suggestion(koaBranch, 'ctx.body = { deleted: true }', 'ctx.body = null', 'ctx.body = null')],
        },
      ],
    },
    {
      name: 'express: content sent in a try block after res.status(204)',
      code: expressTry,
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: node204,
          ...locate(expressTry, 'await remove()'),
          suggestions: [suggestion(expressTry, 'res.json(await remove())', 'res.end()', 'res.end()')],
        },
      ],
    },
    {
      name: 'koa ctx.status = 204; ctx.body = x',
      code: "router.delete('/x', async (ctx) => {\n  ctx.status = 204;\n  ctx.body = { deleted: true };\n});",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: 'Koa drops the content' },
          line: 3,
          column: 14,
          suggestions: [
            suggestion(
              "router.delete('/x', async (ctx) => {\n  ctx.status = 204;\n  ctx.body = { deleted: true };\n});",
              'ctx.body = { deleted: true }',
              'ctx.body = null',
              'ctx.body = null',
            ),
          ],
        },
      ],
    },
    {
      name: 'hono c.json(x, 204)',
      code: "app.delete('/x', (c) => c.json({ ok: true }, 204));",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: `Hono's Fetch Response ${fetchThrows}` },
          ...locate("app.delete('/x', (c) => c.json({ ok: true }, 204));", '{ ok: true }'),
          suggestions: [
            suggestion(
              "app.delete('/x', (c) => c.json({ ok: true }, 204));",
              'c.json({ ok: true }, 204)',
              'c.body(null, 204)',
              'c.body(null, 204)',
            ),
          ],
        },
      ],
    },
    {
      name: "hono c.body('x', 204) and c.text('x', 304)",
      code: "app.get('/a', (c) => c.body('x', 204));\napp.get('/b', (c) => c.text('same', 304));",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: `Hono's Fetch Response ${fetchThrows}` },
          line: 1,
          column: 29,
          suggestions: [
            suggestion(
              "app.get('/a', (c) => c.body('x', 204));\napp.get('/b', (c) => c.text('same', 304));",
              "c.body('x', 204)",
              'c.body(null, 204)',
              'c.body(null, 204)',
            ),
          ],
        },
        {
          messageId: 'contentOnBodilessStatus',
          data: {
            status: '304 Not Modified',
            citation: 'RFC 9110 section 15.4.5',
            consequence: `Hono's Fetch Response ${fetchThrows}`,
          },
          line: 2,
          column: 29,
          suggestions: [
            suggestion(
              "app.get('/a', (c) => c.body('x', 204));\napp.get('/b', (c) => c.text('same', 304));",
              "c.text('same', 304)",
              'c.body(null, 304)',
              'c.body(null, 304)',
            ),
          ],
        },
      ],
    },
    {
      name: "fetch new Response('', { status: 204 }): an empty string is content too",
      code: "export default { fetch: () => new Response('x', { status: 204 }) };",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: `the Fetch Response constructor ${fetchThrows}` },
          ...locate("export default { fetch: () => new Response('x', { status: 204 }) };", "'x'"),
          suggestions: [
            suggestion(
              "export default { fetch: () => new Response('x', { status: 204 }) };",
              "new Response('x',",
              'new Response(null,',
              'new Response(null, { status: 204 })',
            ),
          ],
        },
      ],
    },
    {
      name: 'fetch Response.json(x, { status: 204 })',
      code: 'const r = Response.json(data, { status: 204 });',
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: `the Fetch Response constructor ${fetchThrows}` },
          ...locate('const r = Response.json(data, { status: 204 });', 'data'),
          suggestions: [
            suggestion(
              'const r = Response.json(data, { status: 204 });',
              'Response.json(data, { status: 204 })',
              'new Response(null, { status: 204 })',
              'new Response(null, { status: 204 })',
            ),
          ],
        },
      ],
    },
    {
      name: 'fetch 1xx: RangeError',
      code: "new Response('x', { status: 102 });",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: {
            status: '102 Processing',
            citation: 'RFC 9110 section 15.2',
            consequence: 'the Fetch Response constructor throws RangeError for 1xx statuses',
          },
          line: 1,
          column: 14,
          suggestions: [suggestion("new Response('x', { status: 102 });", "'x'", 'null', 'new Response(null, { status: 102 })')],
        },
      ],
    },
    {
      name: 'next NextResponse.json(x, { status: 204 })',
      code: 'export async function DELETE() { return NextResponse.json({ deleted: true }, { status: 204 }); }',
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: `NextResponse, a Fetch Response, ${fetchThrows}` },
          ...locate(
            'export async function DELETE() { return NextResponse.json({ deleted: true }, { status: 204 }); }',
            '{ deleted: true }',
          ),
          suggestions: [
            suggestion(
              'export async function DELETE() { return NextResponse.json({ deleted: true }, { status: 204 }); }',
              'NextResponse.json({ deleted: true }, { status: 204 })',
              'new NextResponse(null, { status: 204 })',
              'new NextResponse(null, { status: 204 })',
            ),
          ],
        },
      ],
    },
    {
      name: 'remix json(x, { status: 204 })',
      code: "import { json } from '@remix-run/node';\nexport const action = () => json(result, { status: 204 });",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: { ...node204, consequence: `the Fetch Response it builds ${fetchThrows}` },
          line: 2,
          column: 34,
          suggestions: [
            suggestion(
              "import { json } from '@remix-run/node';\nexport const action = () => json(result, { status: 204 });",
              'json(result, { status: 204 })',
              'new Response(null, { status: 204 })',
              'new Response(null, { status: 204 })',
            ),
          ],
        },
      ],
    },
    {
      name: 'a status constant counts like the number',
      code: "import { StatusCodes } from 'http-status-codes';\napp.delete('/x', (req, res) => res.status(StatusCodes.NO_CONTENT).json(x));",
      errors: [
        {
          messageId: 'contentOnBodilessStatus',
          data: node204,
          line: 2,
          column: 72,
          suggestions: [
            suggestion(
              "import { StatusCodes } from 'http-status-codes';\napp.delete('/x', (req, res) => res.status(StatusCodes.NO_CONTENT).json(x));",
              'json(x)',
              'end()',
              'res.status(StatusCodes.NO_CONTENT).end()',
            ),
            suggestion(
              "import { StatusCodes } from 'http-status-codes';\napp.delete('/x', (req, res) => res.status(StatusCodes.NO_CONTENT).json(x));",
              'res.status(StatusCodes.NO_CONTENT).json(x)',
              'res.sendStatus(StatusCodes.NO_CONTENT)',
              'res.sendStatus(StatusCodes.NO_CONTENT)',
            ),
          ],
        },
      ],
    },
  ],
});
