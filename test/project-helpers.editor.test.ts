// An editor lints one file while its imports change on disk: a helper module is learned again once
// its modification time changes (checked at most once a second), so the next lint sees the change.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

const root = mkdtempSync(path.join(tmpdir(), 'http-status-helpers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'editor-app', type: 'module' }));
const helper = path.join(root, 'redirects.ts');
const route = path.join(root, 'route.ts');
const code = "import { done } from './redirects.ts';\nexport async function action() {\n  return done();\n}\n";

function writeHelper(status: number, mtime: number): void {
  writeFileSync(helper, `import { redirect } from 'react-router';\nexport const done = () => redirect('/done', ${status});\n`);
  utimesSync(helper, mtime, mtime);
}

function lint(): string[] {
  const linter = new Linter({ configType: 'flat', cwd: root });
  return linter
    .verify(
      code,
      {
        files: ['**/*.ts'],
        plugins: { 'http-status': plugin as never },
        languageOptions: { parser: tsParser as never },
        rules: { 'http-status/no-302-after-post': 'error' },
      },
      { filename: route },
    )
    .map((message) => `${message.line}:${message.column} ${message.message.split(':')[0]}`);
}

describe('helpers of other modules in an editor', () => {
  it('learns a helper again when its module changes on disk', async () => {
    writeHelper(302, 1_000_000);
    expect(lint()).toEqual(['3:10 `done` answers the POST `action` with a 302 redirect']);
    writeHelper(303, 2_000_000);
    // A read of the disk is trusted for a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(lint()).toEqual([]);
    writeHelper(301, 3_000_000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(lint()).toEqual(['3:10 `done` answers the POST `action` with a 301 redirect']);
  });
});
