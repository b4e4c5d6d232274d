// The public types: they agree with the rules, they name no package but the plugin's own files,
// and a TypeScript flat config that uses them compiles against the built package.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';

import type { rules as ruleModules } from '../src/rules.js';
import type { RuleName, RuleOptions } from '../src/types.js';

const root = path.resolve(__dirname, '..');

type OptionsOf<Name extends RuleName> = NonNullable<(typeof ruleModules)[Name]['defaultOptions']>;

describe('public types', () => {
  it('list every rule with the options the rule declares', () => {
    // Checked by `npm run typecheck`; a mismatch does not compile.
    expectTypeOf<keyof typeof ruleModules>().toEqualTypeOf<RuleName>();
    expectTypeOf<OptionsOf<'no-302-after-post'>>().toEqualTypeOf<RuleOptions['no-302-after-post']>();
    expectTypeOf<OptionsOf<'no-body-on-bodiless-status'>>().toEqualTypeOf<RuleOptions['no-body-on-bodiless-status']>();
    expectTypeOf<OptionsOf<'no-magic-status'>>().toEqualTypeOf<RuleOptions['no-magic-status']>();
    expectTypeOf<OptionsOf<'no-unknown-status'>>().toEqualTypeOf<RuleOptions['no-unknown-status']>();
    expectTypeOf<OptionsOf<'require-status-headers'>>().toEqualTypeOf<RuleOptions['require-status-headers']>();
  });

  it.each(['esm', 'cjs'])('of the %s build import nothing but their own files', (build) => {
    const seen = new Set<string>();
    const bare: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from\s+|import\()['"]([^'"]+)['"]/g)) {
        if (!specifier!.startsWith('.')) bare.push(`${path.relative(root, file)}: ${specifier}`);
        else visit(path.resolve(path.dirname(file), specifier!.replace(/\.js$/, '.d.ts')));
      }
    };
    visit(path.join(root, 'dist', build, 'src/index.d.ts'));
    expect(seen.size).toBeGreaterThan(3);
    expect(bare).toEqual([]);
  });

  describe('in a TypeScript flat config', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'http-status-types-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    // ESLint 9 and ESLint 10 (the one `npm i -D eslint` installs today), each as `eslint`.
    it.each(['eslint', 'eslint10'])('compile with defineConfig, typed options and no skipLibCheck (%s)', (eslint) => {
      const project = path.join(work, eslint);
      mkdirSync(path.join(project, 'node_modules'), { recursive: true });
      symlinkSync(root, path.join(project, 'node_modules/eslint-plugin-http-status'));
      symlinkSync(path.join(root, 'node_modules', eslint), path.join(project, 'node_modules/eslint'));
      const config = readFileSync(path.join(root, 'test/types/eslint.config.ts'), 'utf8').replaceAll(
        "'../../src/index.js'",
        "'eslint-plugin-http-status'",
      );
      expect(config).toContain("from 'eslint-plugin-http-status'");
      // Without a package.json "type", .ts loads the CommonJS build's types and .mts the ES build's.
      const files = ['eslint.config.ts', 'eslint.config.mts'];
      for (const file of files) writeFileSync(path.join(project, file), config);
      const compilerOptions = { strict: true, module: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: [] };
      writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
      const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
      expect(execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' })).toBe('');
    });
  });
});
