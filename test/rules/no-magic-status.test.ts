import espree from 'espree';

import rule from '../../rules/no-magic-status.js';
import { commonJsScript, createTester, fixtureFile, locate } from '../rule-tester.js';

const tester = createTester();

const hsc = { provider: 'http-status-codes' } as const;

/** One report of `literal` in `code`, whose fix (asserted by the case's `output`) writes `constant`; no suggestion repeats the fix. */
function fixedTo(code: string, literal: string, constant: string, note: Named, occurrence = 1) {
  return {
    messageId: 'magicStatus' as const,
    data: { code: literal, constant, ...note },
    ...locate(code, literal, occurrence),
  };
}

/** One report of `code` whose only edit is a suggestion that also adds `statement`. */
function suggestedWithImport(code: string, output: string, literal: string, constant: string, note: Named, statement: string) {
  return {
    messageId: 'magicStatus' as const,
    data: { code: literal, constant, ...note },
    ...locate(code, literal),
    suggestions: [{ messageId: 'useConstantWithImport' as const, data: { code: literal, constant, statement }, output }],
  };
}

/** What the message adds to a constant: the registry's name where the constant's differs, and where the code is defined. */
interface Named {
  readonly registryName: string;
  readonly citation: string;
}
const named = (citation: string, registryName = ''): Named => ({ registryName, citation });
const notFound = named('RFC 9110 section 15.5.5');
const created = named('RFC 9110 section 15.3.2');
const ok = named('RFC 9110 section 15.3.1');
const serverError = named('RFC 9110 section 15.6.1');
const notFoundMeaning = 'Not Found, RFC 9110 section 15.5.5';

const withConstants = "import { StatusCodes } from 'http-status-codes';\n";
const mswStatuses = `${withConstants}import { HttpResponse } from 'msw';\nnew HttpResponse(null, { status: 404 });\nHttpResponse.xml(doc, { status: 201 });`;
const nextMiddleware = `${withConstants}export function middleware(request) {\n  if (missing) return NextResponse.rewrite(new URL('/missing', request.url), { status: 404 });\n  return NextResponse.next({ status: 403 });\n}`;
const ternary = `${withConstants}app.get('/', (req, res) => res.status(found ? 200 : 404).end());`;
const fallbacks = `${withConstants}res.status(err.status ?? 500);\nreply.code(code || 404);`;
const casts = `${withConstants}res.status(201 as number);\nreply.code(404!);`;
const sameFileConstant = `${withConstants}const MISSING = 404;\nres.status(MISSING);\nctx.status = MISSING;`;

/**
 * The repository installs every constants package, so a file in a fixture project without one in
 * its dependencies is offered each (in auto-detection order), then node:http2 for an Express call.
 */
const installedChoices404 = [
  ["import { HttpStatus } from '@nestjs/common';", 'HttpStatus.NOT_FOUND', '@nestjs/common'],
  ["import { StatusCodes } from 'http-status-codes';", 'StatusCodes.NOT_FOUND', 'http-status-codes'],
  ["import httpStatus from 'http-status';", 'httpStatus.NOT_FOUND', 'http-status'],
  ["import { HttpStatusCode } from '@angular/common/http';", 'HttpStatusCode.NotFound', '@angular/common/http'],
  ["import * as HttpStatusCodes from 'stoker/http-status-codes';", 'HttpStatusCodes.NOT_FOUND', 'stoker/http-status-codes'],
  ["import { constants } from 'node:http2';", 'constants.HTTP_STATUS_NOT_FOUND', 'node:http2'],
].map(([declaration, constant, module]) => ({
  messageId: 'useConstantFrom' as const,
  data: { code: '404', constant: constant!, module: module! },
  output: `${declaration}\n\nres.status(${constant});`,
}));

