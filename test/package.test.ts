// What `npm pack` ships: the built code, its types, the docs and the license; no sources,
// tests, benchmarks or examples.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');

describe('npm pack', () => {
  it('contains only what users need', () => {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as [{ files: { path: string }[] }];
    const files = pack.files.map((file) => file.path);
    const outside = files.filter(
      (file) =>
        !/^(?:dist\/(?:esm|cjs)\/(?:src|rules)\/.+\.(?:js|d\.ts)|dist\/cjs\/package\.json|docs\/rules\/[\w-]+\.md|README\.md|LICENSE|package\.json)$/.test(
          file,
        ),
    );
    expect(outside).toEqual([]);
    for (const entry of [
      'dist/esm/src/index.js',
      'dist/esm/src/index.d.ts',
      'dist/cjs/src/index.js',
      'dist/cjs/src/index.d.ts',
      'dist/cjs/package.json',
      'LICENSE',
      'README.md',
    ]) {
      expect(files).toContain(entry);
    }
    // Both builds hold every rule.
    for (const build of ['esm', 'cjs'])
      expect(files.filter((file) => file.startsWith(`dist/${build}/rules/`) && file.endsWith('.js'))).toHaveLength(5);
  });
});
