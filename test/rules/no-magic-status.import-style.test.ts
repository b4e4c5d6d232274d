// An added import looks like the project's own: quotes and semicolons from the file's imports,
// else its statements, else the project's Prettier or ESLint config; and it goes where the file's
// imports say (its sorted position, or the end of its group). Each case states the exact output.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { TestLanguageOptions } from '@typescript-eslint/rule-tester';
import espree from 'espree';
import { afterAll } from 'vitest';

import rule from '../../rules/no-magic-status.js';
import { registryNameNote, statusCitation } from '../../src/registry/describe.js';
import { createTester, locate } from '../rule-tester.js';

const tester = createTester();
const hsc = { provider: 'http-status-codes' } as const;
const http2 = { provider: 'node:http2' } as const;
const commonJs = { parser: espree, sourceType: 'commonjs' } as TestLanguageOptions;

// Projects in a folder of their own, with no config above them but the ones written here.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'http-status-style-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project folder with these files; returns the path of its `src/app.ts`. */
function project(name: string, files: Record<string, string>): string {
  const directory = path.join(scratch, name);
  mkdirSync(path.join(directory, 'src'), { recursive: true });
  for (const [file, text] of Object.entries({ 'package.json': '{ "name": "app", "type": "module" }', ...files })) {
    writeFileSync(path.join(directory, file), text);
  }
  return path.join(directory, 'src', 'app.ts');
}

const bare = project('bare', {});
const prettierDefaults = project('prettier-defaults', { '.prettierrc': '{}' });
const prettierYaml = project('prettier-yaml', { '.prettierrc.yaml': 'singleQuote: true\nsemi: false\n' });
const prettierInManifest = project('prettier-in-package-json', {
  'package.json': '{ "name": "app", "type": "module", "prettier": { "singleQuote": false } }',
});
const eslintQuotes = project('eslint-quotes', {
  'eslint.config.js': "export default [{ rules: { '@stylistic/quotes': ['error', 'double'], semi: ['error', 'never'] } }];\n",
});

/** The one report of a case whose fix (asserted by the case's `output`) writes `constant`. */
function fixed(code: string, literal: string, constant: string) {
  return {
    messageId: 'magicStatus' as const,
    data: {
      code: literal,
      constant,
      registryName: registryNameNote(Number(literal), constant),
      citation: statusCitation(Number(literal)),
    },
    ...locate(code, literal),
  };
}

// A handler whose file shows no quote: the project's config decides it.
const handler = 'export function handler(res: { status(code: number): void }) {\n  res.status(404);\n}\n';
const handlerFixed = 'export function handler(res: { status(code: number): void }) {\n  res.status(StatusCodes.NOT_FOUND);\n}\n';

