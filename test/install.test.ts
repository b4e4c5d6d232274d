// A new user's first ten minutes, for real: pack the plugin, install the tarball with the README's
// own commands into the projects people have (new ones, ESLint 8.57 with .eslintrc, an ESLint
// pinned below 8.57, TypeScript 4.7), write the README's own configs (taken from README.md, so the
// README cannot drift), lint, and check the findings, the fix, that committed build output (dist/)
// is neither linted nor fixed, and that the install brought no package besides the plugin.
// Installs share the user's npm cache and prefer it to the registry (--prefer-offline).
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
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
    execFileSync(command!, [...withTarball, ...(command === 'npm' ? quiet : [])], { cwd, stdio: 'pipe' });
  }
}

const quiet = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** The project's own `npm install`, before the plugin: the state a user starts from. */
function npmInstall(cwd: string): void {
  execFileSync('npm', ['install', ...quiet], { cwd, stdio: 'pipe' });
}

/** Runs one npm command line of the README that must fail, and returns what npm said. */
function npmError(line: string, cwd: string): string {
  const [command, ...args] = line.trim().split(/\s+/);
  expect(command).toBe('npm');
  const withTarball = args.map((arg) => (arg === 'eslint-plugin-http-status' ? tarball : arg));
  const result: SpawnSyncReturns<string> = spawnSync('npm', [...withTarball, ...quiet], { cwd, encoding: 'utf8' });
  expect(result.status).not.toBe(0);
  return result.stderr;
}

/** The repository's own TypeScript version: what a TypeScript project has. */
function repoTypeScript(): string {
  return (JSON.parse(readFileSync(path.join(root, 'node_modules/typescript/package.json'), 'utf8')) as { version: string }).version;
}

/** Committed build output, with what the rules would report in the sources: no config may lint or fix it. */
const committedDist = {
  'dist/server.js': `"use strict";\nexports.handler = (req, res) => res.status(404).json({ error: 'not found' });\n`,
  'build/server.js': `"use strict";\nexports.handler = (req, res) => res.status(201).end();\n`,
};

function expectDistUntouched(project: string): void {
  for (const [file, text] of Object.entries(committedDist)) expect(readFileSync(path.join(project, file), 'utf8')).toBe(text);
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

/** The project's own `node_modules/.bin/NAME`: what `npx NAME` runs, without npx's second of start-up. */
function bin(cwd: string, name: string): string {
  return path.join(cwd, 'node_modules/.bin', name);
}

/** Runs `npx eslint --format json ARGS` and lists each finding as "file line:column rule messageId". */
function lint(cwd: string, args: string[]): string[] {
  const result = spawnSync(bin(cwd, 'eslint'), ['--format', 'json', ...args], { cwd, encoding: 'utf8' });
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
      project = newProject(
        'js-app',
        { 'eslint.config.mjs': snippet('config-js'), 'src/users.js': handlerJs, ...committedDist },
        { type: 'module' },
      );
      runCommands(snippet('install-js'), project);

      const lock = JSON.parse(readFileSync(path.join(project, 'node_modules/.package-lock.json'), 'utf8')) as {
        packages: Record<string, LockEntry>;
      };
      const plugin = lock.packages['node_modules/eslint-plugin-http-status']!;
      expect(plugin.dependencies).toBeUndefined();
      expect(plugin.optionalDependencies).toBeUndefined();
      expect(plugin.peerDependencies).toEqual({ eslint: '^8.57.0 || ^9.0.0 || ^10.0.0' });
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
    // dist/ would be reported: the config's globalIgnores is what keeps it out.
    expect(lint(project, ['--no-ignore', 'dist/'])).toEqual(['dist/server.js 2:44 http-status/no-magic-status magicStatus']);
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
    expectDistUntouched(project);
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
      project = newProject('ts-app', { 'eslint.config.mjs': snippet('config-ts'), 'src/users.ts': handlerTs, ...committedDist });
      // A TypeScript project has TypeScript already: the repository's own version.
      runCommands(`npm i -D typescript@${repoTypeScript()}`, project);
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
    expectDistUntouched(project);
  });
});

