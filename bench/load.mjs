// `npm run bench:load`: how long importing the plugin takes, against eslint-plugin-n, each in a
// fresh Node process (alternating, medians), and a check that linting JavaScript with every rule
// does not load the `typescript` package.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = Number(process.env.BENCH_LOAD_SAMPLES ?? 15);

const subjects = {
  'eslint-plugin-http-status (require)': `const t = process.hrtime.bigint(); require(${JSON.stringify(path.join(root, 'dist/cjs/src/index.js'))}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`,
  'eslint-plugin-http-status (import)': `const t = process.hrtime.bigint(); import(${JSON.stringify(path.join(root, 'dist/esm/src/index.js'))}).then(() => console.log(Number(process.hrtime.bigint() - t) / 1e6));`,
  'eslint-plugin-n (require)': `const t = process.hrtime.bigint(); require('eslint-plugin-n'); console.log(Number(process.hrtime.bigint() - t) / 1e6);`,
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const times = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
for (let sample = 0; sample < samples; sample++) {
  for (const [name, script] of Object.entries(subjects)) {
    times[name].push(Number(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }).trim()));
  }
}

console.log(`Import time, fresh process each, median of ${samples} (Node ${process.version}):`);
const reference = median(times['eslint-plugin-n (require)']);
for (const [name, values] of Object.entries(times)) {
  const value = median(values);
  console.log(`  ${name.padEnd(38)}${value.toFixed(1).padStart(8)} ms   (x${(value / reference).toFixed(2)} of eslint-plugin-n)`);
}

const check = `(async () => {
  const { ESLint } = require('eslint');
  const plugin = require(${JSON.stringify(path.join(root, 'dist/cjs/src/index.js'))});
  const eslint = new ESLint({ cwd: ${JSON.stringify(root)}, overrideConfigFile: true, overrideConfig: [plugin.configs.all] });
  const [result] = await eslint.lintText("app.get('/', (req, res) => res.status(404).end());", { filePath: ${JSON.stringify(path.join(root, 'example.js'))} });
  const typescript = Object.keys(require.cache).filter((file) => /[\\\\/]node_modules[\\\\/]typescript[\\\\/]/.test(file));
  console.log(JSON.stringify({ reports: result.messages.length, typescript: typescript.length }));
})();`;
const { reports, typescript } = JSON.parse(execFileSync(process.execPath, ['-e', check], { cwd: root, encoding: 'utf8' }));
console.log(
  `\nLinting a .js file with every rule: ${reports} report(s); typescript modules loaded: ${typescript} ${typescript === 0 ? '(none, as it should be)' : '(UNEXPECTED)'}`,
);
if (typescript !== 0) process.exitCode = 1;
