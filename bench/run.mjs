// `npm run bench`: lints two generated corpora in one process with ESLint's `stats`:
// - adoption: the generated handlers, tests and ordinary code as they are on the day a team adopts
//   the plugin, with a finding every few lines of handler code;
// - steady state: the same code after a first `--fix` with a constants provider (http-status-codes)
//   in its package.json, as the team has it the day after.
// Each corpus is linted four ways, round by round: with only core `no-magic-numbers`; with this
// plugin's `all` config; with the plugin's rules behind a `report` that delivers nothing (the
// analysis alone); and with rules that only replay the plugin's recorded reports (ESLint's cost of
// delivering them). It prints each rule's time, the plugin's total, the ratio plugin total /
// no-magic-numbers, the plugin's share of the whole lint time (parsing included) and the split.
//
//   npm run bench                                 2,000 files per corpus, 5 rounds
//   BENCH_FILES=4000 BENCH_ROUNDS=7 npm run bench
//   BENCH_SCALING=1 npm run bench                 each corpus also at half the size
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import httpStatus from '../dist/esm/src/index.js';
import { generateCorpus } from './corpus.mjs';
import { recordingPlugin, replayPlugin, silentPlugin } from './replay.mjs';

const largest = Number(process.env.BENCH_FILES ?? 2000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const sizes = process.env.BENCH_SCALING ? [largest, Math.round(largest / 2)] : [largest];

const parsers = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  { files: ['**/*.js'], languageOptions: { sourceType: 'module' } },
];
const files = ['**/*.{js,mjs,ts}'];
const pluginAll = [...parsers, { ...httpStatus.configs.all, files }];
/** The `all` config's rules, served by another plugin object under the same name. */
const allRulesFrom = (plugin) => [...parsers, { files, plugins: { 'http-status': plugin }, rules: httpStatus.configs.all.rules }];
const setups = (reports) => ({
  'no-magic-numbers': [...parsers, { files, rules: { 'no-magic-numbers': 'error' } }],
  'http-status (all)': pluginAll,
  silent: allRulesFrom(silentPlugin(httpStatus)),
  replay: allRulesFrom(replayPlugin(httpStatus, reports)),
});

/** The day after adoption: the provider is a dependency and one `--fix` has run over the code. */
async function adoptWithFix(directory) {
  const packageJson = { name: 'bench-steady-state', private: true, dependencies: { 'http-status-codes': '^2.3.0' } };
  writeFileSync(path.join(directory, 'package.json'), JSON.stringify(packageJson, undefined, 2));
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: pluginAll, fix: true, cache: false });
  const results = await eslint.lintFiles(['.']);
  await ESLint.outputFixes(results);
  return results.filter((result) => result.output !== undefined).length;
}

const corpora = {
  adoption: { prepare: async () => 0 },
  'steady state': { prepare: adoptWithFix },
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const sum = (values) => values.reduce((total, value) => total + value, 0);

/** One lint of every file: time per rule, parse time and whole time, in ms. */
async function lintOnce(directory, config) {
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
  const results = await eslint.lintFiles(['.']);
  const rules = {};
  let parse = 0;
  let total = 0;
  for (const result of results) {
    for (const pass of result.stats.times.passes) {
      parse += pass.parse.total;
      total += pass.total;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) rules[rule] = (rules[rule] ?? 0) + time.total;
    }
  }
  const problems = sum(results.map((result) => result.messages.length));
  const fixable = sum(results.map((result) => result.fixableErrorCount + result.fixableWarningCount));
  return { rules, parse, total, problems, fixable, files: results.length };
}

let warmedUp = false;

