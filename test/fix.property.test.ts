// Property test: whatever handler code, statuses, imports and module kind, `--fix` leaves code that
// parses, means the same numbers (checked against the real packages), uses no shadowed name,
// reaches a fixed point, and drops no report without fixing it.
//   FIX_PROPERTY_RUNS=20000 npx vitest run test/fix.property.test.ts   for a longer run
import 'reflect-metadata';

import { createRequire } from 'node:module';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import tsParser from '@typescript-eslint/parser';

import { withFileAnalysis } from '../src/analysis/index.js';
import plugin from '../src/index.js';
import { builtinProvider } from '../src/providers/index.js';
import type { BuiltinProviderName } from '../src/providers/index.js';
import { registeredCodes, unofficialUses } from '../src/registry/index.js';
import { lintAndFix, parseErrors } from './lint-helpers.js';
import type { Parser } from './lint-helpers.js';

const require = createRequire(import.meta.url);
const runs = Number(process.env.FIX_PROPERTY_RUNS ?? 2000);

// stoker's named exports (one import shape: a namespace) are run against the package in providers.eval.test.ts.
type ProviderName = Exclude<BuiltinProviderName, '@angular/common' | 'stoker'>;
type ImportStyle = 'none' | 'named' | 'alias' | 'namespace' | 'require' | 'require-whole';

/** The real constants objects, as each import shape binds them. */
const exportsOf: Record<ProviderName, { constants: object; module: object }> = {
  'http-status-codes': { constants: require('http-status-codes').StatusCodes, module: require('http-status-codes') },
  'http-status': { constants: require('http-status').status, module: require('http-status') },
  '@nestjs/common': { constants: require('@nestjs/common').HttpStatus, module: require('@nestjs/common') },
  'node:http2': { constants: require('node:http2').constants, module: require('node:http2') },
};

/** How the test file imports the provider, by module kind. */
function importLine(provider: ProviderName, style: ImportStyle, kind: 'esm' | 'cjs'): string {
  const p = builtinProvider(provider);
  const module = p.modules[0];
  const exported = p.exportName === 'default' ? p.exportAliases[0]! : p.exportName;
  if (style === 'none') return '';
  if (kind === 'esm') {
    if (style === 'named')
      return p.exportName === 'default' ? `import ${p.localName} from '${module}';` : `import { ${exported} } from '${module}';`;
    if (style === 'alias') return `import { ${exported} as Codes } from '${module}';`;
    if (style === 'namespace' || style === 'require-whole') return `import * as ns from '${module}';`;
    return `import { ${exported} as Codes } from '${module}';`;
  }
  if (style === 'named' || style === 'require')
    return `const { ${exported === p.localName ? exported : `${exported}: ${p.localName}`} } = require('${module}');`;
  if (style === 'alias') return `const { ${exported}: Codes } = require('${module}');`;
  return `const ns = require('${module}');`;
}

/** Names the fixed code may start a constant with, and what they hold. */
function environment(provider: ProviderName): Record<string, unknown> {
  const { constants, module } = exportsOf[provider];
  return { [builtinProvider(provider).localName]: constants, Codes: constants, ns: module };
}

const templates: Record<string, { kinds: ('esm' | 'cjs')[]; ts?: boolean; site: (code: string, index: number) => string }> = {
  express: { kinds: ['esm', 'cjs'], site: (c) => `app.get('/x', (req, res) => { res.status(${c}).json({ ok: true }); });` },
  expressRedirect: { kinds: ['esm', 'cjs'], site: (c) => `app.get('/y', (req, res) => res.redirect(${c}, '/z'));` },
  fastify: { kinds: ['esm', 'cjs'], site: (c) => `fastify.post('/x', async (request, reply) => reply.code(${c}).send());` },
  koa: { kinds: ['esm', 'cjs'], site: (c) => `router.get('/x', async (ctx) => { ctx.status = ${c}; });` },
  hono: { kinds: ['esm', 'cjs'], site: (c) => `app.get('/x', (c) => c.json({ ok: true }, ${c}));` },
  fetch: { kinds: ['esm', 'cjs'], site: (c, i) => `const response${i} = () => new Response('x', { status: ${c} });` },
  next: { kinds: ['esm'], site: (c, i) => `export async function handler${i}() { return NextResponse.json({}, { status: ${c} }); }` },
  nest: { kinds: ['esm'], ts: true, site: (c, i) => `class Controller${i} { @HttpCode(${c}) remove() {} }` },
  asConst: { kinds: ['esm'], ts: true, site: (c) => `fastify.get('/c', async (request, reply) => reply.code(${c} as const));` },
  compare: { kinds: ['esm', 'cjs'], site: (c) => `if (res.statusCode === ${c}) retry();` },
  test: { kinds: ['esm', 'cjs'], site: (c) => `it('works', async () => { expect(res.status).toBe(${c}); });` },
};

const vendorCodes = [
  ...new Set(
    [440, 444, 449, 460, 494, 495, 496, 497, 498, 499, 509, 520, 521, 522, 523, 524, 525, 526, 527, 530, 561, 598, 599].filter(
      (code) => unofficialUses(code).length > 0,
    ),
  ),
];
const statusArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...registeredCodes()) },
  { weight: 2, arbitrary: fc.constantFrom(...vendorCodes) },
  { weight: 1, arbitrary: fc.constantFrom(42, 99, 299, 600, 1000, 0) },
);

