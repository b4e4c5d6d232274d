// A new user's first ten minutes, for real: pack the plugin, install the tarball into empty
// JavaScript and TypeScript projects with the README's own commands, write the README's own
// configs (taken from README.md, so the README cannot drift), lint a small handler, and check the
// findings, the fix, and that the install brought no package besides the plugin.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'http-status-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
/** Registry installs on a busy machine: well above the 5-15 s they usually take. */
const installTimeout = 180_000;

/** The fenced block that follows `<!-- readme-test: name -->` in the README. */
function snippet(name: string): string {
  const match = new RegExp(`<!-- readme-test: ${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no block marked readme-test: ${name}`);
  return match[1]!;
}

let tarball = '';

/** Runs each command of a README block, with the packed tarball in place of the package name. */
function runCommands(block: string, cwd: string): void {
  for (const line of block.trim().split('\n')) {
    const [command, ...args] = line.trim().split(/\s+/);
    expect(command).toMatch(/^np[mx]$/);
    const withTarball = args.map((arg) => (arg === 'eslint-plugin-http-status' ? tarball : arg));
    const quiet = command === 'npm' ? ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'] : [];
    execFileSync(command!, [...withTarball, ...quiet], { cwd, stdio: 'pipe' });
  }
}

function newProject(name: string, files: Record<string, string>, manifest: Record<string, unknown> = {}): string {
  const directory = path.join(work, name);
  const packageJson = JSON.stringify({ name, version: '1.0.0', private: true, ...manifest });
  for (const [file, text] of Object.entries({ 'package.json': packageJson, ...files })) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), text);
  }
  return directory;
}

interface Finding {
  ruleId: string | null;
  messageId?: string;
  line: number;
  column: number;
}

/** Runs `npx eslint --format json ARGS` and lists each finding as "file line:column rule messageId". */
function lint(cwd: string, args: string[], env: Record<string, string> = {}): string[] {
  const result = spawnSync('npx', ['eslint', '--format', 'json', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0 && result.status !== 1) throw new Error(`eslint failed:\n${result.stderr}${result.stdout}`);
  const files = JSON.parse(result.stdout) as { filePath: string; messages: Finding[] }[];
  return files.flatMap(({ filePath, messages }) =>
    messages.map((m) => `${path.relative(cwd, filePath)} ${m.line}:${m.column} ${m.ruleId} ${m.messageId}`),
  );
}

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The installed packages (lockfile paths) that `from` needs, following Node's lookup of nested node_modules. */
function closure(packages: Record<string, LockEntry>, from: string, seen = new Set<string>()): Set<string> {
  if (seen.has(from)) return seen;
  seen.add(from);
  const entry = packages[from]!;
  const names = Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies });
  for (const name of names) {
    for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (packages[candidate]) {
        closure(packages, candidate, seen);
        break;
      }
      if (!base) break;
    }
  }
  return seen;
}

const handlerJs = `export function register(app, db) {
  app.get('/users/:id', async (req, res) => {
    const user = await db.find(req.params.id);
    if (!user) return res.status(404).json({ error: 'not found' });
    res.json(user);
  });
  app.post('/login', (req, res) => {
    res.redirect(302, '/home');
  });
}
`;

const handlerTs = `import type { Request, Response } from 'express';

interface User {
  id: string;
}

export function createUser(req: Request<unknown, User, User>, res: Response<User>): void {
  res.status(201).json({ id: req.body.id });
}
`;

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/esm/src/index.js'))) throw new Error('Run `npm run build` first: the test packs dist/.');
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
  ) as [{ filename: string }];
  tarball = path.join(work, pack.filename);
});

