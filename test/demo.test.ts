// The example app keeps showing what the README promises: findings from every rule, and fixes
// that `npm run demo` prints as a diff.
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
// @ts-expect-error -- plain ES module without types
import { lintExamples } from '../examples/demo.mjs';

interface Result {
  filePath: string;
  output?: string;
  messages: { ruleId: string | null; line: number; fatal?: boolean }[];
}

describe('the demo', () => {
  it("finds the example app's mistakes with every rule of the strict config, and nothing else", async () => {
    const results = (await lintExamples()) as Result[];
    const findings = results.flatMap((result) =>
      result.messages.map((message) => `${result.filePath.replace(/.*examples\/app\//, '')}:${message.line} ${message.ruleId}`),
    );
    expect(results.flatMap((result) => result.messages).filter((message) => message.fatal)).toEqual([]);
    expect(findings).toEqual([
      // Made in a controller that users.js registers under POST (the project index).
      'src/controllers/account.js:8 http-status/no-302-after-post',
      'src/items.mjs:8 http-status/no-magic-status',
      'src/items.mjs:13 http-status/no-magic-status',
      'src/items.mjs:15 http-status/no-magic-status',
      'src/items.mjs:21 http-status/no-magic-status',
      'src/items.mjs:21 http-status/no-body-on-bodiless-status',
      'src/items.mjs:26 http-status/no-unknown-status',
      'src/users.js:10 http-status/no-magic-status',
      'src/users.js:12 http-status/no-magic-status',
      'src/users.js:17 http-status/no-magic-status',
      'src/users.js:23 http-status/no-magic-status',
      'src/users.js:23 http-status/no-body-on-bodiless-status',
      'src/users.js:29 http-status/no-302-after-post',
      'src/users.js:35 http-status/no-magic-status',
      'src/users.js:35 http-status/require-status-headers',
      'src/users.js:42 http-status/no-magic-status',
      'src/users.js:42 http-status/no-unknown-status',
      'src/users.js:48 http-status/no-magic-status',
      'src/users.js:48 http-status/no-unknown-status',
      // The fallback of `err.status ?? 500` is a status of its own (the value model).
      'src/users.js:50 http-status/no-magic-status',
      'src/worker.ts:11 http-status/no-magic-status',
      'src/worker.ts:15 http-status/no-magic-status',
      'src/worker.ts:15 http-status/no-unknown-status',
      'src/worker.ts:18 http-status/no-magic-status',
      'src/worker.ts:22 http-status/no-magic-status',
      'src/worker.ts:22 http-status/require-status-headers',
      'src/worker.ts:26 http-status/no-unknown-status',
      'src/worker.ts:28 http-status/no-magic-status',
      'test/users.test.js:8 http-status/no-magic-status',
      'test/users.test.js:14 http-status/no-magic-status',
      'test/users.test.js:19 http-status/no-magic-status',
    ]);
    // Every rule of the plugin shows up in the demo.
    expect(new Set(findings.map((finding) => finding.split(' ')[1]))).toEqual(
      new Set(Object.keys(plugin.rules).map((name) => `http-status/${name}`)),
    );
  });

  it('fixes files without writing them', async () => {
    const results = (await lintExamples({ fix: true })) as Result[];
    const fixed = Object.fromEntries(
      results.filter((result) => result.output).map((result) => [result.filePath.replace(/.*examples\/app\//, ''), result.output!]),
    );
    expect(Object.keys(fixed).sort()).toEqual(['src/items.mjs', 'src/users.js', 'src/worker.ts', 'test/users.test.js']);
    // Among the packages, in sorted place, before the relative require.
    expect(fixed['src/users.js']).toContain(
      "const express = require('express');\nconst { StatusCodes } = require('http-status-codes');\nconst db = require('./db');\n",
    );
    expect(fixed['test/users.test.js']).toContain('expect(res.status).toBe(StatusCodes.CREATED);');
  });
});
