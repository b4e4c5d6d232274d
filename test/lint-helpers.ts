import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';

import plugin from '../src/index.js';

export type Parser = 'espree' | 'typescript';

/** Lints with the plugin's rules through ESLint's own Linter, fixing until stable like `eslint --fix`. */
export function lintAndFix(
  code: string,
  rules: Linter.RulesRecord,
  {
    filename = 'file.js',
    parser = 'espree',
    sourceType = 'module',
  }: { filename?: string; parser?: Parser; sourceType?: 'module' | 'script' | 'commonjs' } = {},
): Linter.FixReport {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config = {
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    plugins: { 'http-status': plugin as never },
    languageOptions: { sourceType, ecmaVersion: 'latest', ...(parser === 'typescript' ? { parser: tsParser as never } : {}) },
    rules,
  };
  return linter.verifyAndFix(code, config, { filename });
}

/** Parse errors (fatal messages) for `code` under the same parser. */
export function parseErrors(
  code: string,
  options: { filename?: string; parser?: Parser; sourceType?: 'module' | 'script' | 'commonjs' } = {},
): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const { parser = 'espree', sourceType = 'module', filename = 'file.js' } = options;
  return linter
    .verify(
      code,
      {
        files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
        languageOptions: { sourceType, ecmaVersion: 'latest', ...(parser === 'typescript' ? { parser: tsParser as never } : {}) },
      },
      { filename },
    )
    .filter((message) => message.fatal);
}
