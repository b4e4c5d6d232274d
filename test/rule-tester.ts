import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';
import type { TestCaseError, TestLanguageOptions } from '@typescript-eslint/rule-tester';
import espree from 'espree';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const fixtures = path.resolve(__dirname, 'fixtures');

/** A file in a fixture project; the project's package.json is what provider "auto" reads. */
export function fixtureFile(project: string, name = 'file.ts'): string {
  return path.join(fixtures, project, name);
}

/** TypeScript parser; files default to a project without any constants package. */
export function createTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    defaultFilenames: { ts: fixtureFile('no-deps', 'file.ts'), tsx: fixtureFile('no-deps', 'react.tsx') },
  });
}

/** The location of the `occurrence`-th appearance of `needle` in `code`, as RuleTester expects it. */
export function locate(code: string, needle: string, occurrence = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    index = code.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`"${needle}" occurs fewer than ${occurrence} times in:\n${code}`);
  }
  const before = code.slice(0, index).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

/**
 * A report asserted by its exact text. The tester checks `message` at run time (as ESLint's
 * RuleTester does) although its types only list `messageId`.
 */
export function exactly<MessageIds extends string>(
  message: string,
  details: Omit<TestCaseError<MessageIds>, 'messageId' | 'data'>,
): TestCaseError<MessageIds> {
  return { message, ...details } as unknown as TestCaseError<MessageIds>;
}

/**
 * Plain JavaScript as a CommonJS script. ESLint takes `sourceType` from languageOptions;
 * the tester passes them through, though its type leaves the key out.
 */
export const commonJsScript = { parser: espree, sourceType: 'script' } as TestLanguageOptions;
