// The built package, installed by name, gives the same findings on the demo app under every
// linter and config style it supports. Each linter runs in its own process, as users run it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Linter } from 'eslint';
import vueParser from 'vue-eslint-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

const root = path.resolve(__dirname, '..');
// Outside the repository: oxlint skips whatever the repository's .gitignore names.
const work = mkdtempSync(path.join(tmpdir(), 'http-status-compat-'));
const bin = (name: string) => path.join(root, 'node_modules', name);

const flatConfig = (config: 'recommended' | 'strict') => `import httpStatus from 'eslint-plugin-http-status';
import tseslint from 'typescript-eslint';

export default [
  httpStatus.configs.${config},
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  { files: ['src/**/*.js'], languageOptions: { sourceType: 'commonjs' } },
];
`;

const eslintrc = (config: 'recommended' | 'strict') =>
  JSON.stringify({
    root: true,
    extends: [`plugin:http-status/legacy-${config}`],
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    overrides: [
      { files: ['*.ts'], parser: '@typescript-eslint/parser' },
      { files: ['src/*.js'], parserOptions: { sourceType: 'script' } },
    ],
  });

const oxlintrc = (config: 'recommended' | 'strict') =>
  JSON.stringify({ jsPlugins: ['eslint-plugin-http-status'], rules: plugin.configs[config].rules });

interface Scenario {
  config: 'recommended' | 'strict';
  files: Record<string, string>;
  command: string[];
  env?: Record<string, string>;
  format: 'eslint' | 'oxlint';
}

const eslintBin = (module: string) => [path.join(bin(module), 'bin/eslint.js'), '--format', 'json', 'src', 'test'];
// .eslintrc mode lints only .js unless told the extensions.
const eslintrcBin = [...eslintBin('eslint8'), '--ext', '.js,.mjs,.ts'];

const scenarios: Record<string, Scenario> = {
  'eslint 9, flat config': {
    config: 'strict',
    files: { 'eslint.config.mjs': flatConfig('strict') },
    command: eslintBin('eslint'),
    format: 'eslint',
  },
  'eslint 9, flat config, --concurrency 2': {
    config: 'strict',
    files: { 'eslint.config.mjs': flatConfig('strict') },
    command: [...eslintBin('eslint'), '--concurrency', '2'],
    format: 'eslint',
  },
  'eslint 10, flat config': {
    config: 'strict',
    files: { 'eslint.config.mjs': flatConfig('strict') },
    command: eslintBin('eslint10'),
    format: 'eslint',
  },
  'eslint 8.57, flat config': {
    config: 'strict',
    files: { 'eslint.config.mjs': flatConfig('strict') },
    command: eslintBin('eslint8'),
    env: { ESLINT_USE_FLAT_CONFIG: 'true' },
    format: 'eslint',
  },
  'eslint 8.57, .eslintrc, legacy-strict': {
    config: 'strict',
    files: { '.eslintrc.json': eslintrc('strict') },
    command: eslintrcBin,
    env: { ESLINT_USE_FLAT_CONFIG: 'false' },
    format: 'eslint',
  },
  'eslint 9, flat config, recommended': {
    config: 'recommended',
    files: { 'eslint.config.mjs': flatConfig('recommended') },
    command: eslintBin('eslint'),
    format: 'eslint',
  },
  'eslint 8.57, .eslintrc, legacy-recommended': {
    config: 'recommended',
    files: { '.eslintrc.json': eslintrc('recommended') },
    command: eslintrcBin,
    env: { ESLINT_USE_FLAT_CONFIG: 'false' },
    format: 'eslint',
  },
  'oxlint, jsPlugins': {
    config: 'strict',
    files: { '.oxlintrc.json': oxlintrc('strict') },
    command: [path.join(bin('oxlint'), 'bin/oxlint'), '--format', 'json', 'src', 'test'],
    format: 'oxlint',
  },
};

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; fatal?: boolean; message: string }[];
}
interface OxlintResult {
  diagnostics: { code: string; filename: string; message: string; labels: { span: { line: number } }[] }[];
}