tester.run('no-magic-status: imports in the project style', rule, {
  valid: [],
  invalid: [
    {
      name: 'a file without imports and without semicolons gets an import without one',
      code: "const app = makeApp()\napp.get('/', (req, res) => res.status(404))\n",
      filename: bare,
      options: [hsc],
      output:
        "import { StatusCodes } from 'http-status-codes'\n\nconst app = makeApp()\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND))\n",
      errors: [fixed("const app = makeApp()\napp.get('/', (req, res) => res.status(404))\n", '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: 'a file without imports that writes double quotes gets them',
      code: 'const app = makeApp();\napp.get("/", (req, res) => res.status(404));\n',
      filename: bare,
      options: [hsc],
      output:
        'import { StatusCodes } from "http-status-codes";\n\nconst app = makeApp();\napp.get("/", (req, res) => res.status(StatusCodes.NOT_FOUND));\n',
      errors: [fixed('const app = makeApp();\napp.get("/", (req, res) => res.status(404));\n', '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: "most of the file's statements decide, and a string holding a quote says nothing",
      code: "const a = \"it's\"\nconst b = 'x'\nconst c = 'y';\nconst d = 1\nres.status(404)\n",
      filename: bare,
      options: [hsc],
      output:
        "import { StatusCodes } from 'http-status-codes'\n\nconst a = \"it's\"\nconst b = 'x'\nconst c = 'y';\nconst d = 1\nres.status(StatusCodes.NOT_FOUND)\n",
      errors: [fixed("const a = \"it's\"\nconst b = 'x'\nconst c = 'y';\nconst d = 1\nres.status(404)\n", '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: "a file with no string: a Prettier config without singleQuote means Prettier's double quotes",
      code: handler,
      filename: prettierDefaults,
      options: [hsc],
      output: `import { StatusCodes } from "http-status-codes";\n\n${handlerFixed}`,
      errors: [fixed(handler, '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: 'a file with no string: a YAML Prettier config gives single quotes (the file keeps its semicolons)',
      code: handler,
      filename: prettierYaml,
      options: [hsc],
      output: `import { StatusCodes } from 'http-status-codes';\n\n${handlerFixed}`,
      errors: [fixed(handler, '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: 'a file with no string: the "prettier" key of package.json',
      code: handler,
      filename: prettierInManifest,
      options: [hsc],
      output: `import { StatusCodes } from "http-status-codes";\n\n${handlerFixed}`,
      errors: [fixed(handler, '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: "a file with no string: the ESLint config's quotes rule",
      code: handler,
      filename: eslintQuotes,
      options: [hsc],
      output: `import { StatusCodes } from "http-status-codes";\n\n${handlerFixed}`,
      errors: [fixed(handler, '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: 'sorted imports: the new one takes its sorted place',
      code: "import cors from 'cors';\nimport express from 'express';\nimport { z } from 'zod';\n\nres.status(404);\n",
      options: [hsc],
      output:
        "import cors from 'cors';\nimport express from 'express';\nimport { StatusCodes } from 'http-status-codes';\nimport { z } from 'zod';\n\nres.status(StatusCodes.NOT_FOUND);\n",
      errors: [
        fixed(
          "import cors from 'cors';\nimport express from 'express';\nimport { z } from 'zod';\n\nres.status(404);\n",
          '404',
          'StatusCodes.NOT_FOUND',
        ),
      ],
    },
    {
      name: 'sorted ignoring case, as TypeScript detects it',
      code: "import { Injectable } from '@nestjs/common';\nimport Koa from 'Koa';\nimport { z } from 'zod';\n\nres.status(404);\n",
      options: [hsc],
      output:
        "import { Injectable } from '@nestjs/common';\nimport { StatusCodes } from 'http-status-codes';\nimport Koa from 'Koa';\nimport { z } from 'zod';\n\nres.status(StatusCodes.NOT_FOUND);\n",
      errors: [
        fixed(
          "import { Injectable } from '@nestjs/common';\nimport Koa from 'Koa';\nimport { z } from 'zod';\n\nres.status(404);\n",
          '404',
          'StatusCodes.NOT_FOUND',
        ),
      ],
    },
    {
      name: 'packages, then path aliases, then relative paths: the package goes in sorted place among the packages',
      code: "import express from 'express';\nimport { z } from 'zod';\n\nimport { db } from '@/lib/db';\nimport { helper } from './helper';\n\nres.status(404);\n",
      options: [hsc],
      output:
        "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\nimport { z } from 'zod';\n\nimport { db } from '@/lib/db';\nimport { helper } from './helper';\n\nres.status(StatusCodes.NOT_FOUND);\n",
      errors: [
        fixed(
          "import express from 'express';\nimport { z } from 'zod';\n\nimport { db } from '@/lib/db';\nimport { helper } from './helper';\n\nres.status(404);\n",
          '404',
          'StatusCodes.NOT_FOUND',
        ),
      ],
    },
    {
      name: 'unsorted packages before a relative import: after the last package',
      code: "import { z } from 'zod';\nimport express from 'express';\nimport { helper } from './helper';\n\nres.status(404);\n",
      options: [hsc],
      output:
        "import { z } from 'zod';\nimport express from 'express';\nimport { StatusCodes } from 'http-status-codes';\nimport { helper } from './helper';\n\nres.status(StatusCodes.NOT_FOUND);\n",
      errors: [
        fixed(
          "import { z } from 'zod';\nimport express from 'express';\nimport { helper } from './helper';\n\nres.status(404);\n",
          '404',
          'StatusCodes.NOT_FOUND',
        ),
      ],
    },
    {
      name: 'imports in no order: after the last one',
      code: "import { helper } from './helper';\nimport express from 'express';\n\nres.status(404);\n",
      options: [hsc],
      output:
        "import { helper } from './helper';\nimport express from 'express';\nimport { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.NOT_FOUND);\n",
      errors: [
        fixed("import { helper } from './helper';\nimport express from 'express';\n\nres.status(404);\n", '404', 'StatusCodes.NOT_FOUND'),
      ],
    },
    {
      name: 'nothing goes above an import run for its side effect',
      code: "import 'reflect-metadata';\nimport { z } from 'zod';\n\nres.status(404);\n",
      options: [hsc],
      output:
        "import 'reflect-metadata';\nimport { StatusCodes } from 'http-status-codes';\nimport { z } from 'zod';\n\nres.status(StatusCodes.NOT_FOUND);\n",
      errors: [fixed("import 'reflect-metadata';\nimport { z } from 'zod';\n\nres.status(404);\n", '404', 'StatusCodes.NOT_FOUND')],
    },
    {
      name: 'a Node built-in starts the list, below the comment that heads the file',
      code: "// Packages\nimport express from 'express';\n\nres.status(404);\n",
      options: [http2],
      output:
        "// Packages\nimport { constants } from 'node:http2';\nimport express from 'express';\n\nres.status(constants.HTTP_STATUS_NOT_FOUND);\n",
      errors: [fixed("// Packages\nimport express from 'express';\n\nres.status(404);\n", '404', 'constants.HTTP_STATUS_NOT_FOUND')],
    },
    {
      name: 'a Node built-in after the other built-ins, above a later group and its comment',
      code: "import fs from 'node:fs';\n\n// Packages\nimport express from 'express';\n\nres.status(404);\n",
      options: [http2],
      output:
        "import fs from 'node:fs';\nimport { constants } from 'node:http2';\n\n// Packages\nimport express from 'express';\n\nres.status(constants.HTTP_STATUS_NOT_FOUND);\n",
      errors: [
        fixed(
          "import fs from 'node:fs';\n\n// Packages\nimport express from 'express';\n\nres.status(404);\n",
          '404',
          'constants.HTTP_STATUS_NOT_FOUND',
        ),
      ],
    },
    {
      name: 'sorted requires in CommonJS',
      code: "const cors = require('cors');\nconst zod = require('zod');\n\nres.status(404);\n",
      filename: path.join(scratch, 'server.cjs'),
      languageOptions: commonJs,
      options: [hsc],
      output:
        "const cors = require('cors');\nconst { StatusCodes } = require('http-status-codes');\nconst zod = require('zod');\n\nres.status(StatusCodes.NOT_FOUND);\n",
      errors: [fixed("const cors = require('cors');\nconst zod = require('zod');\n\nres.status(404);\n", '404', 'StatusCodes.NOT_FOUND')],
    },
  ],
});