describe('a JavaScript project, following the README', () => {
  let project = '';

  it(
    'installs with the README commands and nothing but the plugin comes with it',
    () => {
      project = newProject('js-app', { 'eslint.config.mjs': snippet('config-js'), 'src/users.js': handlerJs }, { type: 'module' });
      runCommands(snippet('install-js'), project);

      const lock = JSON.parse(readFileSync(path.join(project, 'node_modules/.package-lock.json'), 'utf8')) as {
        packages: Record<string, LockEntry>;
      };
      const plugin = lock.packages['node_modules/eslint-plugin-http-status']!;
      expect(plugin.dependencies).toBeUndefined();
      expect(plugin.optionalDependencies).toBeUndefined();
      expect(plugin.peerDependencies).toEqual({ eslint: '>=8.57.0' });
      const installed = Object.keys(lock.packages).filter((key) => key.startsWith('node_modules/'));
      const eslintAndItsOwn = closure(lock.packages, 'node_modules/eslint');
      const broughtByOthers = installed.filter(
        (key) => !eslintAndItsOwn.has(key) && key !== 'node_modules/http-status-codes' && key !== 'node_modules/eslint-plugin-http-status',
      );
      expect(broughtByOthers).toEqual([]);
    },
    installTimeout,
  );

  it('lints the handler with the README config', () => {
    expect(lint(project, ['.'])).toEqual([
      'src/users.js 4:34 http-status/no-magic-status magicStatus',
      'src/users.js 8:18 http-status/no-302-after-post redirectAfterUnsafeMethod',
      'src/users.js 8:18 http-status/no-magic-status magicStatus',
    ]);
  });

  it('fixes it into code whose import resolves', () => {
    lint(project, ['--fix', '.']);
    const fixed = readFileSync(path.join(project, 'src/users.js'), 'utf8');
    expect(fixed).toBe(
      `import { StatusCodes } from 'http-status-codes';\n\n${handlerJs
        .replace('status(404)', 'status(StatusCodes.NOT_FOUND)')
        .replace('redirect(302,', 'redirect(StatusCodes.MOVED_TEMPORARILY,')}`,
    );
    const run = `import(${JSON.stringify(path.join(project, 'src/users.js'))}).then((m) => console.log(typeof m.register))`;
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', run], { cwd: project, encoding: 'utf8' }).trim()).toBe('function');
  });

  it("runs beside another linter without touching its comments: the README's recipe", () => {
    const foreign = `// eslint-disable-next-line no-console, unicorn/no-null
console.log(null);
export function remove(req, res) {
  res.status(204).end(); // biome-ignore lint: legacy
}
`;
    // The same packages as the JavaScript project, http-status-codes among its dependencies.
    const other = newProject(
      'other-tool-app',
      { 'eslint.config.mjs': snippet('config-other-tool'), 'src/remove.js': foreign },
      { type: 'module', dependencies: { 'http-status-codes': '^2.3.0' } },
    );
    symlinkSync(path.join(project, 'node_modules'), path.join(other, 'node_modules'));
    const [command, ...args] = snippet('run-other-tool').trim().split(/\s+/);
    expect([command, args.at(-1)]).toEqual(['npx', '.']);
    expect(lint(other, args.slice(1, -1).concat('.'))).toEqual(['src/remove.js 4:14 http-status/no-magic-status magicStatus']);
    lint(other, [...args.slice(1, -1), '--fix', '.']);
    expect(readFileSync(path.join(other, 'src/remove.js'), 'utf8')).toBe(
      `import { StatusCodes } from 'http-status-codes';\n\n${foreign.replace('status(204)', 'status(StatusCodes.NO_CONTENT)')}`,
    );
  });
});

describe('a TypeScript project, following the README', () => {
  let project = '';

  it(
    'installs with the README commands',
    () => {
      project = newProject('ts-app', { 'eslint.config.mjs': snippet('config-ts'), 'src/users.ts': handlerTs });
      // A TypeScript project has TypeScript already: the repository's own version.
      const { version } = JSON.parse(readFileSync(path.join(root, 'node_modules/typescript/package.json'), 'utf8')) as { version: string };
      runCommands(`npm i -D typescript@${version}`, project);
      runCommands(snippet('install-ts'), project);
      expect(existsSync(path.join(project, 'node_modules/typescript-eslint'))).toBe(true);
    },
    installTimeout,
  );

  it('lints the TypeScript handler with the README config, and fixes it', () => {
    expect(lint(project, ['.'])).toEqual(['src/users.ts 8:14 http-status/no-magic-status magicStatus']);
    lint(project, ['--fix', '.']);
    expect(readFileSync(path.join(project, 'src/users.ts'), 'utf8')).toBe(
      handlerTs
        .replace("from 'express';\n", "from 'express';\nimport { StatusCodes } from 'http-status-codes';\n")
        .replace('status(201)', 'status(StatusCodes.CREATED)'),
    );
  });
});

describe('ESLint 8 with .eslintrc, following the README', () => {
  it('lints JavaScript and TypeScript with the README .eslintrc and command', () => {
    // The repository's own ESLint 8 and typescript-eslint parser, as an ESLint 8 project has them.
    const project = newProject('eslintrc-app', {
      '.eslintrc.json': snippet('config-eslintrc'),
      'src/users.js': handlerJs,
      'src/users.ts': handlerTs,
    });
    mkdirSync(path.join(project, 'node_modules/@typescript-eslint'), { recursive: true });
    mkdirSync(path.join(project, 'node_modules/.bin'));
    symlinkSync(root, path.join(project, 'node_modules/eslint-plugin-http-status'));
    symlinkSync(path.join(root, 'node_modules/eslint8'), path.join(project, 'node_modules/eslint'));
    symlinkSync(path.join(root, 'node_modules/eslint8/bin/eslint.js'), path.join(project, 'node_modules/.bin/eslint'));
    expect(execFileSync('npx', ['eslint', '--version'], { cwd: project, encoding: 'utf8' })).toMatch(/^v8\./);
    symlinkSync(path.join(root, 'node_modules/@typescript-eslint/parser'), path.join(project, 'node_modules/@typescript-eslint/parser'));
    const [command, eslint, ...args] = snippet('run-eslintrc').trim().split(/\s+/);
    expect([command, eslint]).toEqual(['npx', 'eslint']);
    expect(lint(project, args, { ESLINT_USE_FLAT_CONFIG: 'false' })).toEqual([
      'src/users.js 4:34 http-status/no-magic-status magicStatusNoProvider',
      'src/users.js 8:18 http-status/no-302-after-post redirectAfterUnsafeMethod',
      'src/users.js 8:18 http-status/no-magic-status magicStatusNoProvider',
      'src/users.ts 8:14 http-status/no-magic-status magicStatusNoProvider',
    ]);
  });
});
