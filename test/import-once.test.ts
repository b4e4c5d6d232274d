// The fixes of a file that needs the import: the first adds it, the others write only their
// constant, so no two overlap (an editor's per-rule "Fix all" takes only fixes that do not).
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

const config: Linter.Config[] = [
  {
    plugins: { 'http-status': plugin as never },
    languageOptions: { sourceType: 'module', ecmaVersion: 'latest' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: { 'http-status/no-magic-status': ['error', { provider: 'http-status-codes' }] },
  },
];

function fixesOf(code: string): { range: [number, number]; text: string }[] {
  const messages = new Linter({ configType: 'flat' }).verify(code, config, { filename: 'file.js' });
  expect(messages.every((message) => message.ruleId === 'http-status/no-magic-status' && message.fix)).toBe(true);
  return messages.map((message) => ({ range: message.fix!.range, text: message.fix!.text }));
}

/** All fixes applied at once, as an editor applies the edits of one "Fix all". */
function applyAll(code: string, fixes: readonly { range: [number, number]; text: string }[]): string {
  let text = code;
  for (const fix of [...fixes].sort((a, b) => b.range[0] - a.range[0]))
    text = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
  return text;
}

const body = "res.status(201);\nres.status(404);\nres.redirect(302, '/');\n";
const header = "import express from 'express';\n\n";

describe('one import for all the fixes of a file', () => {
  it('the first fix adds the import, the others write their constant alone, and none overlaps another', () => {
    const code = header + body;
    const fixes = fixesOf(code);
    expect(fixes.map((fix) => fix.text)).toEqual([
      "\nimport { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.CREATED",
      'StatusCodes.NOT_FOUND',
      'StatusCodes.MOVED_TEMPORARILY',
    ]);
    for (let index = 1; index < fixes.length; index++) expect(fixes[index]!.range[0]).toBeGreaterThan(fixes[index - 1]!.range[1]);
    const once = applyAll(code, fixes);
    expect(once).toBe(
      "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\n\n" +
        "res.status(StatusCodes.CREATED);\nres.status(StatusCodes.NOT_FOUND);\nres.redirect(StatusCodes.MOVED_TEMPORARILY, '/');\n",
    );
    const fixed = new Linter({ configType: 'flat' }).verifyAndFix(code, config, { filename: 'file.js' });
    expect(fixed.output).toBe(once);
  });

  it('every fix keeps its import when a comment may disable the rule on some line', () => {
    for (const comment of [
      '// eslint-disable-next-line http-status/no-magic-status',
      '/* eslint-disable-line no-console, http-status/no-magic-status -- why */',
    ]) {
      const fixes = fixesOf(`${header}${comment}\nres.status(200);\n${body}`);
      expect(fixes.filter((fix) => fix.text.includes("from 'http-status-codes'")).length, comment).toBe(fixes.length);
    }
  });

  it('a comment that disables other rules only leaves the import to the first fix', () => {
    for (const comment of [
      '// eslint-disable-next-line no-console',
      '/* eslint-disable no-console -- http-status/no-magic-status is fine */',
    ]) {
      const fixes = fixesOf(`${header}${comment}\n${body}`);
      expect(fixes.filter((fix) => fix.text.includes("from 'http-status-codes'")).length, comment).toBe(1);
    }
  });
});
