// No constants package in the project's dependencies: the message says what to run, and the
// editor offers each choice that is installed (resolvable from the file) or built in and safe
// where the status stands. The projects live in a temp folder, away from the repository's own
// node_modules.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import espree from 'espree';
import { afterAll, describe, expect, it } from 'vitest';

import rule from '../../rules/no-magic-status.js';
import { createTester, exactly, locate } from '../rule-tester.js';

const work = mkdtempSync(path.join(tmpdir(), 'http-status-no-provider-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project folder with a package.json that lists no dependency, and these packages installed. */
function project(name: string, installed: Record<string, string> = {}): (file: string) => string {
  const root = path.join(work, name);
  mkdirSync(root);
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name, private: true }));
  for (const [pkg, version] of Object.entries(installed)) {
    mkdirSync(path.join(root, 'node_modules', pkg), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', pkg, 'package.json'), JSON.stringify({ name: pkg, version }));
  }
  return (file) => path.join(root, 'src', file);
}

const empty = project('empty');
const withCodes = project('with-codes', { 'http-status-codes': '2.3.0' });
const withOldHttpStatus = project('with-old-http-status', { 'http-status': '1.7.4' });
const withAngular = project('with-angular', { '@angular/common': '20.3.35' });

const notFound404 =
  'No constants package to name 404: run `npm i http-status-codes` or set `provider` (choices in the rule docs). ' +
  '404 is Not Found, RFC 9110 section 15.5.5.';
const created201 =
  'No constants package to name 201: run `npm i http-status-codes` or set `provider` (choices in the rule docs). ' +
  '201 is Created, RFC 9110 section 15.3.2.';

describe('the message without a constants package', () => {
  it('says what is wrong and what to run in a first sentence under 120 characters, the whole under 200', () => {
    // The RuleTester cases below check that the rule reports exactly this text.
    const firstSentence = notFound404.slice(0, notFound404.indexOf('. ') + 1);
    expect(firstSentence).toBe(
      'No constants package to name 404: run `npm i http-status-codes` or set `provider` (choices in the rule docs).',
    );
    expect(firstSentence.length).toBeLessThan(120);
    expect(notFound404.length).toBeLessThan(200);
  });
});

function suggestion(code: string, constant: string, module: string, output: string) {
  return { messageId: 'useConstantFrom' as const, data: { code, constant, module }, output };
}

const javascript = { parser: espree, sourceType: 'module' } as never;
const commonJs = { parser: espree, sourceType: 'commonjs' } as never;

