// `npm run bench`: lints two generated corpora in one process with ESLint's `stats`:
// - adoption: the generated handlers, tests and ordinary code as they are on the day a team adopts
//   the plugin, with a finding every few lines of handler code;
// - steady state: the same code after a first `--fix` with a constants provider (http-status-codes)
//   in its package.json, as the team has it the day after.
// Each corpus is linted three ways, round by round, each time with core `no-magic-numbers` in the
// same lint as the yardstick: with this plugin's `all` config; with the plugin's rules behind a
// `report` that delivers nothing (the analysis alone); and with rules that only replay the
// plugin's recorded reports (ESLint's cost of delivering them). Ratios to `no-magic-numbers` are
// taken within each lint, so both sides see the same load on a shared machine; the medians of
// the rounds are printed, with each rule's time and the plugin's share of the lint time.
//
//   npm run bench                                 2,000 files per corpus, 5 rounds
//   BENCH_FILES=4000 BENCH_ROUNDS=7 npm run bench
//   BENCH_SCALING=1 npm run bench                 each corpus also at half the size
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import httpStatus from '../dist/esm/src/index.js';
import { generateCorpus } from './corpus.mjs';
import { recordingPlugin, replayPlugin, silentPlugin } from './replay.mjs';

const largest = Number(process.env.BENCH_FILES ?? 2000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const sizes = process.env.BENCH_SCALING ? [largest, Math.round(largest / 2)] : [largest];

const yardstick = 'no-magic-numbers';
const parsers = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  { files: ['**/*.js'], languageOptions: { sourceType: 'module' } },
];
const files = ['**/*.{js,mjs,ts}'];
const pluginAll = [...parsers, { ...httpStatus.configs.all, files }];
/** The `all` config's rules, served by `plugin` under the same name, beside the yardstick. */
const allRulesFrom = (plugin) => [
  ...parsers,
  { files, plugins: { 'http-status': plugin }, rules: { ...httpStatus.configs.all.rules, [yardstick]: 'error' } },
];
const setups = (reports) => ({
  plugin: allRulesFrom(httpStatus),
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
const isPluginRule = (rule) => rule.startsWith('http-status/');
/** @param {Record<string, number>} byRule */
const sumOfPluginRules = (byRule) =>
  sum(
    Object.keys(byRule)
      .filter(isPluginRule)
      .map((rule) => byRule[rule]),
  );

/** One lint of every file: time per rule, parse time and whole time in ms, reports per rule, CPU share. */
async function lintOnce(directory, config) {
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const results = await eslint.lintFiles(['.']);
  const cpu = process.cpuUsage(cpuBefore);
  const wall = performance.now() - wallBefore;
  const rules = {};
  const reports = {};
  let parse = 0;
  let total = 0;
  let fixable = 0;
  for (const result of results) {
    fixable += result.fixableErrorCount + result.fixableWarningCount;
    for (const message of result.messages) reports[message.ruleId] = (reports[message.ruleId] ?? 0) + 1;
    for (const pass of result.stats.times.passes) {
      parse += pass.parse.total;
      total += pass.total;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) rules[rule] = (rules[rule] ?? 0) + time.total;
    }
  }
  const cpuShare = (cpu.user + cpu.system) / 1000 / wall;
  const plugin = sumOfPluginRules(rules);
  const pluginReports = sumOfPluginRules(reports);
  return { rules, plugin, core: rules[yardstick] ?? 0, parse, total, reports, pluginReports, fixable, files: results.length, cpuShare };
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
    return { corpus, fixedFiles, samples };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function summarise({ corpus, fixedFiles, samples }) {
  const { plugin, silent, replay } = samples;
  const ruleNames = Object.keys(plugin[0].rules).filter(isPluginRule).sort();
  /** Median over the rounds of a setup's time, and of its ratio to the yardstick in the same lint. */
  const timeAndRatio = (setup) => ({
    time: median(setup.map((sample) => sample.plugin)),
    ratio: median(setup.map((sample) => sample.plugin / sample.core)),
  });
  return {
    corpus,
    fixedFiles,
    files: plugin[0].files,
    problems: plugin[0].pluginReports,
    fixable: plugin[0].fixable,
    coreProblems: plugin[0].reports[yardstick] ?? 0,
    replayProblems: replay[0].pluginReports,
    perRule: Object.fromEntries(ruleNames.map((rule) => [rule, median(plugin.map((sample) => sample.rules[rule] ?? 0))])),
    core: median(plugin.map((sample) => sample.core)),
    plugin: timeAndRatio(plugin),
    silent: timeAndRatio(silent),
    replay: timeAndRatio(replay),
    // The lint as it would be without the yardstick: its rule time taken out.
    wholeLint: median(plugin.map((sample) => sample.total - sample.core)),
    parse: median(plugin.map((sample) => sample.parse)),
    share: median(plugin.map((sample) => sample.plugin / (sample.total - sample.core))),
    cpuShare: median(Object.values(samples).flatMap((setup) => setup.map((sample) => sample.cpuShare))),
  };
}

const format = (ms) => `${ms.toFixed(1).padStart(9)} ms`;
const label = (text) => `  ${text.padEnd(46)}`;

function print(summary) {
  const state = summary.corpus === 'steady state' ? `, after a --fix that changed ${summary.fixedFiles} files` : '';
  console.log(`${summary.corpus}: ${summary.files} files${state}`);
  console.log(
    `  reports: ${summary.problems} from the plugin (${summary.fixable} still fixable), ${summary.coreProblems} from ${yardstick}`,
  );
  for (const [rule, time] of Object.entries(summary.perRule)) console.log(`${label(rule)}${format(time)}`);
  console.log(`${label('plugin total')}${format(summary.plugin.time)}`);
  console.log(`${label(`core ${yardstick} (in the same lints)`)}${format(summary.core)}`);
  console.log(
    `${label('whole lint with the plugin (parse incl.)')}${format(summary.wholeLint)}   (parsing ${format(summary.parse).trim()})`,
  );
  console.log(`${label(`ratio plugin total / ${yardstick}`)}${summary.plugin.ratio.toFixed(2).padStart(9)}`);
  console.log(`${label('plugin share of the whole lint time')}${`${(summary.share * 100).toFixed(1)}%`.padStart(9)}`);
  const line = (text, { time, ratio }) => console.log(`${label(text)}${format(time)}   (${ratio.toFixed(2)} x ${yardstick})`);
  line('analysis alone (report delivers nothing)', summary.silent);
  line(`ESLint delivering the ${summary.replayProblems} reports (replay)`, summary.replay);
  line('plugin total minus the replay', {
    time: summary.plugin.time - summary.replay.time,
    ratio: summary.plugin.ratio - summary.replay.ratio,
  });
  console.log(`  (CPU time / wall time of the lints: ${(summary.cpuShare * 100).toFixed(0)}%; well below 100% means a busy machine)\n`);
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

const columns = [
  ['corpus', 14, (summary) => summary.corpus],
  ['files', 7, (summary) => summary.files],
  ['reports', 9, (summary) => summary.problems],
  ['plugin/nmn', 12, (summary) => summary.plugin.ratio.toFixed(2)],
  ['share', 8, (summary) => `${(summary.share * 100).toFixed(1)}%`],
  ['analysis/nmn', 14, (summary) => summary.silent.ratio.toFixed(2)],
  ['delivery/nmn', 14, (summary) => summary.replay.ratio.toFixed(2)],
];
const row = (cells) => cells.map((cell, index) => (index === 0 ? cell.padEnd(columns[0][1]) : cell.padStart(columns[index][1]))).join('');
console.log(row(columns.map(([title]) => title)));
for (const summary of summaries) console.log(row(columns.map(([, , value]) => String(value(summary)))));
if (sizes.length > 1) {
  console.log('\nScaling with corpus size (plugin time per file):');
  for (const corpus of Object.keys(corpora)) {
    const [big, small] = summaries.filter((summary) => summary.corpus === corpus);
    const perFile = (summary) => (summary.plugin.time / summary.files) * 1000;
    console.log(
      `  ${corpus}: ${perFile(small).toFixed(0)} µs at ${small.files} files, ${perFile(big).toFixed(0)} µs at ${big.files} files (x${(perFile(big) / perFile(small)).toFixed(2)}; 1.00 is linear)`,
    );
  }
}
