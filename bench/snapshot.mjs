// Every report of the plugin's `all` config, one line each, to show that a change (a new analysis
// driver, a file gate) finds exactly what it found before, or to list what it finds differently.
// For each corpus: the reports in the adoption state, the text of each file one `--fix` changes
// (a hash), and the reports left in the steady state after that fix (http-status-codes in every
// package.json). A line reads `rule file:line:column messageId[ fix][ suggest=N] message`.
//
//   node bench/snapshot.mjs                      writes bench/snapshots/{handlers,real-mix}.json
//   node bench/snapshot.mjs --check              compares with them, prints the differences, exits 1 on any
//   node bench/snapshot.mjs --corpus DIR --out FILE          real projects (each subfolder a project)
//   node bench/snapshot.mjs --corpus DIR --out FILE --check  compares with FILE
//   node bench/snapshot.mjs --gate [--corpus DIR]            lints with the file gate on and off
//                                                            (HTTP_STATUS_NO_GATE=1) and diffs
// The generated corpora have a fixed seed and SNAPSHOT_FILES (500) files each; test/bench-snapshot
// regenerates them with the plugin's sources and requires the committed lines exactly.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { ESLint } from 'eslint';

import { collectWorkspace, generatedWorkspace, parsers, repoRoot, sourceFiles, steadyStateOf } from './workspace.mjs';

export const SNAPSHOT_FILES = 500;
export const snapshotDirectory = path.join(repoRoot, 'bench', 'snapshots');
export const generatedCorpora = ['handlers', 'real-mix'];

const relative = (root, file) => path.relative(root, file).split(path.sep).join('/');

/** One line per report, in file order. */
function reportLines(results, root) {
  const lines = [];
  for (const result of [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : 1))) {
    const file = relative(root, result.filePath);
    for (const message of result.messages) {
      const marks = `${message.fix ? ' fix' : ''}${message.suggestions?.length ? ` suggest=${message.suggestions.length}` : ''}`;
      lines.push(
        `${message.ruleId ?? 'fatal'} ${file}:${message.line}:${message.column} ${message.messageId ?? '-'}${marks} ${message.message}`,
      );
    }
  }
  return lines;
}

/**
 * The snapshot sections of one workspace, linted with `plugin`: `NAME/adoption`, `NAME/fixes`
 * (a hash of each text the fix changes) and `NAME/steady state`.
 * @param {{ configs: { all: object } }} plugin
 * @param {import('./workspace.mjs').Workspace} workspace
 * @param {string} name
 * @returns {Promise<Record<string, string[]>>}
 */
export async function snapshotOf(plugin, workspace, name) {
  const config = [...parsers, { ...plugin.configs.all, files: sourceFiles }];
  const eslint = new ESLint({ cwd: workspace.root, overrideConfigFile: true, overrideConfig: config, cache: false, warnIgnored: false });
  const adoption = reportLines(await eslint.lintFiles(workspace.files), workspace.root);
  const steady = await steadyStateOf(workspace, config);
  try {
    const fixes = steady.results
      .filter((result) => result.output !== undefined)
      .map(
        (result) =>
          `${relative(steady.workspace.root, result.filePath)} ${createHash('sha1').update(result.output).digest('hex').slice(0, 12)}`,
      )
      .sort();
    return {
      [`${name}/adoption`]: adoption,
      [`${name}/fixes`]: fixes,
      [`${name}/steady state`]: reportLines(steady.results, steady.workspace.root),
    };
  } finally {
    rmSync(steady.workspace.root, { recursive: true, force: true });
  }
}

/** The snapshot of a generated corpus (fixed seed, SNAPSHOT_FILES files), with the paths of its files relative to its root. */
export async function generatedSnapshot(plugin, corpus, count = SNAPSHOT_FILES) {
  const workspace = generatedWorkspace(corpus, count);
  try {
    return { sections: await snapshotOf(plugin, workspace, corpus), files: workspace.files.map((file) => relative(workspace.root, file)) };
  } finally {
    rmSync(workspace.root, { recursive: true, force: true });
  }
}

/** JSON with one line per report, so that a diff of two snapshots reads report by report. */
export function formatSnapshot(sections) {
  const body = Object.entries(sections).map(
    ([section, lines]) =>
      `  ${JSON.stringify(section)}: [${lines.length ? `\n${lines.map((line) => `    ${JSON.stringify(line)}`).join(',\n')}\n  ` : ''}]`,
  );
  return `{\n${body.join(',\n')}\n}\n`;
}

