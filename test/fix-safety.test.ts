// Fixed output always parses with the same parser, and a second --fix pass changes nothing.
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { lintAndFix, parseErrors } from './lint-helpers.js';
import type { Parser } from './lint-helpers.js';

const bodies = [
  "app.get('/a', (req, res) => res.status(404).json({ error: 'x' }));",
  "app.post('/b', async (request, reply) => reply.code(201).send({ id: 1 }));",
  "router.get('/c', async (ctx) => { ctx.status = 204; ctx.throw(403, 'no'); });",
  "hono.get('/d', (c) => c.json({ ok: false }, 422));",
  "const e = () => new Response('x', { status: 500 });",
  "const f = () => Response.redirect('https://x.test/', 308);",
  'switch (res.status) { case 429: retry(); break; case 503: wait(); }',
  'if (r.status === 401 || r.statusCode !== 200) login();',
  "it('works', async () => { await request(app).get('/').expect(200); expect(res.status).toBe(201); });",
  'const codes = [301, 302].includes(res.status);',
  'function inner(res, StatusCodes) { res.status(410); }',
  'const StatusCodes2 = 1; res.sendStatus(202); res.status(499); res.status(600);',
];

const preambles: { name: string; text: string; sourceType: 'module' | 'commonjs' }[] = [
  { name: 'no import', text: '', sourceType: 'module' },
  { name: 'named import', text: "import { StatusCodes } from 'http-status-codes';\n", sourceType: 'module' },
  { name: 'aliased import', text: "import { StatusCodes as S } from 'http-status-codes';\n", sourceType: 'module' },
  { name: 'namespace import', text: "import * as hsc from 'http-status-codes';\n", sourceType: 'module' },
  { name: 'other named import of the module', text: "import { ReasonPhrases } from 'http-status-codes';\n", sourceType: 'module' },
  { name: 'directive and imports', text: "'use client';\nimport a from 'a';\nimport b from 'b';\n", sourceType: 'module' },
  { name: 'destructured require', text: "'use strict';\nconst { StatusCodes } = require('http-status-codes');\n", sourceType: 'commonjs' },
  { name: 'whole-module require', text: "const hsc = require('http-status-codes');\n", sourceType: 'commonjs' },
  { name: 'other require, then code', text: "const express = require('express');\nconst app = express();\n", sourceType: 'commonjs' },
  { name: 'shadowing local', text: 'const StatusCodes = {};\n', sourceType: 'module' },
];

const parsers: Parser[] = ['espree', 'typescript'];
const providers = ['http-status-codes', 'http-status', '@nestjs/common', 'node:http2'] as const;

describe('fixes are safe', () => {
  for (const parser of parsers) {
    for (const preamble of preambles) {
      for (const provider of providers) {
        it(`${parser}, ${preamble.name}, provider ${provider}`, () => {
          const code = preamble.text + bodies.join('\n') + '\n';
          // A CommonJS file in this repository (a "type": "module" package) has to say so by its extension.
          const cjs = preamble.sourceType === 'commonjs';
          const filename = parser === 'typescript' ? (cjs ? 'file.cts' : 'file.ts') : cjs ? 'file.cjs' : 'file.js';
          const rules: Linter.RulesRecord = {
            'http-status/no-magic-status': ['error', { provider }],
            'http-status/no-unknown-status': 'error',
          };
          expect(parseErrors(code, { parser, filename, sourceType: preamble.sourceType })).toEqual([]);
          const first = lintAndFix(code, rules, { parser, filename, sourceType: preamble.sourceType });
          // A top-level `StatusCodes` of the file's own leaves http-status-codes no safe edit at all.
          const blocked = preamble.name === 'shadowing local' && provider === 'http-status-codes';
          expect(first.fixed).toBe(!blocked);
          expect(parseErrors(first.output, { parser, filename, sourceType: preamble.sourceType })).toEqual([]);
          const second = lintAndFix(first.output, rules, { parser, filename, sourceType: preamble.sourceType });
          expect(second.fixed).toBe(false);
          expect(second.output).toBe(first.output);
          // The shadowed site in `inner` is never rewritten.
          expect(first.output).toContain('function inner(res, StatusCodes) { res.status(');
          expect(first.output).not.toMatch(/function inner\(res, StatusCodes\) \{ res\.status\(StatusCodes\./);
        });
      }
    }
  }
});
