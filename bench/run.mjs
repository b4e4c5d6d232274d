// `npm run bench`: what a user pays for the plugin, against core `no-magic-numbers` (the yardstick),
// in one process with ESLint's `stats`, on two generated corpora:
// - handlers: the handler-dense corpus, two thirds route handlers and tests, a finding every few lines;
// - real-mix: the mix of real applications: 70% files with no candidate, 15% with candidates that
//   are not statuses (timeouts, sizes, ports), 15% handlers and tests with findings; real file sizes.
// `npm run bench -- --corpus DIR` lints a folder of real projects instead (each subfolder a project).
// Each corpus is linted in two states:
// - adoption: the code as it is on the day a team adopts the plugin;
// - steady state: a copy after one `--fix` with http-status-codes in every package.json (resolvable
//   from the copy), as the team has it the day after.
// Each state is linted three ways, round by round, each time with the yardstick in the same lint:
// with the plugin's `all` config; with the plugin's rules behind a `report` that delivers nothing
// (the analysis alone); and with rules that only replay the plugin's recorded reports (ESLint's cost
// of delivering them). Ratios to `no-magic-numbers` are taken within each lint, so both sides see
// the same load; medians of the rounds are printed, and the plugin's ratio also from per-file
// medians summed, which a busy machine moves less (`--check` uses that one).
// The rule timers do not see ESLint matching the plugin's selectors and dispatching to its
// listeners. That is measured directly: the files, parsed once, are linted with the plugin's
// listener keys (recorded per file and rule) bound to no-op functions, with no plugin, and with
// only the yardstick, alternated file by file over many rounds, in CPU time; the difference with
// and without the no-op listeners (per file the median over the rounds, summed) is printed with
// its spread.
//
//   npm run bench                                  both generated corpora, 5 rounds
//   npm run bench -- --corpus /path/to/apps        real projects, by project and in total
//   npm run bench -- --only real-mix               one generated corpus (handlers or real-mix)
//   npm run bench -- --check                       real-mix only; exits 1 when over the targets
//   BENCH_FILES=4000 BENCH_MIX_FILES=2000 BENCH_ROUNDS=7 BENCH_DISPATCH_ROUNDS=21 npm run bench
//   BENCH_SCALING=1 npm run bench                  each generated corpus also at half its size
import { readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { ESLint, Linter } from 'eslint';

import httpStatus from '../dist/esm/src/index.js';
import { noopPlugin, recordingPlugin, replayPlugin, silentPlugin } from './replay.mjs';
import { collectWorkspace, configArray, generatedWorkspace, parsers, projectOf, sourceFiles, steadyStateOf } from './workspace.mjs';

const { values: args } = parseArgs({
  options: { corpus: { type: 'string' }, only: { type: 'string' }, check: { type: 'boolean', default: false } },
});
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const dispatchRounds = Number(process.env.BENCH_DISPATCH_ROUNDS ?? 15);
const handlerFiles = Number(process.env.BENCH_FILES ?? 2000);
const mixFiles = Number(process.env.BENCH_MIX_FILES ?? 1000);
/** Each generated corpus also at half its size, to see that the cost grows linearly with the files. */
const scaling = Boolean(process.env.BENCH_SCALING) && !args.corpus;
/** The issue-14 targets: the five rules against the yardstick, and selector matching and dispatch besides. */
const targets = { adoption: 1.0, 'steady state': 0.8, dispatch: 0.2 };

const yardstick = 'no-magic-numbers';
const files = sourceFiles;
const pluginAll = [...parsers, { ...httpStatus.configs.all, files }];
/** The `all` config's rules, served by `plugin` under the same name, beside the yardstick. */
const allRulesFrom = (plugin) => [
  ...parsers,
  { files, plugins: { 'http-status': plugin }, rules: { ...httpStatus.configs.all.rules, [yardstick]: 'error' } },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  return { min: sorted[0], q1: at(0.25), median: median(sorted), q3: at(0.75), max: sorted.at(-1) };
};
const sum = (values) => values.reduce((total, value) => total + value, 0);
/** Round indexes drawn with replacement, from a fixed seed: the same draws in every run. */
function resamples(rounds, count = 100) {
  let seed = 1;
  const draw = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % rounds;
  };
  return Array.from({ length: count }, () => Array.from({ length: rounds }, draw));
}
const isPluginRule = (rule) => rule.startsWith('http-status/');
const sumOfPluginRules = (byRule) =>
  sum(
    Object.keys(byRule)
      .filter(isPluginRule)
      .map((rule) => byRule[rule]),
  );

