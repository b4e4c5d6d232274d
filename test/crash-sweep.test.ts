// The rules never throw on input the parsers accept: every rule with every option set that changes
// code paths, over the generated corpus, this project's own sources, odd snippets, and a bounded
// sample of the JavaScript in node_modules.
//   CRASH_SWEEP_FILES=20000 npx vitest run test/crash-sweep.test.ts   for a wider sweep
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// @ts-expect-error -- plain ES module without types
import { generateCorpus } from '../bench/corpus.mjs';
import plugin from '../src/index.js';

const root = path.resolve(__dirname, '..');
const limit = Number(process.env.CRASH_SWEEP_FILES ?? 1500);

const ruleSets: Linter.RulesRecord[] = [
  Object.fromEntries(Object.keys(plugin.rules).map((name) => [`http-status/${name}`, 'error'])),
  {
    'http-status/no-magic-status': ['error', { provider: 'http-status-codes', checkRanges: true }],
    'http-status/no-unknown-status': ['error', { checkReads: true, allowVendors: ['nginx'] }],
    'http-status/require-status-headers': ['error', { ignoreExceptions: false, headers: { '429': ['Retry-After'] } }],
    'http-status/no-302-after-post': ['error', { methods: ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] }],
    'http-status/no-body-on-bodiless-status': 'error',
  },
];

const oddSnippets = [
  'res.status();',
  'res.status(...codes);',
  'res[status](404);',
  "res['status'](404);",
  "res.status('404');",
  'res.status(`404`);',
  'res.status(404n);',
  'res.status(4.04e2);',
  'res.status(0x194);',
  'res.status(-404);',
  'res.status(+404);',
  'res.status(!404);',
  'new Response();',
  'new Response(...args);',
  'new Response(body, ...init);',
  'new Response(body, { ...init, status: 204 });',
  'new Response(body, { [key]: 204 });',
  'new Response(body, { status });',
  'Response.json();',
  'Response.redirect();',
  'switch (res.status) { default: }',
  'switch (res.status) {}',
  '[, 301].includes(res.status);',
  '[...codes].includes(res.status);',
  'ctx.status = ctx.status = 204;',
  'ctx.body = ctx.body;',
  'res.statusCode += 1;',
  '({ statusCode: 200, ...rest, body });',
  'expect().toBe(200);',
  'expect(res.status).toBe();',
  'assert.equal();',
  'request(app).get().expect();',
  "app.post('/x', async function* (req, res) { yield res.redirect('/y'); });",
  "app.post('/x', (req, res) => res?.redirect?.('/y'));",
  "app.post('/x', ({ res }) => res.redirect('/y'));",
  "app.post('/x', function () { this.res.redirect('/y'); });",
  'class C { @Redirect() a() {} @HttpCode() b() {} @Post() @Redirect(...args) c() {} }',
  'createError();',
  'createError({});',
  "export const actions = { [name]: () => redirect(302, '/x') };",
  'export { GET as POST };',
  'export default function POST() {}',
  'const headers = new Headers(); headers.set(); new Response(null, { status: 405, headers });',
  'const headers = new Headers(init); headers.append(name, v); new Response(null, { status: 405, headers });',
  "res.writeHead(405, 'Not Allowed', undefined); res.writeHead(); res.setHeader();",
  'set.headers[name] = v; set.headers = null; set.status = 401;',
];

function sweepFiles(): { file: string; code: string }[] {
  const files: { file: string; code: string }[] = [];
  const corpus = mkdtempSync(path.join(tmpdir(), 'http-status-sweep-'));
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));
  for (const file of generateCorpus(corpus, 400) as string[]) files.push({ file, code: readFileSync(file, 'utf8') });
  for (const directory of ['src', 'rules', 'test', 'bench', 'examples'])
    walk(path.join(root, directory), files, Infinity, /\.(?:ts|js|mjs)$/);
  walk(path.join(root, 'node_modules'), files, limit, /\.(?:js|mjs|cjs)$/);
  oddSnippets.forEach((code, index) => files.push({ file: `odd-${index}.ts`, code }));
  return files;
}

function walk(directory: string, into: { file: string; code: string }[], max: number, pattern: RegExp, budget = { left: max }): void {
  let entries: string[];
  try {
    entries = readdirSync(directory).sort();
  } catch {
    return;
  }
  for (const entry of entries) {
    if (budget.left <= 0) return;
    if (entry === '.eval' || entry === '.bin') continue;
    const full = path.join(directory, entry);
    const stats = statSync(full, { throwIfNoEntry: false });
    if (!stats) continue;
    if (stats.isDirectory()) walk(full, into, max, pattern, budget);
    else if (pattern.test(entry) && !entry.endsWith('.d.ts') && stats.size < 150_000) {
      into.push({ file: full, code: readFileSync(full, 'utf8') });
      budget.left--;
    }
  }
}

describe('the rules never throw', () => {
  const files = sweepFiles();

  it(`over ${files.length} files (corpus, own sources, odd snippets, node_modules sample)`, () => {
    const crashes: string[] = [];
    let linted = 0;
    for (const { file, code } of files) {
      const typescript = /\.tsx?$/.test(file);
      const sourceTypes: ('module' | 'commonjs')[] = file.endsWith('.cjs') ? ['commonjs'] : ['module', 'commonjs'];
      for (const rules of ruleSets) {
        for (const sourceType of sourceTypes) {
          const linter = new Linter({ configType: 'flat' });
          try {
            const messages = linter.verify(
              code,
              {
                files: ['**/*'],
                plugins: { 'http-status': plugin as never },
                languageOptions: { sourceType, ecmaVersion: 'latest', ...(typescript ? { parser: tsParser as never } : {}) },
                rules,
              },
              { filename: typescript ? 'file.ts' : 'file.js' },
            );
            // A file the parser rejects in one source type is tried in the other.
            if (messages.some((message) => message.fatal)) continue;
            linted++;
            break;
          } catch (error) {
            crashes.push(`${path.relative(root, file)}: ${(error as Error).message.split('\n')[0]}`);
            break;
          }
        }
      }
    }
    expect(crashes).toEqual([]);
    expect(linted).toBeGreaterThan(files.length);
  });
});
