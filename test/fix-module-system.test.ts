// How the module system of a file is decided: its own syntax, its extension, the nearest
// package.json "type", and a script parse; never the config's sourceType default.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getFileFacts } from '../src/analysis/file-facts.js';
import { moduleSystemOf } from '../src/fix/module-system.js';
import type { ModuleSystem } from '../src/fix/module-system.js';
import { fixtureFile } from './rule-tester.js';

function decide(code: string, filename: string, sourceType: 'module' | 'script' | 'commonjs' = 'module'): ModuleSystem {
  let system: ModuleSystem | undefined;
  const linter = new Linter({ configType: 'flat' });
  const probe = {
    create: (context: never) => ({
      'Program:exit'() {
        const { sourceCode, physicalFilename, cwd } = context as { sourceCode: never; physicalFilename: string; cwd: string };
        system = moduleSystemOf(sourceCode, getFileFacts(sourceCode), physicalFilename, cwd);
      },
    }),
  };
  const messages = linter.verify(
    code,
    {
      files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
      plugins: { probe: { rules: { system: probe as never } } },
      languageOptions: { sourceType, ...(/\.[cm]?ts$/.test(filename) ? { parser: tsParser as never } : {}) },
      rules: { 'probe/system': 'error' },
    },
    { filename },
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return system!;
}

const esmApp = (name: string) => fixtureFile('esm-app', name);
const cjsApp = (name: string) => fixtureFile('cjs-app', name);
const untyped = (name: string) => fixtureFile('no-deps', name);

describe('moduleSystemOf', () => {
  it.each([
    ['import statements', "import a from 'a';\nuse(a);", untyped('a.js'), 'module', 'esm', true],
    ['an export statement', 'export const a = 1;', untyped('a.js'), 'module', 'esm', true],
    ['import.meta', 'use(import.meta.url);', untyped('a.js'), 'module', 'esm', true],
    ['a require inside an expression', "const app = require('express')();", untyped('a.js'), 'module', 'cjs', true],
    ['module.exports', 'module.exports = 1;', untyped('a.js'), 'module', 'cjs', true],
    ['exports.x', 'exports.handler = () => {};', untyped('a.js'), 'module', 'cjs', true],
    ['a property named require is not CommonJS', 'loader.require("x");', untyped('a.js'), 'module', 'esm', false],
    ['silence: a .js file of a package without "type"', 'use(1);', untyped('a.js'), 'module', 'esm', false],
    ['a script parse cannot hold an import: a require', 'use(1);', untyped('a.js'), 'script', 'cjs', true],
    ['"type": "module"', 'use(1);', esmApp('a.js'), 'module', 'esm', true],
    ['"type": "commonjs"', 'use(1);', cjsApp('a.js'), 'module', 'cjs', true],
    ['imports in a "type": "commonjs" package conflict', "import a from 'a';", cjsApp('a.js'), 'module', 'esm', false],
    ['require in a "type": "module" package conflicts', "const a = require('a');", esmApp('a.js'), 'module', 'cjs', false],
    ['both syntaxes in one file conflict', "import a from 'a';\nconst b = require('b');", untyped('a.js'), 'module', 'esm', false],
    [
      'a require the file defines (createRequire) is not CommonJS',
      "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nrequire('x');",
      cjsApp('a.mjs'),
      'module',
      'esm',
      true,
    ],
    ['.mjs', 'use(1);', cjsApp('a.mjs'), 'module', 'esm', true],
    ['.cjs', 'use(1);', esmApp('a.cjs'), 'module', 'cjs', true],
    ['.cjs holding imports conflicts', "import a from 'a';", untyped('a.cjs'), 'module', 'esm', false],
    ['.mts', 'use(1);', untyped('a.mts'), 'module', 'esm', true],
    ['.cts', 'use(1);', untyped('a.cts'), 'module', 'cjs', true],
    ['a .ts file: "type": "module" counts', 'use(1);', esmApp('a.ts'), 'module', 'esm', true],
    ['a .ts file: "type": "commonjs" does not, since imports compile to require', 'use(1);', cjsApp('a.ts'), 'module', 'esm', false],
    ['a .ts file with imports in a "type": "commonjs" package', "import a from 'a';\nuse(a);", cjsApp('a.ts'), 'module', 'esm', true],
  ] as const)('%s', (_name, code, filename, sourceType, form, settled) => {
    expect(decide(code, filename, sourceType)).toEqual({ form, settled });
  });
});