/** One lint of every file: time per rule, parse and whole time in ms, reports per rule, per project, CPU share. */
async function lintOnce(workspace, config) {
  const eslint = new ESLint({
    cwd: workspace.root,
    overrideConfigFile: true,
    overrideConfig: config,
    stats: true,
    cache: false,
    warnIgnored: false,
  });
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const results = await eslint.lintFiles(workspace.files);
  const cpu = process.cpuUsage(cpuBefore);
  const wall = performance.now() - wallBefore;
  const rules = {};
  const reports = {};
  const projects = {};
  /** File path -> [plugin ms, yardstick ms]. */
  const perFile = new Map();
  let parse = 0;
  let total = 0;
  let fixable = 0;
  let fatal = 0;
  for (const result of results) {
    const project = (projects[projectOf(workspace, result.filePath)] ??= { files: 0, plugin: 0, core: 0, reports: 0 });
    project.files++;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      reports[message.ruleId] = (reports[message.ruleId] ?? 0) + 1;
      if (message.ruleId && isPluginRule(message.ruleId)) project.reports++;
    }
    const times = [0, 0];
    perFile.set(result.filePath, times);
    for (const pass of result.stats?.times.passes ?? []) {
      parse += pass.parse?.total ?? 0;
      total += pass.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) {
        rules[rule] = (rules[rule] ?? 0) + time.total;
        if (rule === yardstick) {
          project.core += time.total;
          times[1] += time.total;
        } else if (isPluginRule(rule)) {
          project.plugin += time.total;
          times[0] += time.total;
        }
      }
    }
  }
  const cpuShare = (cpu.user + cpu.system) / 1000 / wall;
  return {
    rules,
    plugin: sumOfPluginRules(rules),
    core: rules[yardstick] ?? 0,
    parse,
    total,
    reports,
    pluginReports: sumOfPluginRules(reports),
    fixable,
    fatal,
    files: results.length,
    projects,
    perFile,
    cpuShare,
  };
}

/**
 * Selector matching and dispatch: the files parsed once, then linted with no plugin (`bare`), with
 * the plugin's listener keys bound to no-ops (`noop`) and with only the yardstick (`yardstick`),
 * the three alternating file by file in an order rotated each time. Each lint of a file is timed
 * in CPU time of the process, so that time without the CPU on a busy machine does not count; a
 * garbage collection lands on one file in one round, so each file's difference from `bare` is its
 * median over the rounds, and the corpus figure is the sum of those medians. Its spread: the same
 * figure over rounds drawn with replacement (bootstrap), quartiles and extremes.
 */
function measureDispatch(workspace, listenerKeys) {
  const linter = new Linter({ cwd: workspace.root });
  const parseOnly = configArray(parsers, workspace.root);
  const sources = [];
  for (const file of workspace.files) {
    const messages = linter.verify(readFileSync(file, 'utf8'), parseOnly, file);
    if (!messages.some((message) => message.fatal)) sources.push([file, linter.getSourceCode()]);
  }
  const setups = [
    parseOnly,
    configArray(
      [...parsers, { files, plugins: { 'http-status': noopPlugin(httpStatus, listenerKeys) }, rules: httpStatus.configs.all.rules }],
      workspace.root,
    ),
    configArray([...parsers, { files, rules: { [yardstick]: 'error' } }], workspace.root),
  ];
  /** times[setup][file][round] */
  const times = setups.map(() => sources.map(() => []));
  for (let round = -1; round < dispatchRounds; round++) {
    sources.forEach(([file, sourceCode], fileIndex) => {
      for (let step = 0; step < setups.length; step++) {
        // Each file sees each setup first, second and third in turn: the first pays for a cold cache.
        const setup = (step + fileIndex + round + 1) % setups.length;
        const start = process.cpuUsage();
        linter.verify(sourceCode, setups[setup], file);
        const { user, system } = process.cpuUsage(start);
        // Round -1 warms up.
        if (round >= 0) times[setup][fileIndex].push((user + system) / 1000);
      }
    });
  }
  const [bare, noop, alone] = times;
  /** The sum over the files of each file's median difference from `bare`, over the given rounds. */
  const figure = (setup, rounds) =>
    sum(setup.map((times, file) => median(rounds.map((round) => times[round] - (setup === bare ? 0 : bare[file][round])))));
  const all = Array.from({ length: dispatchRounds }, (_, round) => round);
  const resampled = resamples(dispatchRounds).map((rounds) => figure(noop, rounds));
  return {
    dispatch: figure(noop, all),
    spread: quartiles(resampled),
    yardstick: figure(alone, all),
    bare: figure(bare, all),
    rounds: dispatchRounds,
  };
}

