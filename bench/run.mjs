// `npm run bench`: lints a generated corpus twice in one process with ESLint's `stats`, once with
// only core `no-magic-numbers` and once with this plugin's `all` config, and prints each rule's
// time, the plugin's total, the ratio plugin total / no-magic-numbers, and the plugin's share of
// the whole lint time (parsing included). Medians over several rounds, at two corpus sizes.
// A third setup replays the plugin's exact reports from rules that do nothing else: the part of
// the plugin's time that is ESLint delivering its findings, not the plugin's analysis.
//
//   npm run bench                       2,000 and 1,000 files, 5 rounds
//   BENCH_FILES=4000 BENCH_ROUNDS=7 npm run bench
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import httpStatus from '../dist/esm/src/index.js';
import { generateCorpus } from './corpus.mjs';
import { recordingPlugin, replayPlugin } from './replay.mjs';

const largest = Number(process.env.BENCH_FILES ?? 2000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const sizes = [largest, Math.round(largest / 2)];

const parsers = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  { files: ['**/*.js'], languageOptions: { sourceType: 'module' } },
];
const files = ['**/*.{js,mjs,ts}'];
/** The `all` config's rules, served by another plugin object under the same name. */
const allRulesFrom = (plugin) => [...parsers, { files, plugins: { 'http-status': plugin }, rules: httpStatus.configs.all.rules }];
const setups = (reports) => ({
  'no-magic-numbers': [...parsers, { files, rules: { 'no-magic-numbers': 'error' } }],
  'http-status (all)': [...parsers, { ...httpStatus.configs.all, files }],
  replay: allRulesFrom(replayPlugin(httpStatus, reports)),
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One lint of every file: time per rule, parse time and whole time, in ms. */
async function lintOnce(directory, config) {
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
  const results = await eslint.lintFiles(['.']);
  const rules = {};
  let parse = 0;
  let total = 0;
  let problems = 0;
  for (const result of results) {
    problems += result.messages.length;
    for (const pass of result.stats.times.passes) {
      parse += pass.parse.total;
      total += pass.total;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) rules[rule] = (rules[rule] ?? 0) + time.total;
    }
  }
  return { rules, parse, total, problems, files: results.length };
}

async function measure(count) {
  const directory = mkdtempSync(path.join(tmpdir(), 'http-status-bench-'));
  try {
    generateCorpus(directory, count);
    const reports = new Map();
    await lintOnce(directory, allRulesFrom(recordingPlugin(httpStatus, reports)));
    const configs = setups(reports);
    const samples = Object.fromEntries(Object.keys(configs).map((name) => [name, []]));
    // Warm up every setup once (module loading, JIT), then alternate them round by round.
    for (const config of Object.values(configs)) await lintOnce(directory, config);
    for (let round = 0; round < rounds; round++) {
      for (const [name, config] of Object.entries(configs)) samples[name].push(await lintOnce(directory, config));
    }
    return { count, samples };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function summarise({ count, samples }) {
  const core = samples['no-magic-numbers'];
  const plugin = samples['http-status (all)'];
  const coreTime = median(core.map((sample) => sample.rules['no-magic-numbers'] ?? 0));
  const ruleNames = Object.keys(plugin[0].rules)
    .filter((rule) => rule.startsWith('http-status/'))
    .sort();
  const perRule = Object.fromEntries(ruleNames.map((rule) => [rule, median(plugin.map((sample) => sample.rules[rule] ?? 0))]));
  const pluginTotal = median(plugin.map((sample) => ruleNames.reduce((sum, rule) => sum + (sample.rules[rule] ?? 0), 0)));
  const wholeLint = median(plugin.map((sample) => sample.total));
  const parse = median(plugin.map((sample) => sample.parse));
  const replay = samples.replay;
  const replayTime = median(replay.map((sample) => Object.values(sample.rules).reduce((sum, time) => sum + time, 0)));
  return {
    count,
    files: plugin[0].files,
    problems: plugin[0].problems,
    coreProblems: core[0].problems,
    replayProblems: replay[0].problems,
    coreTime,
    perRule,
    pluginTotal,
    wholeLint,
    parse,
    replayTime,
    ratio: pluginTotal / coreTime,
    share: pluginTotal / wholeLint,
  };
}

const format = (ms) => `${ms.toFixed(1).padStart(9)} ms`;

console.log(
  `eslint-plugin-http-status benchmark: ESLint ${ESLint.version}, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
console.log(`${rounds} rounds per setup, medians; corpus sizes ${sizes.join(' and ')} files\n`);

const summaries = [];
for (const count of sizes) {
  const summary = summarise(await measure(count));
  summaries.push(summary);
  console.log(`${summary.files} files (${summary.problems} reports from the plugin, ${summary.coreProblems} from no-magic-numbers)`);
  console.log(`  ${'rule'.padEnd(40)}${'time'.padStart(12)}`);
  for (const [rule, time] of Object.entries(summary.perRule)) console.log(`  ${rule.padEnd(40)}${format(time)}`);
  console.log(`  ${'plugin total'.padEnd(40)}${format(summary.pluginTotal)}`);
  console.log(`  ${'core no-magic-numbers alone'.padEnd(40)}${format(summary.coreTime)}`);
  console.log(
    `  ${'whole lint with the plugin (parse incl.)'.padEnd(40)}${format(summary.wholeLint)}   (parsing ${format(summary.parse).trim()})`,
  );
  console.log(`  ratio plugin total / no-magic-numbers:   ${summary.ratio.toFixed(2)}`);
  console.log(`  plugin share of the whole lint time:     ${(summary.share * 100).toFixed(1)}%`);
  console.log(`  of the plugin total, ESLint delivering its ${summary.replayProblems} reports (replayed by rules that do nothing else):`);
  console.log(
    `    ${'report delivery'.padEnd(38)}${format(summary.replayTime)}   (${(summary.replayTime / summary.coreTime).toFixed(2)} x no-magic-numbers)`,
  );
  console.log(
    `    ${'analysis, the rest'.padEnd(38)}${format(summary.pluginTotal - summary.replayTime)}   (${((summary.pluginTotal - summary.replayTime) / summary.coreTime).toFixed(2)} x no-magic-numbers)\n`,
  );
}

const [big, small] = summaries;
const perFile = (summary) => summary.pluginTotal / summary.files;
console.log('Scaling with corpus size:');
console.log(
  `  plugin time per file: ${(perFile(small) * 1000).toFixed(0)} µs at ${small.files} files, ${(perFile(big) * 1000).toFixed(0)} µs at ${big.files} files (x${(perFile(big) / perFile(small)).toFixed(2)}; 1.00 is linear)`,
);
console.log(
  `  ratio to no-magic-numbers: ${small.ratio.toFixed(2)} at ${small.files} files, ${big.ratio.toFixed(2)} at ${big.files} files`,
);
