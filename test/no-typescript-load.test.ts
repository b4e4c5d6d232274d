// Linting plain JavaScript with every rule must not load the `typescript` package.
// Runs in a child process against the built package, as users load it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const code =
  "const { StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.status(404).end());\nreply.code(499);\n";

function run(script: string, type: 'commonjs' | 'module'): { typescript: string[]; ruleIds: string[] } {
  if (!existsSync(path.join(root, 'dist/cjs/src/index.js')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const output = execFileSync(process.execPath, ['--input-type=' + type, '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(output) as { typescript: string[]; ruleIds: string[] };
}

const lint = (pluginExpression: string) => `
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [${pluginExpression}.configs.all] });
  const [result] = await eslint.lintText(code, { filePath: root + '/example.js' });
  const typescript = Object.keys(cache).filter((file) => /[\\\\/]node_modules[\\\\/]typescript[\\\\/]/.test(file));
  process.stdout.write(JSON.stringify({ typescript, ruleIds: result.messages.map((m) => m.ruleId) }));
`;

describe('plain JavaScript does not load typescript', () => {
  it('through the CommonJS build', () => {
    const script = `(async () => {
      const root = ${JSON.stringify(root)};
      const code = ${JSON.stringify(code)};
      const { ESLint } = require('eslint');
      const plugin = require(root + '/dist/cjs/src/index.js');
      const cache = require.cache;
      ${lint('plugin')}
    })();`;
    const { typescript, ruleIds } = run(script, 'commonjs');
    expect(ruleIds).toEqual(['http-status/no-magic-status', 'http-status/no-magic-status', 'http-status/no-unknown-status']);
    expect(typescript).toEqual([]);
  });

  it('through the ES module build', () => {
    const script = `
      import { createRequire } from 'node:module';
      const root = ${JSON.stringify(root)};
      const code = ${JSON.stringify(code)};
      const { ESLint } = await import('eslint');
      const { default: plugin } = await import(root + '/dist/esm/src/index.js');
      const cache = createRequire(import.meta.url).cache;
      ${lint('plugin')}
    `;
    const { typescript, ruleIds } = run(script, 'module');
    expect(ruleIds).toEqual(['http-status/no-magic-status', 'http-status/no-magic-status', 'http-status/no-unknown-status']);
    expect(typescript).toEqual([]);
  });

  it('while a TypeScript file does load it, so the check can see it', () => {
    const script = `(async () => {
      const root = ${JSON.stringify(root)};
      const { ESLint } = require('eslint');
      const tseslint = require('typescript-eslint');
      const plugin = require(root + '/dist/cjs/src/index.js');
      const cache = require.cache;
      const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.all, { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }] });
      const [result] = await eslint.lintText('res.status(404);', { filePath: root + '/example.ts' });
      const typescript = Object.keys(cache).filter((file) => /[\\\\/]node_modules[\\\\/]typescript[\\\\/]/.test(file));
      process.stdout.write(JSON.stringify({ typescript, ruleIds: result.messages.map((m) => m.ruleId) }));
    })();`;
    const { typescript, ruleIds } = run(script, 'commonjs');
    expect(ruleIds).toEqual(['http-status/no-magic-status']);
    expect(typescript.length).toBeGreaterThan(0);
  });
});