let warmedUp = false;

async function measure(corpus, state, workspace, fixedFiles) {
  const reports = new Map();
  const listenerKeys = new Map();
  await lintOnce(workspace, allRulesFrom(recordingPlugin(httpStatus, reports, listenerKeys)));
  const configs = args.check
    ? { plugin: allRulesFrom(httpStatus) }
    : {
        plugin: allRulesFrom(httpStatus),
        silent: allRulesFrom(silentPlugin(httpStatus)),
        replay: allRulesFrom(replayPlugin(httpStatus, reports)),
      };
  const samples = Object.fromEntries(Object.keys(configs).map((name) => [name, []]));
  // Warm up every setup once per process (module loading, JIT), then alternate them round by round.
  if (!warmedUp) for (const config of Object.values(configs)) await lintOnce(workspace, config);
  warmedUp = true;
  for (let round = 0; round < rounds; round++) {
    for (const [name, config] of Object.entries(configs)) samples[name].push(await lintOnce(workspace, config));
  }
  const dispatch = measureDispatch(workspace, listenerKeys);
  return { corpus, state, fixedFiles, samples, dispatch, skipped: workspace.skipped };
}

/**
 * The same ratio, robust to a busy machine: a moment without the CPU or a garbage collection lands
 * on one file in one round, so each file's time is its median over the rounds, and the ratio is
 * of the sums of those medians. Its spread: the same over rounds drawn with replacement.
 */
function perFileRatio(setup) {
  const files = [...setup[0].perFile.keys()];
  const ratio = (rounds) => {
    let plugin = 0;
    let core = 0;
    for (const file of files) {
      plugin += median(rounds.map((round) => setup[round].perFile.get(file)[0]));
      core += median(rounds.map((round) => setup[round].perFile.get(file)[1]));
    }
    return plugin / core;
  };
  return { ratio: ratio(setup.map((_, round) => round)), ...quartiles(resamples(setup.length).map(ratio)) };
}

function summarise({ corpus, state, fixedFiles, samples, dispatch, skipped }) {
  const { plugin, silent, replay } = samples;
  const ruleNames = Object.keys(plugin[0].rules).filter(isPluginRule).sort();
  /** Median over the rounds of a setup's time, and of its ratio to the yardstick in the same lint. */
  const timeAndRatio = (setup) =>
    setup && {
      time: median(setup.map((sample) => sample.plugin)),
      ratio: median(setup.map((sample) => sample.plugin / sample.core)),
      ratios: setup.map((sample) => sample.plugin / sample.core),
      robust: perFileRatio(setup),
    };
  const core = median(plugin.map((sample) => sample.core));
  const projects = Object.keys(plugin[0].projects).map((name) => ({
    name,
    files: plugin[0].projects[name].files,
    reports: plugin[0].projects[name].reports,
    plugin: median(plugin.map((sample) => sample.projects[name].plugin)),
    core: median(plugin.map((sample) => sample.projects[name].core)),
    ratio: median(plugin.map((sample) => sample.projects[name].plugin / sample.projects[name].core)),
  }));
  return {
    corpus,
    state,
    fixedFiles,
    skipped,
    files: plugin[0].files,
    fatal: plugin[0].fatal,
    problems: plugin[0].pluginReports,
    fixable: plugin[0].fixable,
    coreProblems: plugin[0].reports[yardstick] ?? 0,
    replayProblems: replay?.[0].pluginReports,
    perRule: Object.fromEntries(ruleNames.map((rule) => [rule, median(plugin.map((sample) => sample.rules[rule] ?? 0))])),
    core,
    plugin: timeAndRatio(plugin),
    silent: timeAndRatio(silent),
    replay: timeAndRatio(replay),
    // The lint as it would be without the yardstick: its rule time taken out.
    wholeLint: median(plugin.map((sample) => sample.total - sample.core)),
    parse: median(plugin.map((sample) => sample.parse)),
    share: median(plugin.map((sample) => sample.plugin / (sample.total - sample.core))),
    cpuShare: median(Object.values(samples).flatMap((setup) => setup.map((sample) => sample.cpuShare))),
    dispatch: {
      ...dispatch.spread,
      median: dispatch.dispatch,
      // Against the yardstick measured the same way (its own matching, dispatch and work, in CPU time).
      ratio: dispatch.dispatch / dispatch.yardstick,
      rounds: dispatch.rounds,
      yardstickDirect: dispatch.yardstick,
      bare: dispatch.bare,
    },
    projects,
  };
}