createTester().run('no-magic-status without a constants package', rule, {
  valid: [],
  invalid: [
    {
      name: 'nothing installed, no Node module: the message alone',
      code: 'if (response.status === 404) retry();',
      filename: empty('client.ts'),
      output: null,
      errors: [exactly(notFound404, { ...locate('if (response.status === 404) retry();', '404'), suggestions: [] })],
    },
    {
      name: 'an Express call in TypeScript: the installed package, then node:http2 (its `number` fits the parameter)',
      code: 'app.post("/users", (req, res) => {\n  res.status(201).json(user);\n});',
      filename: withCodes('routes.ts'),
      output: null,
      errors: [
        exactly(created201, {
          ...locate('app.post("/users", (req, res) => {\n  res.status(201).json(user);\n});', '201'),
          suggestions: [
            suggestion(
              '201',
              'StatusCodes.CREATED',
              'http-status-codes',
              'import { StatusCodes } from "http-status-codes";\n\napp.post("/users", (req, res) => {\n  res.status(StatusCodes.CREATED).json(user);\n});',
            ),
            suggestion(
              '201',
              'constants.HTTP_STATUS_CREATED',
              'node:http2',
              'import { constants } from "node:http2";\n\napp.post("/users", (req, res) => {\n  res.status(constants.HTTP_STATUS_CREATED).json(user);\n});',
            ),
          ],
        }),
      ],
    },
    {
      name: "a Fastify route's response key: the suggestion writes a computed key and adds the import",
      code: "fastify.get('/', { schema: { response: { 201: Task } } }, handler);",
      filename: withCodes('routes.ts'),
      output: null,
      errors: [
        exactly(created201, {
          ...locate("fastify.get('/', { schema: { response: { 201: Task } } }, handler);", '201'),
          suggestions: [
            suggestion(
              '201',
              'StatusCodes.CREATED',
              'http-status-codes',
              "import { StatusCodes } from 'http-status-codes';\n\nfastify.get('/', { schema: { response: { [StatusCodes.CREATED]: Task } } }, handler);",
            ),
          ],
        }),
      ],
    },
    {
      name: 'a TypeScript comparison in a Node file: no node:http2, whose `number` would stop the narrowing',
      code: "import { request } from 'node:http';\n\nif (response.status === 404) retry();",
      filename: withCodes('client.ts'),
      output: null,
      errors: [
        exactly(notFound404, {
          ...locate("import { request } from 'node:http';\n\nif (response.status === 404) retry();", '404'),
          suggestions: [
            suggestion(
              '404',
              'StatusCodes.NOT_FOUND',
              'http-status-codes',
              "import { request } from 'node:http';\nimport { StatusCodes } from 'http-status-codes';\n\nif (response.status === StatusCodes.NOT_FOUND) retry();",
            ),
          ],
        }),
      ],
    },
    {
      name: 'the same comparison in JavaScript: node:http2 too, in the CommonJS form',
      code: "const http = require('node:http');\nif (response.status === 404) retry();",
      filename: empty('client.js'),
      languageOptions: commonJs,
      output: null,
      errors: [
        exactly(notFound404, {
          ...locate("const http = require('node:http');\nif (response.status === 404) retry();", '404'),
          suggestions: [
            suggestion(
              '404',
              'constants.HTTP_STATUS_NOT_FOUND',
              'node:http2',
              "const http = require('node:http');\nconst { constants } = require('node:http2');\nif (response.status === constants.HTTP_STATUS_NOT_FOUND) retry();",
            ),
          ],
        }),
      ],
    },
    {
      name: 'a returned Hono response in TypeScript: no node:http2, whose `number` Hono rejects',
      code: "import { Hono } from 'hono';\nimport { readFile } from 'node:fs/promises';\n\napp.get('/', (c) => c.json(body, 404));",
      filename: empty('app.ts'),
      output: null,
      errors: [
        exactly(notFound404, {
          ...locate(
            "import { Hono } from 'hono';\nimport { readFile } from 'node:fs/promises';\n\napp.get('/', (c) => c.json(body, 404));",
            '404',
          ),
          suggestions: [],
        }),
      ],
    },
    {
      name: 'a const assertion in TypeScript: no node:http2, whose `number` is not the literal type',
      code: "import http from 'node:http';\n\nres.status(404 as const);",
      filename: withCodes('handler.ts'),
      output: null,
      errors: [
        exactly(notFound404, {
          ...locate("import http from 'node:http';\n\nres.status(404 as const);", '404'),
          suggestions: [
            suggestion(
              '404',
              'StatusCodes.NOT_FOUND',
              'http-status-codes',
              "import http from 'node:http';\nimport { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.NOT_FOUND);",
            ),
          ],
        }),
      ],
    },
    {
      name: 'a Fetch Response built in a Node TypeScript file: node:http2 fits its `number` status',
      code: "import http from 'node:http';\n\nconst response = new Response(null, { status: 404 });",
      filename: empty('handler.ts'),
      output: null,
      errors: [
        exactly(notFound404, {
          ...locate("import http from 'node:http';\n\nconst response = new Response(null, { status: 404 });", '404'),
          suggestions: [
            suggestion(
              '404',
              'constants.HTTP_STATUS_NOT_FOUND',
              'node:http2',
              "import http from 'node:http';\nimport { constants } from 'node:http2';\n\nconst response = new Response(null, { status: constants.HTTP_STATUS_NOT_FOUND });",
            ),
          ],
        }),
      ],
    },
    {
      name: 'http-status 1.x is not offered: its exports have another shape',
      code: 'res.sendStatus(404);',
      filename: withOldHttpStatus('server.js'),
      languageOptions: javascript,
      output: null,
      errors: [
        exactly(notFound404, {
          ...locate('res.sendStatus(404);', '404'),
          suggestions: [
            suggestion(
              '404',
              'constants.HTTP_STATUS_NOT_FOUND',
              'node:http2',
              "import { constants } from 'node:http2';\n\nres.sendStatus(constants.HTTP_STATUS_NOT_FOUND);",
            ),
          ],
        }),
      ],
    },
    {
      name: "Angular is offered to ES modules only: Node's require cannot load it",
      code: 'res.sendStatus(404);',
      filename: withAngular('server.js'),
      languageOptions: javascript,
      output: null,
      errors: [
        exactly(notFound404, {
          ...locate('res.sendStatus(404);', '404'),
          suggestions: [
            suggestion(
              '404',
              'HttpStatusCode.NotFound',
              '@angular/common/http',
              "import { HttpStatusCode } from '@angular/common/http';\n\nres.sendStatus(HttpStatusCode.NotFound);",
            ),
            suggestion(
              '404',
              'constants.HTTP_STATUS_NOT_FOUND',
              'node:http2',
              "import { constants } from 'node:http2';\n\nres.sendStatus(constants.HTTP_STATUS_NOT_FOUND);",
            ),
          ],
        }),
      ],
    },
    {
      name: 'Angular in CommonJS: node:http2 only, required before the packages as a built-in',
      code: "const express = require('express');\nres.sendStatus(404);",
      filename: withAngular('server.cjs'),
      languageOptions: commonJs,
      output: null,
      errors: [
        exactly(notFound404, {
          ...locate("const express = require('express');\nres.sendStatus(404);", '404'),
          suggestions: [
            suggestion(
              '404',
              'constants.HTTP_STATUS_NOT_FOUND',
              'node:http2',
              "const { constants } = require('node:http2');\nconst express = require('express');\nres.sendStatus(constants.HTTP_STATUS_NOT_FOUND);",
            ),
          ],
        }),
      ],
    },
    {
      name: 'provider "none": the message, no suggestion',
      code: 'res.sendStatus(404);',
      filename: withCodes('server.ts'),
      options: [{ provider: 'none' }],
      output: null,
      errors: [exactly(notFound404, { ...locate('res.sendStatus(404);', '404'), suggestions: [] })],
    },
  ],
});