/** The lines only in `before` (`-`) and only in `after` (`+`), section by section, duplicates counted. */
export function diffSnapshots(before, after) {
  const differences = [];
  for (const section of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const counts = new Map();
    for (const line of before[section] ?? []) counts.set(line, (counts.get(line) ?? 0) + 1);
    for (const line of after[section] ?? []) counts.set(line, (counts.get(line) ?? 0) - 1);
    for (const [line, count] of counts) {
      for (let index = 0; index < Math.abs(count); index++) differences.push(`${count > 0 ? '-' : '+'} [${section}] ${line}`);
    }
  }
  return differences;
}

const readSnapshot = (file) => JSON.parse(readFileSync(file, 'utf8'));
export const committedSnapshot = (corpus) => readSnapshot(path.join(snapshotDirectory, `${corpus}.json`));

function printDifferences(differences, limit = 200) {
  for (const line of differences.slice(0, limit)) console.log(line);
  if (differences.length > limit) console.log(`... and ${differences.length - limit} more`);
}

const count = (sections) =>
  Object.entries(sections)
    .map(([section, lines]) => `${section} ${lines.length}`)
    .join(', ');

async function main() {
  const { values: args } = parseArgs({
    options: {
      corpus: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      gate: { type: 'boolean', default: false },
    },
  });
  if (args.corpus && !args.out && !args.gate) {
    console.error('--corpus needs --out FILE: snapshots of real projects are not committed.');
    process.exitCode = 2;
    return;
  }

  if (args.gate) {
    const dist = path.join(repoRoot, 'dist');
    const grep = (directory) =>
      readdirSync(directory, { withFileTypes: true, recursive: true }).some(
        (entry) =>
          entry.isFile() &&
          entry.name.endsWith('.js') &&
          readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8').includes('HTTP_STATUS_NO_GATE'),
      );
    if (!existsSync(dist) || !grep(dist)) {
      console.log('This build has no HTTP_STATUS_NO_GATE switch (npm run build first?): gate on and off cannot be compared; nothing done.');
      return;
    }
    const scratch = mkdtempSync(path.join(tmpdir(), 'http-status-gate-'));
    try {
      const environment = { ...process.env };
      delete environment.HTTP_STATUS_NO_GATE;
      const run = (name, env) => {
        const out = path.join(scratch, `${name}.json`);
        const corpus = args.corpus ? ['--corpus', args.corpus] : [];
        execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...corpus, '--out', out], {
          stdio: 'inherit',
          env: { ...environment, ...env },
        });
        return readSnapshot(out);
      };
      const on = run('gate-on', {});
      const off = run('gate-off', { HTTP_STATUS_NO_GATE: '1' });
      const differences = diffSnapshots(off, on);
      console.log(`Gate off (-) against gate on (+): ${differences.length} difference(s); gate on: ${count(on)}`);
      printDifferences(differences);
      if (differences.length) process.exitCode = 1;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    return;
  }

  const { default: plugin } = await import(pathToFileURL(path.join(repoRoot, 'dist/esm/src/index.js')).href);
  /** Each snapshot file and its sections. */
  const snapshots = [];
  if (args.corpus) {
    const workspace = collectWorkspace(args.corpus);
    const sections = {};
    for (const project of workspace.projects) {
      const files = workspace.files.filter((file) => file.startsWith(path.join(workspace.root, project) + path.sep));
      if (!files.length) continue;
      Object.assign(sections, await snapshotOf(plugin, { ...workspace, files, projects: [project] }, project));
    }
    snapshots.push([path.resolve(args.out), sections]);
  } else {
    const all = {};
    for (const corpus of generatedCorpora) {
      const { sections } = await generatedSnapshot(plugin, corpus);
      if (args.out) Object.assign(all, sections);
      else snapshots.push([path.join(snapshotDirectory, `${corpus}.json`), sections]);
    }
    if (args.out) snapshots.push([path.resolve(args.out), all]);
  }

  for (const [file, sections] of snapshots) {
    if (args.check) {
      const differences = diffSnapshots(readSnapshot(file), sections);
      console.log(
        `${path.relative(process.cwd(), file)}: ${differences.length ? `${differences.length} difference(s) (- before, + now)` : 'identical'}; ${count(sections)}`,
      );
      printDifferences(differences);
      if (differences.length) process.exitCode = 1;
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, formatSnapshot(sections));
      console.log(`wrote ${path.relative(process.cwd(), file)}: ${count(sections)}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
