// `npm run demo`: lints the example app with the built plugin's strict config, prints the
// findings, and prints the diff that `eslint --fix` would make. It changes no file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import httpStatus from '../dist/esm/src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const appDirectory = path.join(here, 'app');

function eslint(fix) {
  return new ESLint({
    cwd: appDirectory,
    fix,
    overrideConfigFile: true,
    overrideConfig: [
      httpStatus.configs.strict,
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      { files: ['src/**/*.js'], languageOptions: { sourceType: 'commonjs' } },
    ],
  });
}

/** Lints the example app; with `fix`, returns what `--fix` would write, without writing it. */
export async function lintExamples({ fix = false } = {}) {
  return eslint(fix).lintFiles(['src', 'test']);
}

function unifiedDiff(file, before, after) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'http-status-demo-'));
  try {
    const relative = path.relative(appDirectory, file);
    const a = path.join(scratch, 'a', path.basename(file));
    const b = path.join(scratch, 'b', path.basename(file));
    execFileSync('mkdir', ['-p', path.dirname(a), path.dirname(b)]);
    writeFileSync(a, before);
    writeFileSync(b, after);
    try {
      execFileSync('git', ['diff', '--no-index', '--no-color', '--', a, b], { encoding: 'utf8' });
      return '';
    } catch (error) {
      // git diff exits 1 when the files differ.
      return String(error.stdout)
        .replaceAll(`a${a}`, `a/${relative}`)
        .replaceAll(`b${b}`, `b/${relative}`)
        .replaceAll(a, `a/${relative}`)
        .replaceAll(b, `b/${relative}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main() {
  const results = await lintExamples();
  const formatter = await eslint(false).loadFormatter('stylish');
  const count = results.reduce((sum, result) => sum + result.messages.length, 0);
  console.log(`Linting examples/app with httpStatus.configs.strict: ${count} findings\n`);
  console.log(await formatter.format(results));

  console.log('The diff `eslint --fix` would make (no file is changed):\n');
  for (const result of await lintExamples({ fix: true })) {
    if (result.output === undefined) continue;
    process.stdout.write(unifiedDiff(result.filePath, readFileSync(result.filePath, 'utf8'), result.output));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