const format = (ms) => `${ms.toFixed(1).padStart(9)} ms`;
const label = (text) => `  ${text.padEnd(50)}`;

function print(summary) {
  const state = summary.state === 'steady state' ? `, after a --fix that changed ${summary.fixedFiles} files` : '';
  const notes = [
    summary.skipped && `${summary.skipped} minified or over 300 KB left out`,
    summary.fatal && `${summary.fatal} do not parse`,
  ].filter(Boolean);
  console.log(`${summary.corpus}, ${summary.state}: ${summary.files} files${state}${notes.length ? ` (${notes.join('; ')})` : ''}`);
  console.log(
    `  reports: ${summary.problems} from the plugin (${summary.fixable} still fixable), ${summary.coreProblems} from ${yardstick}`,
  );
  for (const [rule, time] of Object.entries(summary.perRule)) console.log(`${label(rule)}${format(time)}`);
  console.log(`${label('plugin total')}${format(summary.plugin.time)}`);
  console.log(`${label(`core ${yardstick} (in the same lints)`)}${format(summary.core)}`);
  console.log(
    `${label('whole lint with the plugin (parse incl.)')}${format(summary.wholeLint)}   (parsing ${format(summary.parse).trim()})`,
  );
  const { min, max } = quartiles(summary.plugin.ratios);
  console.log(
    `${label(`ratio plugin total / ${yardstick}`)}${summary.plugin.ratio.toFixed(2).padStart(9)}   (rounds ${min.toFixed(2)}-${max.toFixed(2)})`,
  );
  const robust = summary.plugin.robust;
  console.log(
    `${label('  the same, per-file medians summed')}${robust.ratio.toFixed(2).padStart(9)}   (bootstrap IQR ${robust.q1.toFixed(2)}-${robust.q3.toFixed(2)})`,
  );
  console.log(`${label('plugin share of the whole lint time')}${`${(summary.share * 100).toFixed(1)}%`.padStart(9)}`);
  const line = (text, { time, ratio }) => console.log(`${label(text)}${format(time)}   (${ratio.toFixed(2)} x ${yardstick})`);
  if (summary.silent) line('analysis alone (report delivers nothing)', summary.silent);
  if (summary.replay) {
    line(`ESLint delivering the ${summary.replayProblems} reports (replay)`, summary.replay);
    line('plugin total minus the replay', {
      time: summary.plugin.time - summary.replay.time,
      ratio: summary.plugin.ratio - summary.replay.ratio,
    });
  }
  const d = summary.dispatch;
  console.log(
    `${label('selector matching and dispatch (no-op listeners)')}${format(d.median)}   (${d.ratio.toFixed(2)} x ${yardstick} below; ${d.rounds} rounds; bootstrap IQR ${d.q1.toFixed(1)} to ${d.q3.toFixed(1)}, min ${d.min.toFixed(1)}, max ${d.max.toFixed(1)})`,
  );
  console.log(
    `${label(`${yardstick} alone, measured the same way`)}${format(d.yardstickDirect)}   (traversal with no rule ${format(d.bare).trim()})`,
  );
  if (summary.projects.length > 1) {
    console.log(`  by project (${summary.state}): files, plugin reports, plugin ms, ${yardstick} ms, ratio`);
    for (const project of summary.projects) {
      console.log(
        `    ${project.name.padEnd(48)}${String(project.files).padStart(6)}${String(project.reports).padStart(7)}${format(project.plugin)}${format(project.core)}${project.ratio.toFixed(2).padStart(8)}`,
      );
    }
  }
  console.log(`  (CPU time / wall time of the lints: ${(summary.cpuShare * 100).toFixed(0)}%; well below 100% means a busy machine)\n`);
}