const caseArbitrary = fc
  .record({
    provider: fc.constantFrom<ProviderName>('http-status-codes', 'http-status', '@nestjs/common', 'node:http2'),
    style: fc.constantFrom<ImportStyle>('none', 'named', 'alias', 'namespace', 'require', 'require-whole'),
    kind: fc.constantFrom<'esm' | 'cjs'>('esm', 'cjs'),
    typescript: fc.boolean(),
    shadow: fc.boolean(),
    sites: fc.array(fc.tuple(fc.constantFrom(...Object.keys(templates)), statusArbitrary), { minLength: 1, maxLength: 4 }),
  })
  .map((input) => {
    const kind = input.typescript ? 'esm' : input.kind;
    const sites = input.sites.filter(
      ([template]) => templates[template]!.kinds.includes(kind) && (!templates[template]!.ts || input.typescript),
    );
    return { ...input, kind, sites: sites.length > 0 ? sites : ([['express', 404]] as [string, number][]) };
  });

interface Site {
  text: string;
  line: number;
  column: number;
  root: string | undefined;
  rootIsTopLevel: boolean;
  reported: boolean;
}

/** Lints with the recogniser's own view of the file: every status site, in source order. */
function sitesOf(code: string, parser: Parser, sourceType: 'module' | 'commonjs', filename: string, rules: Linter.RulesRecord): Site[] {
  const sites: Site[] = [];
  const collector: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      return withFileAnalysis(context, (analysis) => {
        for (const { site } of analysis.sites) {
          let root: TSESTree.Node = site.node;
          while (root.type === 'MemberExpression') root = root.object;
          const name = root.type === 'Identifier' ? root.name : undefined;
          let top = false;
          if (name) {
            let variable: TSESLint.Scope.Variable | undefined;
            for (let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(root); scope && !variable; scope = scope.upper)
              variable = scope.set.get(name);
            top =
              variable !== undefined &&
              (variable.scope.type === 'module' || variable.scope.type === 'global' || variable.scope.block.type === 'Program');
          }
          // Reports point at the literal, inside `404 as const` too.
          const literal = site.node.type === 'TSAsExpression' ? site.node.expression : site.node;
          sites.push({
            text: context.sourceCode.getText(site.node),
            line: literal.loc.start.line,
            column: literal.loc.start.column + 1,
            root: name,
            rootIsTopLevel: top,
            reported: false,
          });
        }
      });
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.{js,ts}'],
        plugins: { collect: { rules: { sites: collector } } as never, 'http-status': plugin as never },
        languageOptions: { sourceType, ...(parser === 'typescript' ? { parser: tsParser as never } : {}) },
        rules: { 'collect/sites': 'error', ...rules },
      },
    ],
    { filename },
  );
  // Mark the sites still reported by no-magic-status: its reports point at the literal.
  for (const message of messages) {
    if (message.ruleId !== 'http-status/no-magic-status') continue;
    const site = sites.find((candidate) => candidate.line === message.line && candidate.column === message.column);
    if (!site) throw new Error(`a report at ${message.line}:${message.column} that is no status site`);
    site.reported = true;
  }
  return sites;
}

/** The number a site's expression stands for, with the real packages bound as the file binds them. */
function evaluate(text: string, env: Record<string, unknown>): number {
  const expression = text.replace(/ as const$/, '');
  if (/^-?\d+(\.\d+)?$/.test(expression)) return Number(expression);
  const [root = '', ...path] = expression.split('.');
  if (!(root in env)) throw new Error(`unbound name ${root} in ${text}`);
  let value: unknown = env[root];
  for (const key of path) value = (value as Record<string, unknown>)[key];
  return value as number;
}

describe('fixes are safe for any handler, status, import and module kind', () => {
  it(
    `holds for ${runs} generated files`,
    () => {
      fc.assert(
        fc.property(caseArbitrary, ({ provider, style, kind, typescript, shadow, sites }) => {
          const shadowName =
            style === 'alias' ? 'Codes' : style === 'namespace' || style === 'require-whole' ? 'ns' : builtinProvider(provider).localName;
          const body = sites.map(([template, code], index) => {
            const line = templates[template]!.site(String(code), index);
            // A local of the binding's name around one site: the fix must not write through it.
            return shadow && index === 0 && template !== 'next' ? `function shadowed(${shadowName}) {\n  ${line}\n}` : line;
          });
          const code = [importLine(provider, style, kind), ...body].filter(Boolean).join('\n') + '\n';
          const parser: Parser = typescript ? 'typescript' : 'espree';
          const sourceType = kind === 'esm' ? 'module' : 'commonjs';
          const filename = typescript ? 'file.ts' : 'file.js';
          const rules: Linter.RulesRecord = {
            'http-status/no-magic-status': ['error', { provider }],
            'http-status/no-unknown-status': 'error',
          };

          expect(parseErrors(code, { parser, sourceType, filename })).toEqual([]);
          const first = lintAndFix(code, rules, { parser, sourceType, filename });
          expect(parseErrors(first.output, { parser, sourceType, filename })).toEqual([]);
          const second = lintAndFix(first.output, rules, { parser, sourceType, filename });
          expect(second.output).toBe(first.output);

          const before = sitesOf(code, parser, sourceType, filename, rules);
          const after = sitesOf(first.output, parser, sourceType, filename, rules);
          expect(after).toHaveLength(before.length);
          const env = environment(provider);
          before.forEach((site, index) => {
            const fixed = after[index]!;
            const original = evaluate(site.text, env);
            if (fixed.text === site.text) {
              // Not fixed: it must still be reported, or never have been.
              expect(fixed.reported).toBe(site.reported);
            } else {
              expect(evaluate(fixed.text, env)).toBe(original);
              expect(fixed.rootIsTopLevel).toBe(true);
            }
          });
        }),
        { numRuns: runs },
      );
      // About 8 ms a case alone on the 2-core machines here, up to 4x that under coverage on a loaded machine.
    },
    Math.max(60_000, runs * 60),
  );
});
