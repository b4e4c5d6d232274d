// What the bench and the snapshot lint: a folder of projects (each subfolder a project, its own
// files), generated or real, in the adoption state or in the steady state after one `--fix`.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import { generators } from './corpus.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const sourceFiles = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];
/**
 * Parsers by extension: typescript-eslint for TypeScript (it takes JSX from `.tsx`), espree with JSX
 * for JavaScript. Real projects' `eslint-disable` comments name rules that are not configured here:
 * reporting them as unused (and removing them in the `--fix`) would be noise.
 */
export const parsers = [
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },
  { files: ['**/*.{js,jsx,mjs}'], languageOptions: { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
];
const extensions = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;
/** Dependencies, build output and caches, never the project's own code. */
const skippedFolders = new Set([
  'node_modules',
  'dist',
  'build',
  '.next',
  'coverage',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.vercel',
  '.wrangler',
  '.turbo',
  '.git',
]);
const MAX_BYTES = 300_000;

/** Minified or bundled: a `.min.` name, or long lines on average. */
const isMinified = (file, size, text) => /\.min\.[cm]?js$/.test(file) || (size > 10_000 && size / (text.split('\n').length || 1) > 300);

/**
 * @typedef {{ root: string, files: string[], projects: string[], packageJsons: string[], skipped: number }} Workspace
 * `files` and `packageJsons` are absolute; `projects` are the names of the subfolders of `root`.
 */

/** The project a file belongs to: the first folder under the workspace root. */
export const projectOf = (workspace, file) => path.relative(workspace.root, file).split(path.sep)[0];

/**
 * Every project under `root`: each subfolder is a project; its JavaScript and TypeScript files are
 * linted, except dependencies, build output, minified files and files over 300 KB.
 * @returns {Workspace}
 */
export function collectWorkspace(root) {
  root = path.resolve(root);
  const files = [];
  const packageJsons = [];
  let skipped = 0;
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walk(full);
      } else if (entry.isFile()) {
        if (entry.name === 'package.json') packageJsons.push(full);
        if (!extensions.test(entry.name)) continue;
        const { size } = statSync(full);
        if (size > MAX_BYTES || isMinified(entry.name, size, readFileSync(full, 'utf8'))) skipped++;
        else files.push(full);
      }
    }
  };
  const projects = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skippedFolders.has(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const project of projects) walk(path.join(root, project));
  return { root, files: files.sort(), projects, packageJsons, skipped };
}

/** A generated corpus (`handlers` or `real-mix`) of `count` files in a new temporary folder, as one project. */
export function generatedWorkspace(name, count) {
  const root = mkdtempSync(path.join(tmpdir(), `http-status-${name}-`));
  generators[name](path.join(root, name), count);
  return collectWorkspace(root);
}

/** Adds http-status-codes to a package.json's dependencies (kept as it is when it does not parse). */
function withProvider(text) {
  try {
    const json = JSON.parse(text);
    json.dependencies = { ...json.dependencies, 'http-status-codes': '^2.3.0' };
    return `${JSON.stringify(json, undefined, 2)}\n`;
  } catch {
    return text;
  }
}

/**
 * The day after adoption: a copy of the workspace where every package.json depends on
 * http-status-codes (each project gets one at its root if it has none), the package resolves
 * from the copy (a node_modules link to this repository's), and one `--fix` has run.
 * @param {Workspace} workspace
 * @param {object[]} config the plugin's `all` config with the parsers
 * @returns {Promise<{ workspace: Workspace, fixedFiles: number, results: import('eslint').ESLint.LintResult[] }>}
 * `results` are those of the fixing lint: the reports left after the fix, and each fixed text.
 */
export async function steadyStateOf(workspace, config) {
  const root = mkdtempSync(path.join(tmpdir(), 'http-status-steady-'));
  const moved = (file) => path.join(root, path.relative(workspace.root, file));
  for (const file of workspace.files) {
    mkdirSync(path.dirname(moved(file)), { recursive: true });
    copyFileSync(file, moved(file));
  }
  const packageJsons = [...workspace.packageJsons];
  for (const project of workspace.projects) {
    const own = path.join(workspace.root, project, 'package.json');
    if (!packageJsons.includes(own)) packageJsons.push(own);
  }
  for (const file of packageJsons) {
    mkdirSync(path.dirname(moved(file)), { recursive: true });
    writeFileSync(moved(file), withProvider(existsSync(file) ? readFileSync(file, 'utf8') : '{ "private": true }'));
  }
  mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  symlinkSync(path.dirname(require.resolve('http-status-codes/package.json')), path.join(root, 'node_modules', 'http-status-codes'), 'dir');
  const copy = { ...workspace, root, files: workspace.files.map(moved), packageJsons: packageJsons.map(moved) };
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, fix: true, cache: false, warnIgnored: false });
  const results = await eslint.lintFiles(copy.files);
  await ESLint.outputFixes(results);
  return { workspace: copy, fixedFiles: results.filter((result) => result.output !== undefined).length, results };
}

/**
 * ESLint's own config array, built once: `Linter#verify` would otherwise build and normalise a
 * new one on every call, a cost that would drown what is measured.
 */
export function configArray(config, basePath) {
  const eslintRoot = path.dirname(require.resolve('eslint/package.json'));
  const { FlatConfigArray } = require(path.join(eslintRoot, 'lib/config/flat-config-array.js'));
  const array = new FlatConfigArray(config, { basePath });
  array.normalizeSync();
  return array;
}