/** A project as it was before the plugin: its own `.eslintrc.json`, and a finding of its own. */
const ownEslintrc = {
  root: true,
  extends: ['eslint:recommended'],
  env: { node: true, es2022: true },
  parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
};

const ownJs = `export function total(items) {
  const unused = items.length;
  return items.reduce((sum, item) => sum + item.price, 0);
}
`;

/** What the README says to do with an existing `.eslintrc.json`: add its `extends` entry, `ignorePatterns` and TypeScript override. */
function addReadmeEslintrc(project: string): void {
  const file = path.join(project, '.eslintrc.json');
  const own = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[] | undefined>;
  const readmeConfig = JSON.parse(snippet('config-eslintrc')) as Record<string, string[]>;
  const merged = {
    ...readmeConfig,
    ...own,
    extends: [...(own.extends ?? []), ...readmeConfig.extends!],
    ignorePatterns: [...(own.ignorePatterns ?? []), ...readmeConfig.ignorePatterns!],
    overrides: [...(own.overrides ?? []), ...readmeConfig.overrides!],
  };
  writeFileSync(file, JSON.stringify(merged, null, 2));
}

/** `npx eslint ARGS` as the README's `.eslintrc` command gives them. */
function eslintrcArgs(): string[] {
  const [command, eslint, ...args] = snippet('run-eslintrc').trim().split(/\s+/);
  expect([command, eslint, args.at(-1)]).toEqual(['npx', 'eslint', '.']);
  return args.slice(0, -1);
}

function eslintVersion(project: string): string {
  return execFileSync(bin(project, 'eslint'), ['--version'], { cwd: project, encoding: 'utf8' }).trim();
}

function devDependency(project: string, name: string): string | undefined {
  const manifest = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  return manifest.devDependencies?.[name];
}

describe('ESLint 8.57 with .eslintrc, following the README', () => {
  let project = '';

  it(
    'installs next to the project’s own ESLint 8.57 and keeps it',
    () => {
      project = newProject(
        'eslintrc-app',
        { '.eslintrc.json': JSON.stringify(ownEslintrc), 'src/total.js': ownJs, 'src/users.js': handlerJs, ...committedDist },
        { devDependencies: { eslint: '8.57.1', typescript: repoTypeScript() } },
      );
      // No separate install of the starting tree: the README command installs the declared ESLint with the plugin.
      runCommands(snippet('install-eslintrc'), project);
      expect(devDependency(project, 'eslint')).toBe('8.57.1');
      expect(eslintVersion(project)).toBe('v8.57.1');
    },
    installTimeout,
  );

  it('lints with the README .eslintrc additions and command: the project’s own findings stay, dist/ is left alone', () => {
    writeFileSync(path.join(project, 'src/users.ts'), handlerTs);
    addReadmeEslintrc(project);
    expect(lint(project, [...eslintrcArgs(), '.'])).toEqual([
      'src/total.js 2:9 no-unused-vars unusedVar',
      'src/users.js 4:34 http-status/no-magic-status magicStatus',
      'src/users.js 8:18 http-status/no-302-after-post redirectAfterUnsafeMethod',
      'src/users.js 8:18 http-status/no-magic-status magicStatus',
      'src/users.ts 8:14 http-status/no-magic-status magicStatus',
    ]);
  });

  it('fixes the sources and not dist/', () => {
    lint(project, [...eslintrcArgs(), '--fix', '.']);
    expect(readFileSync(path.join(project, 'src/users.ts'), 'utf8')).toContain('res.status(StatusCodes.CREATED)');
    expectDistUntouched(project);
  });

  it(
    'moving to flat config on 8.57: the README’s plain array works, and replaces .eslintrc as the README warns',
    () => {
      writeFileSync(path.join(project, 'src/users.js'), handlerJs);
      writeFileSync(path.join(project, 'src/users.ts'), handlerTs);
      runCommands('npm i -D typescript-eslint', project);
      writeFileSync(path.join(project, 'eslint.config.mjs'), snippet('config-flat-8'));
      // The project's own no-unused-vars is gone: ESLint 8.57 reads no .eslintrc once a flat config exists.
      expect(lint(project, ['.'])).toEqual([
        'src/users.js 4:34 http-status/no-magic-status magicStatus',
        'src/users.js 8:18 http-status/no-302-after-post redirectAfterUnsafeMethod',
        'src/users.js 8:18 http-status/no-magic-status magicStatus',
        'src/users.ts 8:14 http-status/no-magic-status magicStatus',
      ]);
      lint(project, ['--fix', '.']);
      expect(lint(project, ['.'])).toEqual(['src/users.js 10:18 http-status/no-302-after-post redirectAfterUnsafeMethod']);
      expectDistUntouched(project);
    },
    installTimeout,
  );
});

