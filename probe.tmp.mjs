import { Linter } from 'eslint';
import plugin from '/work/wt-i15/dist/esm/src/index.js';
const [code, opts, filename] = [process.argv[2], JSON.parse(process.argv[3] ?? '{}'), process.argv[4] ?? 'file.ts'];
const linter = new Linter({ configType: 'flat' });
const parser = (await import('@typescript-eslint/parser')).default;
const rules = {};
for (const [k, v] of Object.entries(opts)) rules['http-status/' + k] = v;
const msgs = linter.verify(
  code,
  [{ files: ['**/*.ts', '**/*.js'], plugins: { 'http-status': plugin }, languageOptions: { parser }, rules }],
  filename,
);
console.log(JSON.stringify(msgs, null, 1));
