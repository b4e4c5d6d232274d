import rule from '../../rules/no-unknown-status.js';
import { createTester, exactly, locate } from '../rule-tester.js';

const tester = createTester();

const unregistered = (subject: string, vendors: string, fallback: string) => ({
  messageId: 'unregisteredStatus' as const,
  data: { subject, vendors, fallback },
});

const mswInformational = "import { HttpResponse } from 'msw';\nHttpResponse.text('early', { status: 103 });";
const leafShapes =
  'res.status(ok ? 200 : 299);\nreply.code(code ?? 298);\nctx.status = 297 as number;\nconst ODD = 296;\nres.status(ODD);\nres.sendStatus(ODD);';

tester.run('no-unknown-status', rule, {
  valid: [
    'res.status(200);',
    'res.status(104);',
    'reply.code(103);',
    'res.writeHead(101);',
    'new Response(null, { status: 204 });',
    'Response.redirect(url, 303);',
    // Cloudflare Workers accept 101 with a WebSocket (seen in hono's adapter)
    'return new Response(null, { status: 101, webSocket: client });',
    "import { error } from '@sveltejs/kit';\nerror(404, 'x');",
    "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND);",
    // Not status positions
    'setTimeout(f, 600);',
    'server.listen(9999);',
    'if (child.status === 0) {}',
    'const x = { statusCode: 1 };',
    'job.status(42);',
    // Reads are not checked unless asked: clients handle what proxies send
    'if (res.status === 520) retry();',
    'expect(res.status).toBe(499);',
    // Ranges are never codes
    'if (res.status >= 600) {}',
    // Options
    { code: 'res.status(499);', options: [{ allow: [499] }] },
    { code: 'res.status(499);', options: [{ allowVendors: ['nginx'] }] },
    { code: 'res.status(520);', options: [{ allowVendors: ['cloudflare'] }] },
    { code: 'res.status(305);', options: [{ allowDeprecated: true }] },
    { code: 'res.status(418);', options: [{ allow: [418] }] },
    { code: 'res.status(600);', options: [{ allow: [600] }] },
  ],
  invalid: [
    {
      name: 'next NextResponse.next({ status }) rejects a 1xx status',
      code: 'NextResponse.next({ status: 101 });',
      errors: [
        {
          messageId: 'rejectedAtRuntime' as const,
          data: {
            subject: '101',
            consequence: 'NextResponse, a Fetch Response, throws RangeError for statuses outside 200-599',
          },
          ...locate('NextResponse.next({ status: 101 });', '101'),
        },
      ],
    },
    {
      name: 'msw HttpResponse rejects a 1xx status',
      code: mswInformational,
      errors: [
        {
          messageId: 'rejectedAtRuntime' as const,
          data: {
            subject: '103',
            consequence: 'HttpResponse, a Fetch Response, throws RangeError for statuses outside 200-599',
          },
          ...locate(mswInformational, '103'),
        },
      ],
    },
    // The value model: each leaf of a status expression is checked where it is written.
    {
      name: 'value model: a ternary branch, a fallback, a cast and a same-file constant',
      code: leafShapes,
      errors: [
        { ...unregistered('299', '', '200'), ...locate(leafShapes, '299') },
        { ...unregistered('298', '', '200'), ...locate(leafShapes, '298') },
        { ...unregistered('297', '', '200'), ...locate(leafShapes, '297') },
        { ...unregistered('296', '', '200'), ...locate(leafShapes, '296') },
      ],
    },
    {
      name: 'value model: a code the API rejects, in one branch only',
      code: 'new Response(body, { status: ok ? 200 : 103 });',
      errors: [
        {
          messageId: 'rejectedAtRuntime' as const,
          data: { subject: '103', consequence: 'The Fetch Response constructor throws RangeError for statuses outside 200-599' },
          ...locate('new Response(body, { status: ok ? 200 : 103 });', '103'),
        },
      ],
    },
    {
      name: 'unregistered code with its nginx meaning',
      code: 'res.status(499);',
      errors: [
        {
          ...unregistered('499', '; used by esri, nginx', '400'),
          ...locate('res.status(499);', '499'),
        },
      ],
    },
    {
      name: 'unregistered code with the exact message',
      code: 'ctx.status = 520;',
      errors: [
        exactly(
          '520 is not a registered status: use a registered one, or allow it. Clients treat it as 500 (RFC 9110 section 15); Cloudflare: Web Server Returns an Unknown Error.',
          locate('ctx.status = 520;', '520'),
        ),
      ],
    },
    {
      name: 'unregistered code nobody is known to use',
      code: 'reply.code(299);',
      errors: [{ ...unregistered('299', '', '200'), line: 1, column: 12 }],
    },
    {
      name: 'allowing one vendor does not allow another',
      code: 'res.status(520);',
      options: [{ allowVendors: ['nginx'] }],
      errors: [{ ...unregistered('520', '; Cloudflare: Web Server Returns an Unknown Error', '500'), line: 1, column: 12 }],
    },
    {
      name: "a stoker constant that names an unregistered code, whatever no-magic-status's provider",
      code: "import * as HttpStatusCodes from 'stoker/http-status-codes';\nres.status(HttpStatusCodes.METHOD_FAILURE);",
      errors: [
        {
          ...unregistered('HttpStatusCodes.METHOD_FAILURE (420)', '; used by spring, twitter', '400'),
          ...locate(
            "import * as HttpStatusCodes from 'stoker/http-status-codes';\nres.status(HttpStatusCodes.METHOD_FAILURE);",
            'HttpStatusCodes.METHOD_FAILURE',
          ),
        },
      ],
    },
    {
      name: 'a constant that names an unregistered code',
      code: "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.METHOD_FAILURE);",
      errors: [
        {
          ...unregistered('StatusCodes.METHOD_FAILURE (420)', '; used by spring, twitter', '400'),
          ...locate(
            "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.METHOD_FAILURE);",
            'StatusCodes.METHOD_FAILURE',
          ),
        },
      ],
    },
    {
      name: 'an aliased constant for 419',
      code: "import { StatusCodes as S } from 'http-status-codes';\nthrow new HttpException('x', S.INSUFFICIENT_SPACE_ON_RESOURCE);",
      errors: [
        {
          ...unregistered('S.INSUFFICIENT_SPACE_ON_RESOURCE (419)', '; used by laravel, spring', '400'),
          line: 2,
          column: 30,
        },
      ],
    },
    {
      name: 'nest constant for a non-IANA code',
      code: "import { HttpStatus } from '@nestjs/common';\nclass C { @HttpCode(HttpStatus.CONTENT_DIFFERENT) m() {} }",
      errors: [{ ...unregistered('HttpStatus.CONTENT_DIFFERENT (210)', '', '200'), line: 2, column: 21 }],
    },
    {
      name: 'deprecated 305',
      code: 'res.status(305);',
      errors: [
        exactly(
          '305 is deprecated: use another code. Use Proxy (RFC 9110 section 15.4.6) is deprecated because clients ignore it for security reasons.',
          {
            line: 1,
            column: 12,
          },
        ),
      ],
    },
    {
      name: 'obsoleted 510',
      code: 'reply.code(510);',
      errors: [
        {
          messageId: 'deprecatedStatus',
          data: {
            subject: '510',
            phrase: 'Not Extended',
            citation: 'RFC 2774',
            reason: 'the HTTP extension framework of RFC 2774 was moved to Historic',
          },
          line: 1,
          column: 12,
        },
      ],
    },
    {
      name: 'unused 306',
      code: 'res.redirect(306, "/x");',
      errors: [
        exactly('306 is reserved and unused: use a status code that HTTP defines. See RFC 9110 section 15.4.7.', { line: 1, column: 14 }),
      ],
    },
    {
      name: 'unused 418, also with allowDeprecated',
      code: 'res.status(418);',
      options: [{ allowDeprecated: true }],
      errors: [{ messageId: 'unusedStatus', data: { subject: '418', citation: 'RFC 9110 section 15.5.19' }, line: 1, column: 12 }],
    },
    {
      name: 'not a status: Express and Node throw',
      code: 'res.status(1000);',
      errors: [
        exactly(
          "1000 is not an HTTP status code: use a registered one. RFC 9110 section 15 allows 100 to 599, and Express 5 and Node's http module throw RangeError for codes outside 100-999.",
          { line: 1, column: 12 },
        ),
      ],
    },
    {
      name: 'not a status but accepted by Node: no run-time remark',
      code: 'res.writeHead(600);',
      errors: [{ messageId: 'notAStatus', data: { subject: '600', consequence: '' }, line: 1, column: 15 }],
    },
    {
      name: 'not a status: Fastify throws',
      code: 'reply.code(600);',
      errors: [
        {
          messageId: 'notAStatus',
          data: { subject: '600', consequence: ', and Fastify throws FST_ERR_BAD_STATUS_CODE for codes outside 100-599' },
          line: 1,
          column: 12,
        },
      ],
    },
    {
      name: 'not a status: negative and fractional numbers',
      code: 'ctx.status = -1;\nres.sendStatus(200.5);',
      errors: [
        {
          messageId: 'notAStatus',
          data: { subject: '-1', consequence: ', and Koa throws for codes outside 100-999' },
          line: 1,
          column: 14,
        },
        {
          messageId: 'notAStatus',
          data: { subject: '200.5', consequence: ", and Express 5 and Node's http module throw RangeError for codes outside 100-999" },
          line: 2,
          column: 16,
        },
      ],
    },
    {
      name: 'not a status in a Response',
      code: 'new Response(body, { status: 99 });',
      errors: [
        {
          messageId: 'notAStatus',
          data: { subject: '99', consequence: ', and the Fetch Response constructor throws RangeError for statuses outside 200-599' },
          line: 1,
          column: 30,
        },
      ],
    },
    {
      name: 'a 1xx code the Fetch Response rejects',
      code: 'return new Response(null, { status: 101 });',
      errors: [
        exactly(
          '101 is rejected by this API: use a code it accepts. The Fetch Response constructor throws RangeError for statuses outside 200-599.',
          { line: 1, column: 37 },
        ),
      ],
    },
    {
      name: 'Hono builds Fetch responses',
      code: "app.get('/', (c) => c.body(null, 103));",
      errors: [
        {
          messageId: 'rejectedAtRuntime',
          data: {
            subject: '103',
            consequence: "Hono's Fetch Response throws RangeError for statuses outside 200-599",
          },
          line: 1,
          column: 34,
        },
      ],
    },
    {
      name: 'Response.redirect() takes only redirect statuses',
      code: 'return Response.redirect(url, 300);',
      errors: [
        {
          messageId: 'rejectedAtRuntime',
          data: {
            subject: '300',
            consequence: 'Response.redirect() throws RangeError for codes other than 301-303, 307 and 308',
          },
          line: 1,
          column: 31,
        },
      ],
    },
    {
      name: 'NextResponse.redirect() takes only redirect statuses',
      code: 'return NextResponse.redirect(url, 200);',
      errors: [
        {
          messageId: 'rejectedAtRuntime',
          data: { subject: '200', consequence: 'NextResponse.redirect() throws RangeError for codes other than 301-303, 307 and 308' },
          line: 1,
          column: 35,
        },
      ],
    },
    {
      name: 'SvelteKit error() takes only 4xx and 5xx',
      code: "import { error } from '@sveltejs/kit';\nerror(302, 'moved');",
      errors: [
        {
          messageId: 'rejectedAtRuntime',
          data: { subject: '302', consequence: "SvelteKit's error() throws for codes outside 400-599" },
          line: 2,
          column: 7,
        },
      ],
    },
    {
      name: 'checkReads reports comparisons and assertions',
      code: 'if (res.status === 520) retry();\nexpect(res.statusCode).toBe(499);',
      options: [{ checkReads: true }],
      errors: [
        { ...unregistered('520', '; Cloudflare: Web Server Returns an Unknown Error', '500'), line: 1, column: 20 },
        {
          ...unregistered('499', '; used by esri, nginx', '400'),
          line: 2,
          column: 29,
        },
      ],
    },
  ],
});