describe('ESLint pinned below 8.57, following the README', () => {
  let project = '';

  it(
    'the plain install fails on the pin; the README’s update keeps the major and adds the plugin',
    () => {
      project = newProject(
        'pinned-app',
        { '.eslintrc.json': JSON.stringify(ownEslintrc), 'src/total.js': ownJs, 'src/users.js': handlerJs, ...committedDist },
        { devDependencies: { eslint: '~8.48.0' } },
      );
      npmInstall(project);
      expect(eslintVersion(project)).toBe('v8.48.0');
      expect(npmError(snippet('install-existing').split('\n')[0]!, project)).toMatch(
        /ERESOLVE[\s\S]*peer eslint@"\^8\.57\.0 \|\| \^9\.0\.0 \|\| \^10\.0\.0" from eslint-plugin-http-status/,
      );
      runCommands(snippet('install-eslint-8-57'), project);
      expect(devDependency(project, 'eslint')).toBe('^8.57.1');
      expect(eslintVersion(project)).toMatch(/^v8\.57\.\d+$/);
    },
    installTimeout,
  );

  it('lints with the unchanged .eslintrc plus the README additions, and fixes only the sources', () => {
    addReadmeEslintrc(project);
    expect(lint(project, [...eslintrcArgs(), '.'])).toEqual([
      'src/total.js 2:9 no-unused-vars unusedVar',
      'src/users.js 4:34 http-status/no-magic-status magicStatus',
      'src/users.js 8:18 http-status/no-302-after-post redirectAfterUnsafeMethod',
      'src/users.js 8:18 http-status/no-magic-status magicStatus',
    ]);
    lint(project, [...eslintrcArgs(), '--fix', '.']);
    expect(readFileSync(path.join(project, 'src/users.js'), 'utf8')).toContain('res.status(StatusCodes.NOT_FOUND)');
    expectDistUntouched(project);
  });
});

const handlerOldTs = `enum Role {
  Admin = 'admin',
}

interface Reply {
  code(status: number): Reply;
  send(body?: unknown): void;
}

export function createUser(reply: Reply, role?: Role): void {
  if (role !== Role.Admin) return reply.code(403 as number).send();
  reply!.code(201).send({ created: true });
}
`;

describe('TypeScript 4.7, following the README', () => {
  let project = '';

  it(
    'typescript-eslint 8 refuses it; the README’s older parser installs',
    () => {
      project = newProject('ts47-app', { 'src/users.ts': handlerOldTs, ...committedDist }, { devDependencies: { typescript: '~4.7.4' } });
      expect(npmError(snippet('install-ts').split('\n')[0]!, project)).toMatch(
        /ERESOLVE[\s\S]*peer typescript@">=4\.8\.4 <[\d.]+" from typescript-eslint@8/,
      );
      runCommands(snippet('install-old-ts'), project);
      expect(execFileSync(bin(project, 'tsc'), ['--version'], { cwd: project, encoding: 'utf8' })).toMatch(/^Version 4\.7\.\d+$/m);
    },
    installTimeout,
  );

  it('lints and fixes TypeScript with the README .eslintrc, and the fixed code compiles with TypeScript 4.7', () => {
    writeFileSync(path.join(project, '.eslintrc.json'), snippet('config-eslintrc'));
    expect(lint(project, [...eslintrcArgs(), '.'])).toEqual([
      'src/users.ts 11:46 http-status/no-magic-status magicStatus',
      'src/users.ts 12:15 http-status/no-magic-status magicStatus',
    ]);
    lint(project, [...eslintrcArgs(), '--fix', '.']);
    expect(readFileSync(path.join(project, 'src/users.ts'), 'utf8')).toBe(
      `import { StatusCodes } from 'http-status-codes';\n\n${handlerOldTs
        .replace('code(403 as', 'code(StatusCodes.FORBIDDEN as')
        .replace('code(201)', 'code(StatusCodes.CREATED)')}`,
    );
    execFileSync(bin(project, 'tsc'), ['--noEmit', '--strict', '--moduleResolution', 'node', 'src/users.ts'], { cwd: project });
    expectDistUntouched(project);
  });
});