/** "src/users.js:23 http-status/no-body-on-bodiless-status", sorted. */
function findings(scenario: Scenario, directory: string): string[] {
  let output: string;
  try {
    output = execFileSync(process.execPath, scenario.command, {
      cwd: directory,
      encoding: 'utf8',
      env: { ...process.env, ...scenario.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // Linters exit 1 when they report errors; the JSON is on stdout all the same.
    output = String((error as { stdout?: string }).stdout ?? '');
    if (!output.trim()) throw error;
  }
  const list: string[] = [];
  if (scenario.format === 'eslint') {
    for (const result of JSON.parse(output) as EslintResult[]) {
      for (const message of result.messages) {
        if (message.fatal || !message.ruleId) throw new Error(`${result.filePath}: ${message.message}`);
        list.push(`${path.relative(directory, result.filePath)}:${message.line} ${message.ruleId}`);
      }
    }
  } else {
    for (const diagnostic of (JSON.parse(output) as OxlintResult).diagnostics) {
      const rule = /^http-status\((.+)\)$/.exec(diagnostic.code);
      // oxlint's own default rules are not ours to compare.
      if (!rule) continue;
      list.push(`${diagnostic.filename}:${diagnostic.labels[0]!.span.line} http-status/${rule[1]}`);
    }
  }
  return list.sort();
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/esm/src/index.js')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  // Installed by name, as users have it: resolved through package.json "exports" to dist/.
  mkdirSync(path.join(work, 'node_modules'), { recursive: true });
  symlinkSync(root, path.join(work, 'node_modules', 'eslint-plugin-http-status'), 'dir');
  for (const name of ['typescript-eslint', '@typescript-eslint']) symlinkSync(bin(name), path.join(work, 'node_modules', name), 'dir');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the same findings under every supported linter', () => {
  const results = new Map<string, string[]>();
  const run = (name: string) => {
    if (!results.has(name)) {
      const scenario = scenarios[name]!;
      const directory = path.join(work, name.replace(/\W+/g, '-'));
      cpSync(path.join(root, 'examples/app'), directory, { recursive: true });
      for (const [file, text] of Object.entries(scenario.files)) writeFileSync(path.join(directory, file), text);
      results.set(name, findings(scenario, directory));
    }
    return results.get(name)!;
  };

  it("eslint 9 with the flat strict config finds every rule's mistakes (the reference)", () => {
    const reference = run('eslint 9, flat config');
    // 30 since the value model reads the fallback of `err.status ?? 500` in the example app; 31 with
    // the redirect of a controller that another module registers (the project index).
    expect(reference).toHaveLength(31);
    expect(new Set(reference.map((finding) => finding.split(' ')[1]))).toEqual(
      new Set(Object.keys(plugin.rules).map((name) => `http-status/${name}`)),
    );
  });

  it.each(Object.keys(scenarios).filter((name) => scenarios[name]!.config === 'strict' && name !== 'eslint 9, flat config'))(
    '%s',
    (name) => {
      // oxlint hands its JS plugins no parser to read the project's other modules with: no project index there.
      const expected = run('eslint 9, flat config').filter(
        (finding) => !name.startsWith('oxlint') || finding !== 'src/controllers/account.js:8 http-status/no-302-after-post',
      );
      expect(run(name)).toEqual(expected);
    },
  );

  it('eslint 8.57 with .eslintrc and legacy-recommended matches the flat recommended config', () => {
    const recommended = run('eslint 9, flat config, recommended');
    expect(recommended.some((finding) => finding.endsWith('require-status-headers'))).toBe(false);
    expect(run('eslint 8.57, .eslintrc, legacy-recommended')).toEqual(recommended);
  });
});

describe('parsers', () => {
  it('vue-eslint-parser: the <script> of a .vue file', () => {
    const linter = new Linter({ configType: 'flat' });
    const code = `<template><p>{{ message }}</p></template>
<script setup>
const response = await fetch('/api/me');
const message = response.status === 401 ? 'log in' : 'welcome';
</script>
`;
    const messages = linter.verify(
      code,
      {
        files: ['**/*.vue'],
        plugins: { 'http-status': plugin as never },
        languageOptions: { parser: vueParser, sourceType: 'module' },
        rules: { 'http-status/no-magic-status': 'error' },
      },
      { filename: path.join(__dirname, 'fixtures/no-deps/Profile.vue') },
    );
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['http-status/no-magic-status', 4, 37]]);
  });
});
