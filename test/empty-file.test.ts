// Every rule on a file with nothing to check: no report and no crash, under both parsers and
// both module systems, before any visitor has run.
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import espree from 'espree';

import { rules } from '../src/rules.js';
import { commonJsScript, createTester, fixtureFile } from './rule-tester.js';

const tester = createTester();

const emptyFiles = [
  { name: 'an empty file', code: '' },
  { name: 'a file of blank lines', code: '\n\n  \n' },
  { name: 'a file of only comments', code: '// res.status(302);\n/* res.writeHead(426); */\n/** @type {number} */\n' },
  { name: 'a hashbang and a comment', code: '#!/usr/bin/env node\n// res.status(999);\n' },
];

for (const [name, rule] of Object.entries(rules)) {
  tester.run(`${name} on an empty file`, rule as unknown as RuleModule<string, readonly unknown[]>, {
    valid: emptyFiles.flatMap(({ name: shape, code }) => [
      { name: `${shape}, TypeScript`, code },
      { name: `${shape}, JavaScript module`, code, filename: fixtureFile('no-deps', 'file.js'), languageOptions: { parser: espree } },
      { name: `${shape}, CommonJS script`, code, filename: fixtureFile('no-deps', 'file.cjs'), languageOptions: commonJsScript },
    ]),
    invalid: [],
  });
}