console.log(
  `eslint-plugin-http-status benchmark: ESLint ${ESLint.version}, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
console.log(`${rounds} rounds per setup and ${dispatchRounds} dispatch rounds, medians\n`);

/** The corpora to measure, each a function that makes its adoption-state workspace. */
const generated = (name, count) => [
  [name, () => generatedWorkspace(name, count), true],
  ...(scaling ? [[name, () => generatedWorkspace(name, Math.round(count / 2)), true]] : []),
];
const corpora = args.corpus
  ? [[path.basename(path.resolve(args.corpus)), () => collectWorkspace(args.corpus), false]]
  : [
      ...(args.check || args.only === 'real-mix' ? [] : generated('handlers', handlerFiles)),
      ...(args.only === 'handlers' ? [] : generated('real-mix', mixFiles)),
    ];

const summaries = [];
for (const [corpus, make, temporary] of corpora) {
  const adoption = make();
  const steady = await steadyStateOf(adoption, pluginAll);
  try {
    for (const [state, workspace, fixedFiles] of [
      ['adoption', adoption, 0],
      ['steady state', steady.workspace, steady.fixedFiles],
    ]) {
      const summary = summarise(await measure(corpus, state, workspace, fixedFiles));
      summaries.push(summary);
      print(summary);
    }
  } finally {
    if (temporary) rmSync(adoption.root, { recursive: true, force: true });
    rmSync(steady.workspace.root, { recursive: true, force: true });
  }
}

const columns = [
  ['corpus', 28, (summary) => `${summary.corpus}, ${summary.state === 'adoption' ? 'adoption' : 'steady'}`],
  ['files', 7, (summary) => summary.files],
  ['reports', 9, (summary) => summary.problems],
  ['plugin/nmn', 12, (summary) => summary.plugin.ratio.toFixed(2)],
  ['per-file', 10, (summary) => summary.plugin.robust.ratio.toFixed(2)],
  ['dispatch/nmn', 14, (summary) => summary.dispatch.ratio.toFixed(2)],
  ['share', 8, (summary) => `${(summary.share * 100).toFixed(1)}%`],
  ['analysis/nmn', 14, (summary) => summary.silent?.ratio.toFixed(2) ?? '-'],
  ['delivery/nmn', 14, (summary) => summary.replay?.ratio.toFixed(2) ?? '-'],
];
const row = (cells) => cells.map((cell, index) => (index === 0 ? cell.padEnd(columns[0][1]) : cell.padStart(columns[index][1]))).join('');
console.log(row(columns.map(([title]) => title)));
for (const summary of summaries) console.log(row(columns.map(([, , value]) => String(value(summary)))));
if (scaling) {
  console.log('\nScaling with corpus size (plugin time per file):');
  for (const corpus of new Set(summaries.map((summary) => summary.corpus))) {
    for (const state of ['adoption', 'steady state']) {
      const [big, small] = summaries.filter((summary) => summary.corpus === corpus && summary.state === state);
      const perFile = (summary) => (summary.plugin.time / summary.files) * 1000;
      console.log(
        `  ${corpus}, ${state}: ${perFile(small).toFixed(0)} µs at ${small.files} files, ${perFile(big).toFixed(0)} µs at ${big.files} files (x${(perFile(big) / perFile(small)).toFixed(2)}; 1.00 is linear)`,
      );
    }
  }
}

if (args.check) {
  // The figures robust to a busy machine (per-file medians summed); the noise is what the rounds
  // themselves show: half the interquartile range of each figure over rounds drawn with replacement.
  let failed = false;
  console.log('\nCheck against the targets (a figure fails when it exceeds its target by more than the noise between rounds):');
  for (const summary of summaries) {
    const { robust } = summary.plugin;
    const checks = [
      [`plugin/${yardstick}, ${summary.state}`, robust.ratio, targets[summary.state], (robust.q3 - robust.q1) / 2],
      [
        `dispatch/${yardstick}, ${summary.state}`,
        summary.dispatch.ratio,
        targets.dispatch,
        (summary.dispatch.q3 - summary.dispatch.q1) / 2 / summary.dispatch.yardstickDirect,
      ],
    ];
    for (const [name, value, target, noise] of checks) {
      const ok = value <= target + noise;
      failed ||= !ok;
      console.log(
        `  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(40)} ${value.toFixed(2)} (target ${target.toFixed(2)}, noise ±${noise.toFixed(2)})`,
      );
    }
  }
  if (failed) process.exitCode = 1;
}