async function measure(corpus, count) {
  const directory = mkdtempSync(path.join(tmpdir(), 'http-status-bench-'));
  try {
    generateCorpus(directory, count);
    const fixedFiles = await corpora[corpus].prepare(directory);
    const reports = new Map();
    await lintOnce(directory, allRulesFrom(recordingPlugin(httpStatus, reports)));
    const configs = setups(reports);
    const samples = Object.fromEntries(Object.keys(configs).map((name) => [name, []]));
    // Warm up every setup once per process (module loading, JIT), then alternate them round by round.
    if (!warmedUp) for (const config of Object.values(configs)) await lintOnce(directory, config);
    warmedUp = true;
    for (let round = 0; round < rounds; round++) {
      for (const [name, config] of Object.entries(configs)) samples[name].push(await lintOnce(directory, config));
    }
    return { corpus, count, fixedFiles, samples };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function summarise({ corpus, fixedFiles, samples }) {
  const { 'no-magic-numbers': core, 'http-status (all)': plugin, silent, replay } = samples;
  const ruleNames = Object.keys(plugin[0].rules)
    .filter((rule) => rule.startsWith('http-status/'))
    .sort();
  const pluginTime = (sample) => sum(ruleNames.map((rule) => sample.rules[rule] ?? 0));
  const allRules = (sample) => sum(Object.values(sample.rules));
  const coreTime = median(core.map((sample) => sample.rules['no-magic-numbers'] ?? 0));
  const pluginTotal = median(plugin.map(pluginTime));
  const wholeLint = median(plugin.map((sample) => sample.total));
  return {
    corpus,
    fixedFiles,
    files: plugin[0].files,
    problems: plugin[0].problems,
    fixable: plugin[0].fixable,
    coreProblems: core[0].problems,
    silentProblems: silent[0].problems,
    replayProblems: replay[0].problems,
    perRule: Object.fromEntries(ruleNames.map((rule) => [rule, median(plugin.map((sample) => sample.rules[rule] ?? 0))])),
    coreTime,
    pluginTotal,
    wholeLint,
    parse: median(plugin.map((sample) => sample.parse)),
    silentTime: median(silent.map(allRules)),
    replayTime: median(replay.map(allRules)),
    ratio: pluginTotal / coreTime,
    share: pluginTotal / wholeLint,
  };
}

const format = (ms) => `${ms.toFixed(1).padStart(9)} ms`;
const times = (ms, core) => `(${(ms / core).toFixed(2)} x no-magic-numbers)`;

function print(summary) {
  const { coreTime } = summary;
  const state = summary.corpus === 'steady state' ? `, after a --fix that changed ${summary.fixedFiles} files` : '';
  console.log(`${summary.corpus}: ${summary.files} files${state}`);
  console.log(
    `  reports: ${summary.problems} from the plugin (${summary.fixable} still fixable), ${summary.coreProblems} from no-magic-numbers`,
  );
  for (const [rule, time] of Object.entries(summary.perRule)) console.log(`  ${rule.padEnd(44)}${format(time)}`);
  console.log(`  ${'plugin total'.padEnd(44)}${format(summary.pluginTotal)}`);
  console.log(`  ${'core no-magic-numbers alone'.padEnd(44)}${format(coreTime)}`);
  console.log(
    `  ${'whole lint with the plugin (parse incl.)'.padEnd(44)}${format(summary.wholeLint)}   (parsing ${format(summary.parse).trim()})`,
  );
  console.log(`  ${'ratio plugin total / no-magic-numbers'.padEnd(44)}${summary.ratio.toFixed(2)}`);
  console.log(`  ${'plugin share of the whole lint time'.padEnd(44)}${(summary.share * 100).toFixed(1)}%`);
  const line = (label, ms) => console.log(`  ${label.padEnd(44)}${format(ms)}   ${times(ms, coreTime)}`);
  line('analysis alone (report delivers nothing)', summary.silentTime);
  line(`ESLint delivering the ${summary.replayProblems} reports (replay)`, summary.replayTime);
  line('plugin total minus the replay', summary.pluginTotal - summary.replayTime);
  console.log();
}

console.log(
  `eslint-plugin-http-status benchmark: ESLint ${ESLint.version}, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
console.log(`${rounds} rounds per setup, medians; corpus sizes ${sizes.join(' and ')} files\n`);

const summaries = [];
for (const corpus of Object.keys(corpora)) {
  for (const count of sizes) {
    const summary = summarise(await measure(corpus, count));
    summaries.push(summary);
    print(summary);
  }
}

console.log(
  `${'corpus'.padEnd(14)}${'files'.padStart(7)}${'reports'.padStart(9)}${'plugin/nmn'.padStart(12)}${'share'.padStart(8)}${'analysis/nmn'.padStart(14)}`,
);
for (const summary of summaries) {
  console.log(
    `${summary.corpus.padEnd(14)}${String(summary.files).padStart(7)}${String(summary.problems).padStart(9)}${summary.ratio.toFixed(2).padStart(12)}${`${(summary.share * 100).toFixed(1)}%`.padStart(8)}${(summary.silentTime / summary.coreTime).toFixed(2).padStart(14)}`,
  );
}
if (sizes.length > 1) {
  console.log('\nScaling with corpus size (plugin time per file):');
  for (const corpus of Object.keys(corpora)) {
    const [big, small] = summaries.filter((summary) => summary.corpus === corpus);
    const perFile = (summary) => (summary.pluginTotal / summary.files) * 1000;
    console.log(
      `  ${corpus}: ${perFile(small).toFixed(0)} µs at ${small.files} files, ${perFile(big).toFixed(0)} µs at ${big.files} files (x${(perFile(big) / perFile(small)).toFixed(2)}; 1.00 is linear)`,
    );
  }
}