describe('a project that needs --legacy-peer-deps, following the README', () => {
  const oldConfigPeers = { eslint: '^7.0.0', 'http-status': '^2.0.0' };

  /**
   * A dependency whose peer range excludes the project's ESLint (so plain installs fail) and which
   * brings a peer nothing else names: the lockfile, made with --force, has it; --legacy-peer-deps drops it.
   */
  function conflictedProject(name: string, manifest: Record<string, unknown> = {}): string {
    const project = newProject(
      name,
      { 'vendor/old-config/package.json': JSON.stringify({ name: 'old-config', version: '1.0.0', peerDependencies: oldConfigPeers }) },
      { devDependencies: { eslint: '8.57.1', 'old-config': 'file:vendor/old-config-1.0.0.tgz' }, ...manifest },
    );
    execFileSync('npm', ['pack', './old-config', ...quiet], { cwd: path.join(project, 'vendor'), stdio: 'pipe' });
    return project;
  }

  it(
    '--legacy-peer-deps would remove a package, the dry run shows it, and --force adds the plugin keeping it',
    () => {
      const project = conflictedProject('legacy-app');
      expect(npmError('npm install', project)).toMatch(/ERESOLVE/);
      execFileSync('npm', ['install', '--force', ...quiet], { cwd: project, stdio: 'pipe' });
      expect(existsSync(path.join(project, 'node_modules/http-status'))).toBe(true);
      expect(npmError(snippet('install-existing').split('\n')[0]!, project)).toMatch(/ERESOLVE/);

      const [command, ...args] = snippet('dry-run-legacy').trim().split(/\s+/);
      const dryRun = execFileSync(command!, [...args.map((arg) => (arg === 'eslint-plugin-http-status' ? tarball : arg)), ...quiet], {
        cwd: project,
        encoding: 'utf8',
      });
      expect(dryRun).toMatch(/^remove http-status 2\./m);
      expect(dryRun).toMatch(/added 1 package, and removed 1 package/);
      expect(existsSync(path.join(project, 'node_modules/eslint-plugin-http-status'))).toBe(false);

      runCommands(snippet('install-force'), project);
      expect(existsSync(path.join(project, 'node_modules/eslint-plugin-http-status'))).toBe(true);
      expect(existsSync(path.join(project, 'node_modules/http-status'))).toBe(true);
    },
    installTimeout,
  );

  it(
    'the README override settles the conflict: the plain install line works and removes nothing',
    () => {
      const readmeOverrides = (JSON.parse(`{${snippet('overrides-legacy')}}`) as { overrides: Record<string, Record<string, string>> })
        .overrides;
      // The README's example names a real package; here the conflicting one is old-config.
      const [override] = Object.values(readmeOverrides);
      expect(override).toEqual({ eslint: '$eslint' });
      const project = conflictedProject('overrides-app', { overrides: { 'old-config': override } });
      runCommands(snippet('install-existing'), project);
      expect(existsSync(path.join(project, 'node_modules/eslint-plugin-http-status'))).toBe(true);
      expect(existsSync(path.join(project, 'node_modules/old-config'))).toBe(true);
      expect(existsSync(path.join(project, 'node_modules/http-status'))).toBe(true);
    },
    installTimeout,
  );
});