tester.run('no-magic-status', rule, {
  valid: [
    // Numbers that are not statuses
    'setTimeout(flush, 500);',
    'const box = { width: 200, height: 404 };',
    'server.listen(3000);',
    'app.listen(8080, () => {});',
    'const page = limit(100);',
    'if (list.length === 404) {}',
    'const n = items.length > 200;',
    "const s = 'res.status(404)';",
    'const t = `res.status(404)`;',
    '// res.status(404)\nconst x = 1;',
    '/* reply.code(201) */ const y = 2;',
    'type Result = { status: 200; body: string };',
    'interface Shape { status: 404 }',
    'function f(x: 200 | 404) {}',
    'enum Status { NotFound = 404, Created = 201 }',
    'const NOT_FOUND = 404;',
    'const statuses = { NOT_FOUND: 404 };',
    'const retries = new Array(404);',
    'const value = table[404];',
    "http.get({ host: 'localhost', port: 8080 });",
    'res.json({ count: 404, total: 500 });',
    "res.setHeader('Content-Length', 200);",
    'process.exitCode = 1;',
    'server.timeout = 500;',
    'expect(items.length).toBe(200);',
    'expect(total).toEqual(404);',
    'assert.equal(count, 404);',
    'const { status } = spawnSync("ls"); if (status === 0) {}',
    'if (child.status === 127) {}',
    'if (result.status === 2) {}',
    'const ok = Math.floor(res.status / 100) === 2;',
    'const klass = status / 100;',
    'const isError = res.status % 100;',
    // Range checks are off by default
    'if (res.status >= 400) {}',
    'if (status < 300) {}',
    'expect(res.status).toBeGreaterThanOrEqual(500);',
    // Unknown receivers and functions
    'job.status(404);',
    'builder.code(201);',
    'git.status(200);',
    'error(404);',
    "redirect('/x', 301);",
    "import { redirect } from 'next/navigation';\nredirect('/x', 301);",
    'c.json(data);',
    'new Response(body, { headers: { "x-count": 404 } });',
    'const result = { statusCode: 200 };',
    // Statuses from variables and constants
    "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND);",
    'res.status(code);',
    'res.status(error.status ?? 500 + offset);',
    // Not a status code at all: no-unknown-status speaks to those
    'res.status(42);',
    'res.status(-1);',
    'res.status(1000);',
    'res.status(404.5);',
    // Options
    { code: 'res.status(200);', options: [{ ...hsc, ignore: [200] }] },
    { code: 'if (r.status === 404) {}', options: [{ ...hsc, checkComparisons: false }] },
    { code: 'switch (r.status) { case 404: }', options: [{ ...hsc, checkComparisons: false }] },
    { code: 'expect(res.status).toBe(200);', options: [{ ...hsc, checkTests: false }] },
    { code: "request(app).get('/').expect(200);", options: [{ ...hsc, checkTests: false }] },
    // Plain JavaScript through espree
    { code: 'const port = 3000; setTimeout(() => {}, 500);', languageOptions: { parser: espree } },
  ],
  invalid: [
    {
      name: 'next middleware NextResponse.rewrite(url, { status }) and NextResponse.next({ status })',
      code: nextMiddleware,
      output: nextMiddleware.replace('404', 'StatusCodes.NOT_FOUND').replace('403', 'StatusCodes.FORBIDDEN'),
      errors: [
        fixedTo(nextMiddleware, '404', 'StatusCodes.NOT_FOUND', notFound),
        fixedTo(nextMiddleware, '403', 'StatusCodes.FORBIDDEN', named('RFC 9110 section 15.5.4')),
      ],
    },
    {
      name: 'msw new HttpResponse(b, { status }) and HttpResponse.xml(b, { status })',
      code: mswStatuses,
      output: mswStatuses.replace('404', 'StatusCodes.NOT_FOUND').replace('201', 'StatusCodes.CREATED'),
      errors: [fixedTo(mswStatuses, '404', 'StatusCodes.NOT_FOUND', notFound), fixedTo(mswStatuses, '201', 'StatusCodes.CREATED', created)],
    },
    // The value model: every literal leaf of a status expression is its own report and fix.
    {
      name: 'value model: both branches of a ternary, two reports and two fixes',
      code: ternary,
      output: ternary.replace('200', 'StatusCodes.OK').replace('404', 'StatusCodes.NOT_FOUND'),
      errors: [fixedTo(ternary, '200', 'StatusCodes.OK', ok), fixedTo(ternary, '404', 'StatusCodes.NOT_FOUND', notFound)],
    },
    {
      name: 'value model: the fallbacks of ?? and ||',
      code: fallbacks,
      output: fallbacks.replace('500', 'StatusCodes.INTERNAL_SERVER_ERROR').replace('404', 'StatusCodes.NOT_FOUND'),
      errors: [
        fixedTo(fallbacks, '500', 'StatusCodes.INTERNAL_SERVER_ERROR', serverError),
        fixedTo(fallbacks, '404', 'StatusCodes.NOT_FOUND', notFound),
      ],
    },
    {
      name: 'value model: through a cast and a non-null assertion',
      code: casts,
      output: casts.replace('201', 'StatusCodes.CREATED').replace('404', 'StatusCodes.NOT_FOUND'),
      errors: [fixedTo(casts, '201', 'StatusCodes.CREATED', created), fixedTo(casts, '404', 'StatusCodes.NOT_FOUND', notFound)],
    },
    {
      name: 'value model: a same-file constant used twice is reported once, at its literal',
      code: sameFileConstant,
      output: sameFileConstant.replace('404', 'StatusCodes.NOT_FOUND'),
      errors: [fixedTo(sameFileConstant, '404', 'StatusCodes.NOT_FOUND', notFound)],
    },
    {
      name: 'adds the ESM import when the provider is configured but not imported',
      code: "import express from 'express';\napp.get('/', (req, res) => res.status(404).end());",
      options: [hsc],
      output:
        "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
      errors: [
        fixedTo(
          "import express from 'express';\napp.get('/', (req, res) => res.status(404).end());",
          '404',
          'StatusCodes.NOT_FOUND',
          notFound,
        ),
      ],
    },
    {
      name: 'matches double quotes and no semicolons',
      code: 'import express from "express"\nres.status(201)',
      options: [hsc],
      output: 'import express from "express"\nimport { StatusCodes } from "http-status-codes"\nres.status(StatusCodes.CREATED)',
      errors: [fixedTo('import express from "express"\nres.status(201)', '201', 'StatusCodes.CREATED', created)],
    },
    {
      name: 'respects an aliased import',
      code: "import { StatusCodes as S } from 'http-status-codes';\nreply.code(201);",
      output: "import { StatusCodes as S } from 'http-status-codes';\nreply.code(S.CREATED);",
      errors: [fixedTo("import { StatusCodes as S } from 'http-status-codes';\nreply.code(201);", '201', 'S.CREATED', created)],
    },
    {
      name: 'respects a namespace import',
      code: "import * as hsc from 'http-status-codes';\nreply.code(201);",
      output: "import * as hsc from 'http-status-codes';\nreply.code(hsc.StatusCodes.CREATED);",
      errors: [fixedTo("import * as hsc from 'http-status-codes';\nreply.code(201);", '201', 'hsc.StatusCodes.CREATED', created)],
    },
    {
      name: 'merges into an existing import of the module',
      code: "import { ReasonPhrases } from 'http-status-codes';\nres.status(404).send(ReasonPhrases.NOT_FOUND);",
      output:
        "import { ReasonPhrases, StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND).send(ReasonPhrases.NOT_FOUND);",
      errors: [
        fixedTo(
          "import { ReasonPhrases } from 'http-status-codes';\nres.status(404).send(ReasonPhrases.NOT_FOUND);",
          '404',
          'StatusCodes.NOT_FOUND',
          notFound,
        ),
      ],
    },
    {
      name: 'does not merge into a type-only import',
      code: "import type { ReasonPhrases } from 'http-status-codes';\nres.status(404);",
      output:
        "import type { ReasonPhrases } from 'http-status-codes';\nimport { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND);",
      errors: [
        fixedTo("import type { ReasonPhrases } from 'http-status-codes';\nres.status(404);", '404', 'StatusCodes.NOT_FOUND', notFound),
      ],
    },
    {
      name: 'uses a destructured require',
      code: "const { StatusCodes } = require('http-status-codes');\nres.status(404);",
      output: "const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.NOT_FOUND);",
      errors: [
        fixedTo("const { StatusCodes } = require('http-status-codes');\nres.status(404);", '404', 'StatusCodes.NOT_FOUND', notFound),
      ],
    },
    {
      name: 'uses a renamed destructured require',
      code: "const { StatusCodes: Codes } = require('http-status-codes');\nres.status(404);",
      output: "const { StatusCodes: Codes } = require('http-status-codes');\nres.status(Codes.NOT_FOUND);",
      errors: [
        fixedTo("const { StatusCodes: Codes } = require('http-status-codes');\nres.status(404);", '404', 'Codes.NOT_FOUND', notFound),
      ],
    },
    {
      name: 'uses a whole-module require',
      code: "const hsc = require('http-status-codes');\nres.status(404);",
      output: "const hsc = require('http-status-codes');\nres.status(hsc.StatusCodes.NOT_FOUND);",
      errors: [fixedTo("const hsc = require('http-status-codes');\nres.status(404);", '404', 'hsc.StatusCodes.NOT_FOUND', notFound)],
    },
    {
      name: 'merges into a destructured require of the module',
      code: "const { getReasonPhrase } = require('http-status-codes');\nres.status(404).send(getReasonPhrase(404));",
      output:
        "const { getReasonPhrase, StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.NOT_FOUND).send(getReasonPhrase(404));",
      errors: [
        fixedTo(
          "const { getReasonPhrase } = require('http-status-codes');\nres.status(404).send(getReasonPhrase(404));",
          '404',
          'StatusCodes.NOT_FOUND',
          notFound,
        ),
      ],
    },
    {
      name: 'adds a require after the leading requires of a CommonJS file, below use strict',
      code: "'use strict';\nconst express = require('express');\nconst router = express.Router();\nrouter.get('/', (req, res) => res.sendStatus(404));\nmodule.exports = router;",
      options: [hsc],
      output:
        "'use strict';\nconst express = require('express');\nconst { StatusCodes } = require('http-status-codes');\nconst router = express.Router();\nrouter.get('/', (req, res) => res.sendStatus(StatusCodes.NOT_FOUND));\nmodule.exports = router;",
      errors: [
        fixedTo(
          "'use strict';\nconst express = require('express');\nconst router = express.Router();\nrouter.get('/', (req, res) => res.sendStatus(404));\nmodule.exports = router;",
          '404',
          'StatusCodes.NOT_FOUND',
          notFound,
        ),
      ],
    },
    {
      name: 'writes a require in a CommonJS file without imports (module.exports)',
      code: 'module.exports = (req, res) => res.status(201).end();',
      options: [hsc],
      output:
        "const { StatusCodes } = require('http-status-codes');\n\nmodule.exports = (req, res) => res.status(StatusCodes.CREATED).end();",
      errors: [fixedTo('module.exports = (req, res) => res.status(201).end();', '201', 'StatusCodes.CREATED', created)],
    },
    {
      name: "keeps 'use client' first and a JSDoc with its function",
      code: "'use client';\n// Copyright header\n\n/** Handler. */\nexport function GET() { return Response.json(x, { status: 201 }); }",
      options: [hsc],
      output:
        "'use client';\n// Copyright header\n\nimport { StatusCodes } from 'http-status-codes';\n\n/** Handler. */\nexport function GET() { return Response.json(x, { status: StatusCodes.CREATED }); }",
      errors: [
        fixedTo(
          "'use client';\n// Copyright header\n\n/** Handler. */\nexport function GET() { return Response.json(x, { status: 201 }); }",
          '201',
          'StatusCodes.CREATED',
          created,
        ),
      ],
    },
    {
      name: 'reports without a fix when a local binding shadows the import',
      code: "import { StatusCodes } from 'http-status-codes';\nfunction h(res, StatusCodes) { res.status(404); }",
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { code: '404', constant: 'StatusCodes.NOT_FOUND', ...notFound },
          ...locate("import { StatusCodes } from 'http-status-codes';\nfunction h(res, StatusCodes) { res.status(404); }", '404'),
          suggestions: [],
        },
      ],
    },
    {
      name: 'reports without a fix when the name to import is taken',
      code: 'const StatusCodes = {};\nres.status(404);',
      options: [hsc],
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { code: '404', constant: 'StatusCodes.NOT_FOUND', ...notFound },
          line: 2,
          column: 12,
          suggestions: [],
        },
      ],
    },
    {
      name: 'reports without a fix when the name to import is an implicit global',
      code: 'res.status(404);\nconsole.log(StatusCodes);',
      options: [hsc],
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { code: '404', constant: 'StatusCodes.NOT_FOUND', ...notFound },
          line: 1,
          column: 12,
          suggestions: [],
        },
      ],
    },
    {
      name: 'reports a code the provider lacks, without a fix',
      code: "import { StatusCodes } from 'http-status-codes';\nres.status(425);",
      output: null,
      errors: [
        {
          messageId: 'magicStatusNoMember',
          data: { code: '425', meaning: 'Too Early, RFC 8470', provider: 'http-status-codes' },
          line: 2,
          column: 12,
        },
      ],
    },
    {
      name: 'reports without a fix when no provider is found, suggesting each installed one',
      code: 'res.status(404);',
      output: null,
      errors: [
        {
          messageId: 'magicStatusNoProvider',
          data: { code: '404', meaning: notFoundMeaning },
          line: 1,
          column: 12,
          suggestions: installedChoices404,
        },
      ],
    },
    {
      name: 'reports an unregistered code in range without a constant',
      code: 'res.status(499);',
      output: null,
      errors: [{ messageId: 'magicStatusNoProvider', data: { code: '499', meaning: 'not in the IANA registry' }, line: 1, column: 12 }],
    },
    {
      name: 'auto: prefers the package the file imports',
      code: "import { HttpStatus } from '@nestjs/common';\nthrow new HttpException('x', 404);",
      filename: fixtureFile('hsc-app', 'app.controller.ts'),
      output: "import { HttpStatus } from '@nestjs/common';\nthrow new HttpException('x', HttpStatus.NOT_FOUND);",
      errors: [
        fixedTo(
          "import { HttpStatus } from '@nestjs/common';\nthrow new HttpException('x', 404);",
          '404',
          'HttpStatus.NOT_FOUND',
          notFound,
        ),
      ],
    },
    {
      name: 'auto: merges into an existing @nestjs/common import',
      code: "import { Controller, HttpException } from '@nestjs/common';\nthrow new HttpException('x', 421);",
      output:
        "import { Controller, HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException('x', HttpStatus.MISDIRECTED);",
      errors: [
        fixedTo(
          "import { Controller, HttpException } from '@nestjs/common';\nthrow new HttpException('x', 421);",
          '421',
          'HttpStatus.MISDIRECTED',
          named('RFC 9110 section 15.5.20', ' (RFC 9110 name: Misdirected Request)'),
        ),
      ],
    },
    {
      // A .ts file with neither imports nor requires, in a package without "type": only a suggestion.
      name: 'auto: falls back to package.json dependencies, nest first',
      code: 'res.status(404);',
      filename: fixtureFile('nest-app', 'src/app.ts'),
      output: null,
      errors: [
        suggestedWithImport(
          'res.status(404);',
          "import { HttpStatus } from '@nestjs/common';\n\nres.status(HttpStatus.NOT_FOUND);",
          '404',
          'HttpStatus.NOT_FOUND',
          notFound,
          "import { HttpStatus } from '@nestjs/common';",
        ),
      ],
    },
    {
      name: 'auto: http-status from package.json uses the default import',
      code: 'res.status(302);',
      filename: fixtureFile('http-status-app', 'server.ts'),
      output: null,
      errors: [
        suggestedWithImport(
          'res.status(302);',
          "import httpStatus from 'http-status';\n\nres.status(httpStatus.FOUND);",
          '302',
          'httpStatus.FOUND',
          named('RFC 9110 section 15.4.3'),
          "import httpStatus from 'http-status';",
        ),
      ],
    },
    {
      name: 'auto: @angular/common from peerDependencies',
      code: 'if (error.status === 404) {}',
      filename: fixtureFile('angular-app', 'api.service.ts'),
      output: null,
      errors: [
        suggestedWithImport(
          'if (error.status === 404) {}',
          "import { HttpStatusCode } from '@angular/common/http';\n\nif (error.status === HttpStatusCode.NotFound) {}",
          '404',
          'HttpStatusCode.NotFound',
          notFound,
          "import { HttpStatusCode } from '@angular/common/http';",
        ),
      ],
    },
    {
      name: 'auto: a devDependency alone is not imported into code',
      code: 'res.status(404);',
      filename: fixtureFile('dev-only', 'server.ts'),
      output: null,
      errors: [
        {
          messageId: 'magicStatusNoProvider',
          data: { code: '404', meaning: notFoundMeaning },
          line: 1,
          column: 12,
          suggestions: installedChoices404,
        },
      ],
    },
    {
      name: 'http-status: adds the default import next to named ones',
      code: "import { status as s } from 'http-status';\nres.status(404);",
      output: "import { status as s } from 'http-status';\nres.status(s.NOT_FOUND);",
      errors: [fixedTo("import { status as s } from 'http-status';\nres.status(404);", '404', 's.NOT_FOUND', notFound)],
    },
    {
      name: 'stoker: a namespace import of stoker/http-status-codes, suggested where package.json does not list it',
      code: "app.get('/x', (c) => c.json({ error: 'gone' }, 404));",
      options: [{ provider: 'stoker' }],
      output: null,
      errors: [
        suggestedWithImport(
          "app.get('/x', (c) => c.json({ error: 'gone' }, 404));",
          "import * as HttpStatusCodes from 'stoker/http-status-codes';\n\napp.get('/x', (c) => c.json({ error: 'gone' }, HttpStatusCodes.NOT_FOUND));",
          '404',
          'HttpStatusCodes.NOT_FOUND',
          notFound,
          "import * as HttpStatusCodes from 'stoker/http-status-codes';",
        ),
      ],
    },
    {
      name: 'stoker: the own namespace name of the file, under "auto"',
      code: "import * as S from 'stoker/http-status-codes';\napp.get('/x', (c) => c.json({}, 404));",
      output: "import * as S from 'stoker/http-status-codes';\napp.get('/x', (c) => c.json({}, S.NOT_FOUND));",
      errors: [
        fixedTo("import * as S from 'stoker/http-status-codes';\napp.get('/x', (c) => c.json({}, 404));", '404', 'S.NOT_FOUND', notFound),
      ],
    },
    {
      name: 'http-status in CommonJS destructures the status export',
      code: "const express = require('express');\nres.status(404);",
      options: [{ provider: 'http-status' }],
      output:
        "const express = require('express');\nconst { status: httpStatus } = require('http-status');\nres.status(httpStatus.NOT_FOUND);",
      errors: [fixedTo("const express = require('express');\nres.status(404);", '404', 'httpStatus.NOT_FOUND', notFound)],
    },
    {
      name: 'node:http2 constants',
      code: "import { constants } from 'node:http2';\nstream.respond({ ':status': 200 });\nres.writeHead(404);",
      output:
        "import { constants } from 'node:http2';\nstream.respond({ ':status': 200 });\nres.writeHead(constants.HTTP_STATUS_NOT_FOUND);",
      errors: [
        fixedTo(
          "import { constants } from 'node:http2';\nstream.respond({ ':status': 200 });\nres.writeHead(404);",
          '404',
          'constants.HTTP_STATUS_NOT_FOUND',
          notFound,
        ),
      ],
    },
    {
      name: 'node:http2 default import is the module',
      code: "import http2 from 'http2';\nres.writeHead(404);",
      output: "import http2 from 'http2';\nres.writeHead(http2.constants.HTTP_STATUS_NOT_FOUND);",
      errors: [fixedTo("import http2 from 'http2';\nres.writeHead(404);", '404', 'http2.constants.HTTP_STATUS_NOT_FOUND', notFound)],
    },
    {
      // Nothing in the file settles CommonJS or ESM: each site only suggests the import.
      name: 'several codes in a file that does not settle its module system: suggestions only',
      code: 'res.status(201);\nres.status(404);',
      options: [hsc],
      output: null,
      errors: [
        suggestedWithImport(
          'res.status(201);\nres.status(404);',
          "import { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.CREATED);\nres.status(404);",
          '201',
          'StatusCodes.CREATED',
          created,
          "import { StatusCodes } from 'http-status-codes';",
        ),
        suggestedWithImport(
          'res.status(201);\nres.status(404);',
          "import { StatusCodes } from 'http-status-codes';\n\nres.status(201);\nres.status(StatusCodes.NOT_FOUND);",
          '404',
          'StatusCodes.NOT_FOUND',
          notFound,
          "import { StatusCodes } from 'http-status-codes';",
        ),
      ],
    },
    {
      name: 'checkRanges reports relational checks',
      code: "import { StatusCodes } from 'http-status-codes';\nif (res.status >= 400) {}",
      options: [{ checkRanges: true }],
      output: "import { StatusCodes } from 'http-status-codes';\nif (res.status >= StatusCodes.BAD_REQUEST) {}",
      errors: [
        fixedTo(
          "import { StatusCodes } from 'http-status-codes';\nif (res.status >= 400) {}",
          '400',
          'StatusCodes.BAD_REQUEST',
          named('RFC 9110 section 15.5.1'),
        ),
      ],
    },
    {
      name: 'plain JavaScript through espree, script source type',
      code: "var hsc = require('http-status-codes');\nmodule.exports = function (req, res) { res.status(404).end(); };",
      languageOptions: commonJsScript,
      output:
        "var hsc = require('http-status-codes');\nmodule.exports = function (req, res) { res.status(hsc.StatusCodes.NOT_FOUND).end(); };",
      errors: [
        fixedTo(
          "var hsc = require('http-status-codes');\nmodule.exports = function (req, res) { res.status(404).end(); };",
          '404',
          'hsc.StatusCodes.NOT_FOUND',
          notFound,
        ),
      ],
    },
  ],
});
