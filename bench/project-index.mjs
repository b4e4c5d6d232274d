// `npm run bench:project`: what the project index (handlers registered by other modules, read with
// the configured parser) costs, on a generated 300-file Express MVC project and, with `--corpus DIR`,
// on a folder of real projects (each subfolder a project):
// - whole lint: `eslint` over the project in a fresh process, as CI runs it, with the index and
//   with `HTTP_STATUS_NO_PROJECT=1`, alternated over rounds; the medians and their ratio;
// - editor: one controller linted in a process that has already linted another file (ESLint and
//   the parsers loaded, as in a language server), the index cold; the median over rounds.
//
//   npm run bench:project
//   npm run bench:project -- --corpus /path/to/apps
//   BENCH_ROUNDS=9 npm run bench:project
//   node bench/project-index.mjs --generate DIR      only writes the generated project to DIR
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { repoRoot } from './workspace.mjs';

const { values: args } = parseArgs({ options: { corpus: { type: 'string' }, generate: { type: 'string' } } });
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A 300-file Express MVC app: app.js and 20 route files register 120 controllers' handlers; services and models besides. */
function generateProject(root = mkdtempSync(path.join(tmpdir(), 'http-status-project-'))) {
  const write = (name, text) => {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  };
  write('package.json', JSON.stringify({ name: 'mvc', private: true, type: 'commonjs', dependencies: { express: '^4.21.0' } }));
  const routeFiles = [];
  for (let route = 0; route < 20; route++) {
    const lines = ["const { Router } = require('express');", 'const router = Router();'];
    for (let c = route * 6; c < route * 6 + 6; c++) {
      lines.splice(1, 0, `const c${c} = require('../controllers/controller${c}');`);
      lines.push(`router.get('/r${c}', c${c}.show);`, `router.post('/r${c}', c${c}.create);`, `router.put('/r${c}/:id', c${c}.update);`);
      lines.push(`router.delete('/r${c}/:id', c${c}.remove);`, `router.get('/r${c}/list', c${c}.list);`);
    }
    lines.push('module.exports = router;');
    write(`routes/route${route}.js`, `${lines.join('\n')}\n`);
    routeFiles.push(`./routes/route${route}`);
  }
  write(
    'app.js',
    `const express = require('express');\nconst app = express();\n${routeFiles.map((file, i) => `app.use('/m${i}', require('${file}'));`).join('\n')}\nmodule.exports = app;\n`,
  );
  for (let c = 0; c < 120; c++) {
    write(
      `controllers/controller${c}.js`,
      `const service = require('../services/service${c}');

exports.show = async (req, res) => {
  const item = await service.find(req.params.id);
  if (!item) return res.status(404).render('missing');
  res.render('item', { item });
};

exports.create = async (req, res) => {
  const item = await service.create(req.body);
  req.flash('info', 'Created.');
  res.redirect(\`/r${c}/\${item.id}\`);
};

exports.update = async (req, res) => {
  await service.update(req.params.id, req.body);
  res.redirect(303, '/r${c}');
};

exports.remove = async (req, res) => {
  await service.remove(req.params.id);
  res.redirect('/r${c}');
};

exports.list = async (req, res) => {
  res.render('list', { items: await service.list({ limit: 20, offset: Number(req.query.offset) || 0 }) });
};
`,
    );
  }
  for (let s = 0; s < 120; s++)
    write(
      `services/service${s}.js`,
      `const db = require('../models/model${s % 39}');\n\nmodule.exports = {\n  find: (id) => db.findOne({ id }),\n  create: (data) => db.insert(data),\n  update: (id, data) => db.update({ id }, data),\n  remove: (id) => db.delete({ id }),\n  list: ({ limit, offset }) => db.find({}, { limit, offset }),\n};\n`,
    );
  for (let m = 0; m < 39; m++)
    write(
      `models/model${m}.js`,
      `const store = new Map();\nmodule.exports = { findOne: async ({ id }) => store.get(id), insert: async (d) => d, update: async () => 1, delete: async () => 1, find: async () => [...store.values()].slice(0, ${m + 10}) };\n`,
    );
  return root;
}

/** One child process: lints `files` of `cwd` (after linting `warm` when given) and prints the milliseconds of the timed lint. */
const child = `
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import httpStatus from '${path.join(repoRoot, 'dist/esm/src/index.js')}';
const [cwd, warm, ...files] = process.argv.slice(1);
const eslint = new ESLint({ cwd, overrideConfigFile: true, cache: false, errorOnUnmatchedPattern: false, overrideConfig: [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.next/**', '**/coverage/**', '**/*.min.js', '**/public/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },
  { files: ['**/*.{js,jsx,mjs}'], languageOptions: { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], ...httpStatus.configs.all },
] });
if (warm !== '-') await eslint.lintFiles([warm]);
const start = performance.now();
const results = await eslint.lintFiles(files);
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, files: results.length, reports: results.reduce((n, r) => n + r.messages.length, 0) }));
`;

function lint(cwd, warm, files, index) {
  const env = { ...process.env };
  if (index) delete env.HTTP_STATUS_NO_PROJECT;
  else env.HTTP_STATUS_NO_PROJECT = '1';
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', child, cwd, warm, ...files], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

function wholeLint(label, cwd) {
  const on = [];
  const off = [];
  let last;
  for (let round = 0; round < rounds; round++) {
    last = lint(cwd, '-', ['.'], true);
    on.push(last.ms);
    off.push(lint(cwd, '-', ['.'], false).ms);
  }
  const ratio = median(on) / median(off);
  console.log(
    `${label.padEnd(44)} ${String(last.files).padStart(5)} files  index ${median(on).toFixed(0).padStart(6)} ms  without ${median(off).toFixed(0).padStart(6)} ms  ${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`,
  );
  return { on: median(on), off: median(off) };
}

if (args.generate) {
  generateProject(path.resolve(args.generate));
  process.exit(0);
}

console.log(`project index, ${rounds} rounds, medians (a fresh process per lint)`);
const generated = generateProject();
try {
  wholeLint('generated Express MVC (300 files)', generated);
  const cold = [];
  const without = [];
  for (let round = 0; round < rounds; round++) {
    cold.push(lint(generated, 'models/model0.js', ['controllers/controller7.js'], true).ms);
    without.push(lint(generated, 'models/model0.js', ['controllers/controller7.js'], false).ms);
  }
  console.log(
    `editor: one controller, index cold (after another file)   ${median(cold).toFixed(0)} ms   without the index ${median(without).toFixed(0)} ms`,
  );
} finally {
  rmSync(generated, { recursive: true, force: true });
}

if (args.corpus) {
  const { readdirSync } = await import('node:fs');
  let on = 0;
  let off = 0;
  for (const entry of readdirSync(args.corpus, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const measured = wholeLint(entry.name, path.join(args.corpus, entry.name));
    on += measured.on;
    off += measured.off;
  }
  console.log(
    `${'all projects (sum of medians)'.padEnd(44)}        index ${on.toFixed(0).padStart(6)} ms  without ${off.toFixed(0).padStart(6)} ms  ${on >= off ? '+' : ''}${((on / off - 1) * 100).toFixed(1)}%`,
  );
}
