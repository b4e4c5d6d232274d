// Fixes that never break a real project: the module system comes from the file, constants keep
// their literal types, custom providers are read from the real module, and imports look like
// the file's own. Each case states the exact output of the fix or of the only suggestion.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { TestLanguageOptions } from '@typescript-eslint/rule-tester';
import espree from 'espree';
import { afterAll } from 'vitest';

import rule from '../../rules/no-magic-status.js';
import { registryNameNote, statusCitation, statusMeaning } from '../../src/registry/describe.js';
import { createTester, fixtureFile, locate } from '../rule-tester.js';

const tester = createTester();
const hsc = { provider: 'http-status-codes' } as const;
const http2 = { provider: 'node:http2' } as const;
const javaScript = { parser: espree } as TestLanguageOptions;

/** The message data of `literal` reported with `constant` (the exact wording: test/registry.describe.test.ts). */
const magicData = (literal: string, constant: string) => ({
  code: literal,
  constant,
  registryName: registryNameNote(Number(literal), constant),
  citation: statusCitation(Number(literal)),
});

/** A report whose fix (asserted by the case's `output`) writes `constant`; no suggestion repeats the fix. */
function fixed(code: string, literal: string, constant: string, occurrence = 1) {
  return {
    messageId: 'magicStatus' as const,
    data: magicData(literal, constant),
    ...locate(code, literal, occurrence),
  };
}

/** A report without a fix, whose one suggestion writes `output` (adding `statement`, if given). */
function suggested(code: string, output: string, literal: string, constant: string, statement?: string) {
  return {
    messageId: 'magicStatus' as const,
    data: magicData(literal, constant),
    ...locate(code, literal),
    suggestions: [
      statement === undefined
        ? { messageId: 'useConstant' as const, data: { code: literal, constant }, output }
        : { messageId: 'useConstantWithImport' as const, data: { code: literal, constant, statement }, output },
    ],
  };
}

// The custom modules live in test/fixtures/custom-app; their paths are given from the project root,
// which is the tester's cwd for a file named relative to it (an absolute name makes it `/`).
const customApp = 'test/fixtures/custom-app';
const route = path.relative(process.cwd(), fixtureFile('custom-app', 'src/routes/users.ts'));
const express = "import express from 'express';\n";

// A constants package in node_modules, built where no other package.json or node_modules can interfere.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'http-status-fixes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const acme = path.join(scratch, 'node_modules', '@acme', 'http-status');
mkdirSync(acme, { recursive: true });
mkdirSync(path.join(scratch, 'src'));
writeFileSync(path.join(scratch, 'package.json'), '{ "name": "app", "type": "module" }');
writeFileSync(path.join(acme, 'package.json'), '{ "name": "@acme/http-status", "main": "dist/index.js", "types": "dist/index.d.ts" }');
mkdirSync(path.join(acme, 'dist'));
writeFileSync(
  path.join(acme, 'dist', 'index.js'),
  '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.Codes = void 0;\nexports.Codes = { OK: 200, NOT_FOUND: 404 };\n',
);
writeFileSync(
  path.join(acme, 'dist', 'index.d.ts'),
  'export declare const Codes: {\n    readonly OK: 200;\n    readonly NOT_FOUND: 404;\n};\n',
);

