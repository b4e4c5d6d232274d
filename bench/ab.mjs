// A/B of builds of the plugin in one process, for a speed change: `node bench/ab.mjs <base>...`
// where each <base> is a copy of an earlier `dist/esm/src/index.js`. The builds lint the same corpora
// with a `report` that delivers nothing (the analysis alone), beside core `no-magic-numbers`;
// the builds alternate round by round, and each ratio is taken within its own lint, so both see
// the same load on a shared machine. Prints medians and checks that both report the same.
//
//   BENCH_FILES=1000 BENCH_ROUNDS=7 node bench/ab.mjs /tmp/base/dist/esm/src/index.js
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import current from '../dist/esm/src/index.js';
import { generateCorpus } from './corpus.mjs';
import { silentPlugin } from './replay.mjs';

const bases = await Promise.all(process.argv.slice(2).map((file) => import(pathToFileURL(path.resolve(file)).href)));
const count = Number(process.env.BENCH_FILES ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);

const yardstick = 'no-magic-numbers';
const files = ['**/*.{js,mjs,ts}'];
const parsers = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  { files: ['**/*.js'], languageOptions: { sourceType: 'module' } },
];
const withYardstick = (plugin) => [
  ...parsers,
  { files, plugins: { 'http-status': plugin }, rules: { ...current.configs.all.rules, [yardstick]: 'error' } },
];
const builds = Object.fromEntries(
  [...bases.map(({ default: base }, index) => [`base${index + 1}`, base]), ['current', current]].map(([name, plugin]) => [
    name,
    { silent: withYardstick(silentPlugin(plugin)), real: withYardstick(plugin) },
  ]),
);
const names = Object.keys(builds);

async function lintOnce(directory, config) {
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
  const results = await eslint.lintFiles(['.']);
  let plugin = 0;
  let core = 0;
  const reports = {};
  for (const result of results) {
    for (const message of result.messages) reports[message.ruleId] = (reports[message.ruleId] ?? 0) + 1;
    for (const pass of result.stats.times.passes) {
      for (const [rule, time] of Object.entries(pass.rules ?? {})) {
        if (rule === yardstick) core += time.total;
        else plugin += time.total;
      }
    }
  }
  return { plugin, core, reports };
}

async function prepareSteadyState(directory) {
  const packageJson = { name: 'bench-steady-state', private: true, dependencies: { 'http-status-codes': '^2.3.0' } };
  writeFileSync(path.join(directory, 'package.json'), JSON.stringify(packageJson, undefined, 2));
  const config = [...parsers, { ...current.configs.all, files }];
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: config, fix: true, cache: false });
  await ESLint.outputFixes(await eslint.lintFiles(['.']));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

for (const [corpus, prepare] of [
  ['adoption', () => Promise.resolve()],
  ['steady state', prepareSteadyState],
]) {
  const directory = mkdtempSync(path.join(tmpdir(), 'http-status-ab-'));
  try {
    generateCorpus(directory, count);
    await prepare(directory);
    const reports = {};
    for (const [name, { real }] of Object.entries(builds)) reports[name] = JSON.stringify((await lintOnce(directory, real)).reports);
    const samples = Object.fromEntries(names.map((name) => [name, []]));
    for (const { silent } of Object.values(builds)) await lintOnce(directory, silent);
    for (let round = 0; round < rounds; round++) {
      const order = names.map((_, index) => names[(index + round) % names.length]);
      for (const name of order) samples[name].push(await lintOnce(directory, builds[name].silent));
    }
    const same = names.every((name) => reports[name] === reports.current);
    console.log(`${corpus}: ${count} files, ${rounds} rounds; reports ${same ? 'identical' : 'DIFFER'}`);
    for (const name of same ? ['current'] : names) console.log(`  ${name}: ${reports[name]}`);
    for (const [name, runs] of Object.entries(samples)) {
      const time = median(runs.map((run) => run.plugin));
      const ratio = median(runs.map((run) => run.plugin / run.core));
      console.log(`  ${name.padEnd(8)} analysis alone ${time.toFixed(1).padStart(8)} ms   ${ratio.toFixed(2)} x ${yardstick}`);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
