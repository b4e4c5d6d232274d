// The project's configured style, read without loading Prettier or ESLint configs: what a new
// import copies when the file itself shows no habit.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { projectStyle } from '../src/fix/code-style.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'http-status-code-style-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The style for a file in a new project folder holding `files`. */
function styleWith(name: string, files: Record<string, string>, file = 'src/app.ts') {
  const directory = path.join(scratch, name);
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, relative)), { recursive: true });
    writeFileSync(path.join(directory, relative), text);
  }
  return projectStyle(path.join(directory, file), directory);
}

describe('projectStyle', () => {
  const cases: [string, Record<string, string>, { quote?: string; semicolon?: string }][] = [
    ['no config at all', { 'package.json': '{}' }, {}],
    ['.prettierrc in JSON, no options: Prettier defaults', { '.prettierrc': '{}' }, { quote: '"', semicolon: ';' }],
    ['.prettierrc.json', { '.prettierrc.json': '{ "semi": false, "singleQuote": true }' }, { quote: "'", semicolon: '' }],
    ['.prettierrc.yml', { '.prettierrc.yml': 'semi: false\n' }, { quote: '"', semicolon: '' }],
    ['.prettierrc.toml', { '.prettierrc.toml': 'singleQuote = true\nsemi = false\n' }, { quote: "'", semicolon: '' }],
    [
      'prettier.config.mjs',
      { 'prettier.config.mjs': 'export default {\n  semi: false,\n  singleQuote: true,\n};\n' },
      { quote: "'", semicolon: '' },
    ],
    ['package.json "prettier"', { 'package.json': '{ "prettier": { "semi": false } }' }, { quote: '"', semicolon: '' }],
    ['package.json "prettier" naming a shared config says nothing', { 'package.json': '{ "prettier": "@acme/prettier-config" }' }, {}],
    [
      'eslint.config.js rules',
      { 'eslint.config.js': "export default [{ rules: { semi: ['error', 'never'], quotes: ['warn', 'single'] } }];\n" },
      { quote: "'", semicolon: '' },
    ],
    [
      "eslint.config.mjs @stylistic's customize(): no semicolons unless asked",
      {
        'eslint.config.mjs':
          "import stylistic from '@stylistic/eslint-plugin';\nexport default [stylistic.configs.customize({ quotes: 'double' })];\n",
      },
      { quote: '"', semicolon: '' },
    ],
    ['.eslintrc.json extending standard', { '.eslintrc.json': '{ "extends": ["standard"] }' }, { quote: "'", semicolon: '' }],
    ['package.json "eslintConfig"', { 'package.json': '{ "eslintConfig": { "rules": { "semi": [2, "always"] } } }' }, { semicolon: ';' }],
    [
      'Prettier decides over ESLint, since it formats last',
      { '.prettierrc': '{ "singleQuote": true }', 'eslint.config.js': "export default [{ rules: { quotes: ['error', 'double'] } }];\n" },
      { quote: "'", semicolon: ';' },
    ],
    [
      'the nearest Prettier config wins over one further up',
      { '.prettierrc': '{ "semi": false }', 'packages/api/.prettierrc.json': '{ "singleQuote": true }' },
      { quote: "'", semicolon: ';' },
    ],
  ];
  for (const [name, files, expected] of cases) {
    it(name, () => {
      const file = Object.keys(files).some((relative) => relative.startsWith('packages/api/')) ? 'packages/api/src/app.ts' : 'src/app.ts';
      const style = styleWith(name.replace(/\W+/g, '-'), files, file);
      expect({ quote: style.quote, semicolon: style.semicolon }).toEqual({ quote: expected.quote, semicolon: expected.semicolon });
    });
  }

  it('a file without a path has no project', () => {
    expect(projectStyle('<input>', scratch)).toEqual({});
    expect(projectStyle('', scratch)).toEqual({});
  });
});