tester.run('no-magic-status: fixes that keep projects working', rule, {
  valid: [],
  invalid: [
    // Module system from the file
    {
      name: 'CommonJS whose only require sits inside an expression gets a require, whatever sourceType says',
      code: "const server = require('fastify')();\nserver.get('/', (request, reply) => reply.code(404).send());",
      filename: fixtureFile('no-deps', 'server.js'),
      languageOptions: javaScript,
      options: [hsc],
      output:
        "const server = require('fastify')();\nconst { StatusCodes } = require('http-status-codes');\nserver.get('/', (request, reply) => reply.code(StatusCodes.NOT_FOUND).send());",
      errors: [
        fixed(
          "const server = require('fastify')();\nserver.get('/', (request, reply) => reply.code(404).send());",
          '404',
          'StatusCodes.NOT_FOUND',
        ),
      ],
    },
    {
      name: 'a require nested in a call still makes the file CommonJS; the new require opens the file',
      code: "app.use(require('cors')());\napp.get('/', (req, res) => res.sendStatus(204));",
      filename: fixtureFile('no-deps', 'app.js'),
      languageOptions: javaScript,
      options: [hsc],
      output:
        "const { StatusCodes } = require('http-status-codes');\n\napp.use(require('cors')());\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
      errors: [fixed("app.use(require('cors')());\napp.get('/', (req, res) => res.sendStatus(204));", '204', 'StatusCodes.NO_CONTENT')],
    },
    {
      name: 'a .js file of a "type": "module" package gets an import',
      code: 'res.status(404);',
      filename: fixtureFile('esm-app', 'server.js'),
      languageOptions: javaScript,
      options: [hsc],
      output: "import { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.NOT_FOUND);",
      errors: [fixed('res.status(404);', '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: '.mjs is ESM by its extension',
      code: 'res.status(404);',
      filename: fixtureFile('no-deps', 'server.mjs'),
      languageOptions: javaScript,
      options: [hsc],
      output: "import { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.NOT_FOUND);",
      errors: [fixed('res.status(404);', '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: '.cjs is CommonJS by its extension, even in a "type": "module" package',
      code: 'res.status(404);',
      filename: fixtureFile('esm-app', 'server.cjs'),
      languageOptions: javaScript,
      options: [hsc],
      output: "const { StatusCodes } = require('http-status-codes');\n\nres.status(StatusCodes.NOT_FOUND);",
      errors: [fixed('res.status(404);', '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: '.cts is CommonJS by its extension',
      code: 'res.status(404);',
      filename: fixtureFile('no-deps', 'server.cts'),
      options: [hsc],
      output: "const { StatusCodes } = require('http-status-codes');\n\nres.status(StatusCodes.NOT_FOUND);",
      errors: [fixed('res.status(404);', '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: '.mts is ESM by its extension',
      code: 'res.status(404);',
      filename: fixtureFile('no-deps', 'server.mts'),
      options: [hsc],
      output: "import { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.NOT_FOUND);",
      errors: [fixed('res.status(404);', '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: 'a .js file that says nothing, in a package without "type": only a suggestion, naming the import it writes',
      code: 'res.status(404);',
      filename: fixtureFile('no-deps', 'server.js'),
      languageOptions: javaScript,
      options: [hsc],
      output: null,
      errors: [
        suggested(
          'res.status(404);',
          "import { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.NOT_FOUND);",
          '404',
          'StatusCodes.NOT_FOUND',
          "import { StatusCodes } from 'http-status-codes';",
        ),
      ],
    },
    {
      name: 'import statements in a .js file of a "type": "commonjs" package conflict: only a suggestion',
      code: "import express from 'express';\nres.status(404);",
      filename: fixtureFile('cjs-app', 'server.js'),
      languageOptions: javaScript,
      options: [hsc],
      output: null,
      errors: [
        suggested(
          "import express from 'express';\nres.status(404);",
          "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND);",
          '404',
          'StatusCodes.NOT_FOUND',
          "import { StatusCodes } from 'http-status-codes';",
        ),
      ],
    },
    {
      name: 'require in a "type": "module" package conflicts: the suggestion writes the require the file uses',
      code: "const express = require('express');\nres.status(404);",
      filename: fixtureFile('esm-app', 'server.js'),
      languageOptions: javaScript,
      options: [hsc],
      output: null,
      errors: [
        suggested(
          "const express = require('express');\nres.status(404);",
          "const express = require('express');\nconst { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.NOT_FOUND);",
          '404',
          'StatusCodes.NOT_FOUND',
          "const { StatusCodes } = require('http-status-codes');",
        ),
      ],
    },
    {
      name: 'a constant already imported is still a fix where the module system is in doubt',
      code: "import { StatusCodes } from 'http-status-codes';\nconst cors = require('cors');\nres.status(404);",
      filename: fixtureFile('cjs-app', 'server.js'),
      languageOptions: javaScript,
      output: "import { StatusCodes } from 'http-status-codes';\nconst cors = require('cors');\nres.status(StatusCodes.NOT_FOUND);",
      errors: [
        fixed(
          "import { StatusCodes } from 'http-status-codes';\nconst cors = require('cors');\nres.status(404);",
          '404',
          'StatusCodes.NOT_FOUND',
        ),
      ],
    },
    {
      name: 'a require the file defines itself (createRequire) does not make an ES module CommonJS',
      code: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst data = require('./data.json');\nres.status(404);",
      filename: fixtureFile('esm-app', 'server.js'),
      languageOptions: javaScript,
      options: [hsc],
      output:
        "import { createRequire } from 'node:module';\nimport { StatusCodes } from 'http-status-codes';\nconst require = createRequire(import.meta.url);\nconst data = require('./data.json');\nres.status(StatusCodes.NOT_FOUND);",
      errors: [
        fixed(
          "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst data = require('./data.json');\nres.status(404);",
          '404',
          'StatusCodes.NOT_FOUND',
        ),
      ],
    },

    // Literal types are kept
    {
      name: 'node:http2 in TypeScript: a comparison only gets a suggestion, since the constant is typed number',
      code: "import { constants } from 'node:http2';\nif (response.status === 422) {}",
      options: [http2],
      output: null,
      errors: [
        suggested(
          "import { constants } from 'node:http2';\nif (response.status === 422) {}",
          "import { constants } from 'node:http2';\nif (response.status === constants.HTTP_STATUS_UNPROCESSABLE_ENTITY) {}",
          '422',
          'constants.HTTP_STATUS_UNPROCESSABLE_ENTITY',
        ),
      ],
    },
    {
      name: 'node:http2 in TypeScript: a status passed to Express, which takes number, is still fixed',
      code: "import { constants } from 'node:http2';\napp.get('/', (req, res) => res.status(404).end());",
      options: [http2],
      output: "import { constants } from 'node:http2';\napp.get('/', (req, res) => res.status(constants.HTTP_STATUS_NOT_FOUND).end());",
      errors: [
        fixed(
          "import { constants } from 'node:http2';\napp.get('/', (req, res) => res.status(404).end());",
          '404',
          'constants.HTTP_STATUS_NOT_FOUND',
        ),
      ],
    },
    {
      name: "node:http2 in TypeScript: Hono's literal-typed status parameter only gets a suggestion",
      code: "import { constants } from 'node:http2';\napp.get('/', (c) => c.json({ ok: false }, 404));",
      options: [http2],
      output: null,
      errors: [
        suggested(
          "import { constants } from 'node:http2';\napp.get('/', (c) => c.json({ ok: false }, 404));",
          "import { constants } from 'node:http2';\napp.get('/', (c) => c.json({ ok: false }, constants.HTTP_STATUS_NOT_FOUND));",
          '404',
          'constants.HTTP_STATUS_NOT_FOUND',
        ),
      ],
    },
    {
      name: 'node:http2 in JavaScript: no types to keep, so a comparison is fixed',
      code: "import { constants } from 'node:http2';\nif (response.status === 422) {}",
      filename: fixtureFile('esm-app', 'client.js'),
      languageOptions: javaScript,
      options: [http2],
      output: "import { constants } from 'node:http2';\nif (response.status === constants.HTTP_STATUS_UNPROCESSABLE_ENTITY) {}",
      errors: [
        fixed(
          "import { constants } from 'node:http2';\nif (response.status === 422) {}",
          '422',
          'constants.HTTP_STATUS_UNPROCESSABLE_ENTITY',
        ),
      ],
    },
    {
      name: 'a custom object without `as const`: a stored status only gets a suggestion, with its import',
      code: `${express}const failed = { statusCode: 404, body: '' };`,
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/loose-status`, export: 'Status' } }],
      output: null,
      errors: [
        {
          ...suggested(
            `${express}const failed = { statusCode: 404, body: '' };`,
            `${express}import { Status } from '../lib/loose-status';\nconst failed = { statusCode: Status.NOT_FOUND, body: '' };`,
            '404',
            'Status.NOT_FOUND',
            "import { Status } from '../lib/loose-status';",
          ),
        },
      ],
    },

    // Custom providers read the real module
    {
      name: 'an `as const` object: names as the module spells them, imported by a path relative to the file',
      code: `${express}app.post('/', (req, res) => res.status(422).end());`,
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/http-status`, export: 'HttpStatus' } }],
      output: `${express}import { HttpStatus } from '../lib/http-status';\napp.post('/', (req, res) => res.status(HttpStatus.UNPROCESSABLE_ENTITY).end());`,
      errors: [fixed(`${express}app.post('/', (req, res) => res.status(422).end());`, '422', 'HttpStatus.UNPROCESSABLE_ENTITY')],
    },
    {
      name: 'the first name a module gives a code is the one written; a code it does not name gets no fix',
      code: `${express}res.redirect(302, '/');\nres.status(418);`,
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/http-status`, export: 'HttpStatus' } }],
      output: `${express}import { HttpStatus } from '../lib/http-status';\nres.redirect(HttpStatus.FOUND, '/');\nres.status(418);`,
      errors: [
        fixed(`${express}res.redirect(302, '/');\nres.status(418);`, '302', 'HttpStatus.FOUND'),
        {
          messageId: 'magicStatusNoMember',
          data: { code: '418', meaning: statusMeaning(418), provider: `custom module ./${customApp}/src/lib/http-status` },
          ...locate(`${express}res.redirect(302, '/');\nres.status(418);`, '418'),
        },
      ],
    },
    {
      name: 'an enum, with implicit members counted on',
      code: `${express}res.status(201);`,
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/status-enum`, export: 'HttpStatusCode', localName: 'Code' } }],
      output: `${express}import { HttpStatusCode as Code } from '../lib/status-enum';\nres.status(Code.Created);`,
      errors: [fixed(`${express}res.status(201);`, '201', 'Code.Created')],
    },
    {
      name: 'named constant exports, imported as a namespace',
      code: `${express}if (res.status === 404) {}`,
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/http-status-codes`, namespace: 'HttpStatusCodes' } }],
      output: `${express}import * as HttpStatusCodes from '../lib/http-status-codes';\nif (res.status === HttpStatusCodes.NOT_FOUND) {}`,
      errors: [fixed(`${express}if (res.status === 404) {}`, '404', 'HttpStatusCodes.NOT_FOUND')],
    },
    {
      name: 'named constant exports: a namespace import the file already has is used under its own name',
      code: "import * as codes from '../lib/http-status-codes';\nres.status(422);",
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/http-status-codes`, namespace: 'HttpStatusCodes' } }],
      output: "import * as codes from '../lib/http-status-codes';\nres.status(codes.UNPROCESSABLE_ENTITY);",
      errors: [fixed("import * as codes from '../lib/http-status-codes';\nres.status(422);", '422', 'codes.UNPROCESSABLE_ENTITY')],
    },
    {
      name: 'named constant exports imported by name: the constant is written by its name and added to that import',
      code: "import { OK } from '../lib/http-status-codes';\nres.status(OK);\nres.status(404);",
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/http-status-codes`, namespace: 'HttpStatusCodes' } }],
      output: "import { OK, NOT_FOUND } from '../lib/http-status-codes';\nres.status(OK);\nres.status(NOT_FOUND);",
      errors: [fixed("import { OK } from '../lib/http-status-codes';\nres.status(OK);\nres.status(404);", '404', 'NOT_FOUND')],
    },
    {
      name: 'named constant exports imported by name under another name: that name is used',
      code: "import { NOT_FOUND as MISSING, OK } from '../lib/http-status-codes';\nres.status(404);",
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/http-status-codes`, namespace: 'HttpStatusCodes' } }],
      output: "import { NOT_FOUND as MISSING, OK } from '../lib/http-status-codes';\nres.status(MISSING);",
      errors: [fixed("import { NOT_FOUND as MISSING, OK } from '../lib/http-status-codes';\nres.status(404);", '404', 'MISSING')],
    },
    {
      name: 'named constant exports imported by name: a name taken by a local binding gets no fix',
      code: "import { OK } from '../lib/http-status-codes';\nconst NOT_FOUND = 'missing';\nres.status(404);",
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/http-status-codes`, namespace: 'HttpStatusCodes' } }],
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: magicData('404', 'NOT_FOUND'),
          ...locate("import { OK } from '../lib/http-status-codes';\nconst NOT_FOUND = 'missing';\nres.status(404);", '404'),
        },
      ],
    },
    {
      name: 'a frozen default export of a JavaScript module',
      code: `${express}res.status(404);`,
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/default-status.js`, export: 'default', localName: 'Status' } }],
      output: `${express}import Status from '../lib/default-status.js';\nres.status(Status.NOT_FOUND);`,
      errors: [fixed(`${express}res.status(404);`, '404', 'Status.NOT_FOUND')],
    },
    {
      name: 'a CommonJS module.exports object as the default export: CommonJS files require it whole',
      code: "const express = require('express');\nres.status(404);",
      filename: path.relative(process.cwd(), fixtureFile('custom-app', 'lib/routes.cjs')),
      languageOptions: javaScript,
      options: [{ provider: { module: `./${customApp}/lib/http-status.cjs`, export: 'default' } }],
      output: "const express = require('express');\nconst HttpStatus = require('./http-status.cjs');\nres.status(HttpStatus.NOT_FOUND);",
      errors: [fixed("const express = require('express');\nres.status(404);", '404', 'HttpStatus.NOT_FOUND')],
    },
    {
      name: 'a CommonJS module.exports object: a whole require the file has is used',
      code: "const codes = require('./http-status.cjs');\nres.status(200);",
      filename: path.relative(process.cwd(), fixtureFile('custom-app', 'lib/routes.cjs')),
      languageOptions: javaScript,
      options: [{ provider: { module: `./${customApp}/lib/http-status.cjs`, export: 'default' } }],
      output: "const codes = require('./http-status.cjs');\nres.status(codes.OK);",
      errors: [fixed("const codes = require('./http-status.cjs');\nres.status(200);", '200', 'codes.OK')],
    },
    {
      name: 'a tsconfig paths alias is read through tsconfig.json and written as configured',
      code: `${express}res.status(200);`,
      filename: route,
      options: [{ provider: { module: '~/lib/http-status', export: 'HttpStatus' } }],
      output: `${express}import { HttpStatus } from '~/lib/http-status';\nres.status(HttpStatus.OK);`,
      errors: [fixed(`${express}res.status(200);`, '200', 'HttpStatus.OK')],
    },
    {
      name: 'a package in node_modules, values from its CommonJS build, literal types from its .d.ts (imported in sorted position)',
      code: "import { Hono } from 'hono';\napp.get('/', (c) => c.json({}, 404));",
      filename: path.join(scratch, 'src', 'app.ts'),
      options: [{ provider: { module: '@acme/http-status', export: 'Codes' } }],
      output: "import { Codes } from '@acme/http-status';\nimport { Hono } from 'hono';\napp.get('/', (c) => c.json({}, Codes.NOT_FOUND));",
      errors: [fixed("import { Hono } from 'hono';\napp.get('/', (c) => c.json({}, 404));", '404', 'Codes.NOT_FOUND')],
    },
    {
      name: 'a module that cannot be found is reported once per file, and nothing is fixed',
      code: `${express}res.status(404);\nres.status(201);`,
      filename: route,
      options: [{ provider: { module: './src/lib/missing-status', export: 'HttpStatus' } }],
      output: null,
      errors: [
        {
          messageId: 'unreadableProvider',
          data: { provider: 'custom module ./src/lib/missing-status', problem: 'it was not found' },
          ...locate(`${express}res.status(404);\nres.status(201);`, '404'),
        },
        {
          messageId: 'magicStatusNoProvider',
          data: { code: '404', meaning: statusMeaning(404) },
          ...locate(`${express}res.status(404);\nres.status(201);`, '404'),
        },
        {
          messageId: 'magicStatusNoProvider',
          data: { code: '201', meaning: statusMeaning(201) },
          ...locate(`${express}res.status(404);\nres.status(201);`, '201'),
        },
      ],
    },
    {
      name: 'an export the module does not have is reported, not guessed',
      code: `${express}res.status(404);`,
      filename: route,
      options: [{ provider: { module: `./${customApp}/src/lib/http-status`, export: 'HttpStatusCodes' } }],
      output: null,
      errors: [
        {
          messageId: 'unreadableProvider',
          data: { provider: `custom module ./${customApp}/src/lib/http-status`, problem: 'its export "HttpStatusCodes" was not found' },
          ...locate(`${express}res.status(404);`, '404'),
        },
        {
          messageId: 'magicStatusNoProvider',
          data: { code: '404', meaning: statusMeaning(404) },
          ...locate(`${express}res.status(404);`, '404'),
        },
      ],
    },

    // Imports that look like the file's own
    {
      name: 'a specifier added to a multi-line import goes on its own line, keeping the trailing comma',
      code: "import {\n  ReasonPhrases,\n  getReasonPhrase,\n} from 'http-status-codes';\nres.status(404);",
      options: [hsc],
      output:
        "import {\n  ReasonPhrases,\n  getReasonPhrase,\n  StatusCodes,\n} from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND);",
      errors: [
        fixed(
          "import {\n  ReasonPhrases,\n  getReasonPhrase,\n} from 'http-status-codes';\nres.status(404);",
          '404',
          'StatusCodes.NOT_FOUND',
        ),
      ],
    },
    {
      name: 'a multi-line import without a trailing comma',
      code: "import {\n    ReasonPhrases\n} from 'http-status-codes'\nres.status(404)",
      options: [hsc],
      output: "import {\n    ReasonPhrases,\n    StatusCodes\n} from 'http-status-codes'\nres.status(StatusCodes.NOT_FOUND)",
      errors: [fixed("import {\n    ReasonPhrases\n} from 'http-status-codes'\nres.status(404)", '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: 'a multi-line destructured require',
      code: "const {\n  getReasonPhrase,\n} = require('http-status-codes');\nres.status(404);",
      filename: fixtureFile('no-deps', 'server.js'),
      languageOptions: javaScript,
      options: [hsc],
      output: "const {\n  getReasonPhrase,\n  StatusCodes,\n} = require('http-status-codes');\nres.status(StatusCodes.NOT_FOUND);",
      errors: [fixed("const {\n  getReasonPhrase,\n} = require('http-status-codes');\nres.status(404);", '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: 'a new import joins the import block in double quotes without semicolons, added once by the first fix',
      code: 'import express from "express"\n\nres.status(201)\nres.status(404)',
      options: [hsc],
      output:
        'import express from "express"\nimport { StatusCodes } from "http-status-codes"\n\nres.status(StatusCodes.CREATED)\nres.status(StatusCodes.NOT_FOUND)',
      errors: [
        fixed('import express from "express"\n\nres.status(201)\nres.status(404)', '201', 'StatusCodes.CREATED'),
        fixed('import express from "express"\n\nres.status(201)\nres.status(404)', '404', 'StatusCodes.NOT_FOUND'),
      ],
    },
    {
      name: 'a comment that may disable the rule on a line: every fix keeps its own import, and the second pass reuses it',
      code: "import express from 'express';\n\nres.status(201);\n// eslint-disable-next-line -- legacy\nres.status(202);\nres.status(404);",
      options: [hsc],
      output: [
        "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.CREATED);\n// eslint-disable-next-line -- legacy\nres.status(202);\nres.status(404);",
        "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.CREATED);\n// eslint-disable-next-line -- legacy\nres.status(202);\nres.status(StatusCodes.NOT_FOUND);",
      ],
      errors: [
        fixed(
          "import express from 'express';\n\nres.status(201);\n// eslint-disable-next-line -- legacy\nres.status(202);\nres.status(404);",
          '201',
          'StatusCodes.CREATED',
        ),
        fixed(
          "import express from 'express';\n\nres.status(201);\n// eslint-disable-next-line -- legacy\nres.status(202);\nres.status(404);",
          '404',
          'StatusCodes.NOT_FOUND',
        ),
      ],
    },
    {
      name: 'a constant written by a later fix alone waits for its import: the first fix still adds it',
      code: "import express from 'express';\n\nres.status(201);\nres.status(StatusCodes.NOT_FOUND);",
      options: [hsc],
      output:
        "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.CREATED);\nres.status(StatusCodes.NOT_FOUND);",
      errors: [
        fixed("import express from 'express';\n\nres.status(201);\nres.status(StatusCodes.NOT_FOUND);", '201', 'StatusCodes.CREATED'),
      ],
    },
    {
      name: 'an implicit global of that name used otherwise than to read a constant: no fix',
      code: 'res.status(201);\nStatusCodes.NOT_FOUND = 1;\nconsole.log(StatusCodes.TEAPOT_PLUS);',
      options: [hsc],
      output: null,
      errors: [
        { ...fixed('res.status(201);\nStatusCodes.NOT_FOUND = 1;\nconsole.log(StatusCodes.TEAPOT_PLUS);', '201', 'StatusCodes.CREATED') },
      ],
    },
  ],
});
