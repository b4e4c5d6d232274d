// Acceptance: `--fix` never breaks a real project. Small projects are built in a temporary folder,
// once as written ("before") and once fixed by ESLint ("after"). TypeScript projects are then
// checked by one `tsc --noEmit` run over both trees (no error before, none after); JavaScript
// projects run with Node before and after, and must print the same statuses without an error.
// Prettier (--check) and import-x/order read both trees: a file they found clean stays clean.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

const repository = path.resolve(__dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'http-status-projects-'));

interface Project {
  /** package.json fields beside the name. */
  manifest: Record<string, unknown>;
  files: Record<string, string>;
  provider: unknown;
  /** The file run with Node (JavaScript projects) or undefined (TypeScript projects, checked by tsc). */
  main?: string;
  /** Text the fixed files must contain: the fixes did happen. */
  fixed: string[];
  /** Text the fixed files must still contain: the numbers left for a suggestion. */
  kept?: string[];
  /** import-x/order's options, as the project configures them; its defaults otherwise. */
  importOrder?: Record<string, unknown>;
  /** The project is formatted and ordered: Prettier and import-x/order find nothing before the fix. */
  clean?: boolean;
}

const fakeResponseCjs = `module.exports = () => {
  const res = { status(code) { console.log(code); return res; } };
  return res;
};
`;
const fakeResponseEsm = `export function makeResponse() {
  const res = { status(code) { console.log(code); return res; } };
  return res;
}
`;
const fakeResponseTs = `export function makeResponse() {
  const res = { status(code: number) { console.log(code); return res; } };
  return res;
}
`;

/** A typed client result whose status narrows the union: a constant typed `number` breaks it. */
const narrowing = (header: string) => `${header}import { makeResponse } from './fake-response.js';

type Result = { status: 200; body: string } | { status: 422; errors: string[] };

export function describeResult(result: Result): string {
  if (result.status === 422) return result.errors.join(', ');
  return result.body;
}

const res = makeResponse();
res.status(404);
`;

const typeScript = (header: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'src/fake-response.ts': fakeResponseTs,
  'src/client.ts': narrowing(header),
  ...extra,
});

const esmManifest = { type: 'module' };

const projects: Record<string, Project> = {
  'commonjs-expression-require': {
    manifest: { dependencies: { 'http-status-codes': '*' } },
    files: {
      'fake-response.js': fakeResponseCjs,
      'server.js': "const res = require('./fake-response.js')();\nres.status(404);\nres.status(201);\n",
    },
    provider: 'auto',
    main: 'server.js',
    fixed: ["const { StatusCodes } = require('http-status-codes');", 'StatusCodes.NOT_FOUND', 'StatusCodes.CREATED'],
  },
  'esm-javascript': {
    manifest: { type: 'module', dependencies: { 'http-status-codes': '*' } },
    files: {
      'fake-response.js': fakeResponseEsm,
      'server.js': "import { makeResponse } from './fake-response.js';\n\nconst res = makeResponse();\nres.status(422);\n",
    },
    provider: 'auto',
    main: 'server.js',
    fixed: ["import { StatusCodes } from 'http-status-codes';", 'StatusCodes.UNPROCESSABLE_ENTITY'],
  },
  'http-status-javascript': {
    manifest: { type: 'module', dependencies: { 'http-status': '*' } },
    files: {
      'fake-response.js': fakeResponseEsm,
      'server.js':
        "import { makeResponse } from './fake-response.js';\n\nconst res = makeResponse();\nres.status(302);\nres.status(413);\n",
    },
    provider: 'auto',
    main: 'server.js',
    fixed: ["import httpStatus from 'http-status';", 'httpStatus.FOUND', 'httpStatus.REQUEST_ENTITY_TOO_LARGE'],
  },
  'node-http2-commonjs': {
    manifest: {},
    files: { 'fake-response.js': fakeResponseCjs, 'server.cjs': "const res = require('./fake-response.js')();\nres.status(503);\n" },
    provider: 'node:http2',
    main: 'server.cjs',
    fixed: ["const { constants } = require('node:http2');", 'constants.HTTP_STATUS_SERVICE_UNAVAILABLE'],
  },
  'custom-javascript-frozen-object': {
    manifest: esmManifest,
    files: {
      'fake-response.js': fakeResponseEsm,
      'lib/status.js': 'export const Status = Object.freeze({ OK: 200, NOT_FOUND: 404 });\n',
      'routes/users.js':
        "import { makeResponse } from '../fake-response.js';\n\nconst res = makeResponse();\nres.status(404);\nres.status(200);\n",
    },
    provider: { module: './lib/status.js', export: 'Status' },
    main: 'routes/users.js',
    fixed: ["import { Status } from '../lib/status.js';", 'Status.NOT_FOUND', 'Status.OK'],
  },
  'custom-commonjs-module-exports': {
    manifest: {},
    files: {
      'fake-response.js': fakeResponseCjs,
      'lib/http-status.js': 'module.exports = { OK: 200, NOT_FOUND: 404 };\n',
      'server.js': "const res = require('./fake-response.js')();\nres.status(404);\nres.status(200);\n",
    },
    provider: { module: './lib/http-status.js', export: 'default' },
    main: 'server.js',
    fixed: ["const HttpStatus = require('./lib/http-status.js');", 'HttpStatus.NOT_FOUND', 'HttpStatus.OK'],
  },
  'typescript-http-status-codes': {
    manifest: { ...esmManifest, dependencies: { 'http-status-codes': '*' } },
    files: typeScript(''),
    provider: 'auto',
    fixed: ['result.status === StatusCodes.UNPROCESSABLE_ENTITY', 'res.status(StatusCodes.NOT_FOUND)'],
  },
  'typescript-nestjs': {
    manifest: { ...esmManifest, dependencies: { '@nestjs/common': '*' } },
    files: typeScript(''),
    provider: 'auto',
    fixed: ['result.status === HttpStatus.UNPROCESSABLE_ENTITY', 'res.status(HttpStatus.NOT_FOUND)'],
  },
  'typescript-angular': {
    manifest: { ...esmManifest, peerDependencies: { '@angular/common': '*' } },
    files: typeScript(''),
    provider: 'auto',
    fixed: ['result.status === HttpStatusCode.UnprocessableEntity', 'res.status(HttpStatusCode.NotFound)'],
  },
  'typescript-http-status': {
    manifest: { ...esmManifest, dependencies: { 'http-status': '*' } },
    files: typeScript(''),
    provider: 'auto',
    fixed: ['result.status === httpStatus.UNPROCESSABLE_ENTITY', 'res.status(httpStatus.NOT_FOUND)'],
  },
  'typescript-node-http2': {
    manifest: esmManifest,
    files: typeScript(''),
    provider: 'node:http2',
    // Typed `number`: the comparison keeps its number, the call that takes `number` is fixed.
    fixed: ['res.status(constants.HTTP_STATUS_NOT_FOUND)'],
    kept: ['result.status === 422'],
  },
  'custom-as-const-object': {
    manifest: esmManifest,
    files: typeScript('', {
      'src/lib/http-status.ts': 'export const HttpStatus = { OK: 200, NOT_FOUND: 404, UNPROCESSABLE_ENTITY: 422 } as const;\n',
    }),
    provider: { module: './src/lib/http-status.js', export: 'HttpStatus' },
    fixed: ["import { HttpStatus } from './lib/http-status.js';", 'result.status === HttpStatus.UNPROCESSABLE_ENTITY'],
  },
  'custom-loose-object': {
    manifest: esmManifest,
    files: typeScript('', {
      'src/lib/http-status.ts': 'export const HttpStatus = { OK: 200, NOT_FOUND: 404, UNPROCESSABLE_ENTITY: 422 };\n',
    }),
    provider: { module: './src/lib/http-status.js', export: 'HttpStatus' },
    fixed: ['res.status(HttpStatus.NOT_FOUND)'],
    kept: ['result.status === 422'],
  },
  'custom-enum': {
    manifest: esmManifest,
    files: typeScript('', { 'src/lib/status.ts': 'export enum Status {\n  Ok = 200,\n  NotFound = 404,\n  Unprocessable = 422,\n}\n' }),
    provider: { module: './src/lib/status.js', export: 'Status' },
    fixed: ['result.status === Status.Unprocessable', 'res.status(Status.NotFound)'],
  },
  'custom-namespace-of-named-exports': {
    manifest: esmManifest,
    files: typeScript("import * as HttpStatusCodes from './lib/http-status-codes.js';\n", {
      'src/lib/http-status-codes.ts': 'export const OK = 200;\nexport const NOT_FOUND = 404;\nexport const UNPROCESSABLE_ENTITY = 422;\n',
    }),
    provider: { module: './src/lib/http-status-codes.js', namespace: 'HttpStatusCodes' },
    fixed: ['result.status === HttpStatusCodes.UNPROCESSABLE_ENTITY', 'res.status(HttpStatusCodes.NOT_FOUND)'],
  },
  'custom-named-exports-imported-by-name': {
    manifest: esmManifest,
    files: typeScript("import { OK } from './lib/http-status-codes.js';\n\nexport const ok = OK;\n", {
      'src/lib/http-status-codes.ts': 'export const OK = 200;\nexport const NOT_FOUND = 404;\nexport const UNPROCESSABLE_ENTITY = 422;\n',
    }),
    provider: { module: './src/lib/http-status-codes.js', namespace: 'HttpStatusCodes' },
    fixed: ["import { OK, UNPROCESSABLE_ENTITY, NOT_FOUND } from './lib/http-status-codes.js';", 'result.status === UNPROCESSABLE_ENTITY'],
  },
  'custom-package-in-node-modules': {
    manifest: esmManifest,
    files: typeScript('', {
      'node_modules/@acme/http-status/package.json': JSON.stringify({
        name: '@acme/http-status',
        main: 'dist/index.js',
        types: 'dist/index.d.ts',
      }),
      'node_modules/@acme/http-status/dist/index.js':
        '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.Codes = void 0;\nexports.Codes = { OK: 200, NOT_FOUND: 404, UNPROCESSABLE_ENTITY: 422 };\n',
      'node_modules/@acme/http-status/dist/index.d.ts':
        'export declare const Codes: {\n    readonly OK: 200;\n    readonly NOT_FOUND: 404;\n    readonly UNPROCESSABLE_ENTITY: 422;\n};\n',
    }),
    provider: { module: '@acme/http-status', export: 'Codes' },
    fixed: ["import { Codes } from '@acme/http-status';", 'result.status === Codes.UNPROCESSABLE_ENTITY'],
  },
  'prettier-semicolon-free-no-imports': {
    manifest: { type: 'module', dependencies: { 'http-status-codes': '*' } },
    files: {
      '.prettierrc': '{ "semi": false, "singleQuote": true }\n',
      'server.js': `const res = {
  status(code) {
    console.log(code)
    return res
  },
}

res.status(404)
res.status(201)
`,
    },
    provider: 'auto',
    main: 'server.js',
    fixed: ["import { StatusCodes } from 'http-status-codes'\n\nconst res = {", 'res.status(StatusCodes.CREATED)\n'],
    clean: true,
  },
  'prettier-defaults-no-strings': {
    manifest: { ...esmManifest, dependencies: { 'http-status-codes': '*' } },
    files: {
      '.prettierrc': '{}\n',
      'src/handler.ts': `export function handle(res: { status(code: number): void }): void {
  res.status(404);
}
`,
    },
    provider: 'auto',
    fixed: ['import { StatusCodes } from "http-status-codes";\n\nexport function handle('],
    clean: true,
  },
  'sorted-imports-with-aliases': {
    manifest: { type: 'module', imports: { '#lib/*': './lib/*' }, dependencies: { 'http-status-codes': '*', ms: '*', semver: '*' } },
    files: {
      '.prettierrc': '{ "singleQuote": true }\n',
      'lib/respond.js': `export function makeResponse() {
  const res = {
    status(code) {
      console.log(code);
      return res;
    },
  };
  return res;
}
`,
      'label.js': "export const label = 'orders';\n",
      'server.js': `import { EventEmitter } from 'node:events';

import ms from 'ms';
import semver from 'semver';

import { makeResponse } from '#lib/respond.js';

import { label } from './label.js';

new EventEmitter().emit(label, ms('1s'), semver.valid('1.0.0'));
const res = makeResponse();
res.status(404);
res.status(201);
`,
    },
    provider: 'auto',
    main: 'server.js',
    importOrder: {
      groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
      pathGroups: [{ pattern: '#lib/**', group: 'internal' }],
      'newlines-between': 'always',
      alphabetize: { order: 'asc', caseInsensitive: true },
    },
    fixed: ["import { StatusCodes } from 'http-status-codes';\nimport ms from 'ms';", 'res.status(StatusCodes.NOT_FOUND);'],
    clean: true,
  },
  'unsorted-imports-before-a-relative-one': {
    manifest: { type: 'module', dependencies: { 'http-status-codes': '*', ms: '*', semver: '*' } },
    files: {
      'fake-response.js': fakeResponseEsm,
      'server.js':
        "import semver from 'semver';\nimport ms from 'ms';\nimport { makeResponse } from './fake-response.js';\n\nconsole.log(semver.valid('1.0.0'), ms('1s'));\nconst res = makeResponse();\nres.status(404);\n",
    },
    provider: 'auto',
    main: 'server.js',
    fixed: ["import ms from 'ms';\nimport { StatusCodes } from 'http-status-codes';\nimport { makeResponse } from './fake-response.js';"],
  },
};

function writeProject(directory: string, project: Project, name: string): void {
  const files = { 'package.json': JSON.stringify({ name, private: true, ...project.manifest }), ...project.files };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), text);
  }
}

async function fix(directory: string, project: Project): Promise<void> {
  const eslint = new ESLint({
    cwd: directory,
    overrideConfigFile: true,
    fix: true,
    overrideConfig: [
      { ignores: ['node_modules/**'] },
      {
        files: ['**/*.{js,cjs,mjs,ts}'],
        plugins: { 'http-status': plugin as never },
        rules: { 'http-status/no-magic-status': ['error', { provider: project.provider }] as never },
      },
      { files: ['**/*.ts'], languageOptions: { parser: tsParser as never } },
    ],
  });
  const results = await eslint.lintFiles(['.']);
  await ESLint.outputFixes(results);
  // A second --fix changes nothing: no fix is left to apply.
  const again = await eslint.lintFiles(['.']);
  expect(again.flatMap((result) => result.messages.filter((message) => message.fix))).toEqual([]);
  expect(again.flatMap((result) => result.messages.filter((message) => message.fatal))).toEqual([]);
}

function fixedText(name: string): string {
  const project = projects[name]!;
  return Object.keys(project.files)
    .filter((file) => !file.startsWith('node_modules/'))
    .map((file) => readFileSync(path.join(work, 'after', name, file), 'utf8'))
    .join('\n');
}

/** The project's own source files, which Prettier and import-x/order read. */
function sourceFiles(name: string): string[] {
  return Object.keys(projects[name]!.files).filter((file) => !file.startsWith('node_modules/') && /\.[cm]?[jt]s$/.test(file));
}

/** The files Prettier --check would list, with the project's own Prettier config. */
async function unformatted(directory: string, name: string): Promise<string[]> {
  const files: string[] = [];
  for (const file of sourceFiles(name)) {
    const filepath = path.join(directory, file);
    const options = await prettier.resolveConfig(filepath, { editorconfig: false });
    if (!(await prettier.check(readFileSync(filepath, 'utf8'), { ...options, filepath }))) files.push(file);
  }
  return files;
}

/** import-x/order's problems per file, with the project's options. */
async function importOrderProblems(directory: string, project: Project): Promise<Record<string, number>> {
  const eslint = new ESLint({
    cwd: directory,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: ['node_modules/**'] },
      {
        files: ['**/*.{js,cjs,mjs,ts}'],
        plugins: { 'import-x': importX as never },
        settings: { 'import-x/resolver-next': [createNodeResolver()] },
        rules: { 'import-x/order': ['error', project.importOrder ?? {}] },
      },
      { files: ['**/*.ts'], languageOptions: { parser: tsParser as never } },
    ],
  });
  const problems: Record<string, number> = {};
  for (const result of await eslint.lintFiles(['.'])) {
    expect(result.messages.filter((message) => message.fatal)).toEqual([]);
    problems[path.relative(directory, result.filePath)] = result.messages.length;
  }
  return problems;
}

const style: Record<string, { unformatted: string[][]; importOrder: Record<string, number>[] }> = {};

function run(directory: string, main: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [main], { cwd: directory, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let typeErrors: { before: string[]; after: string[] } = { before: [], after: [] };

beforeAll(async () => {
  // One node_modules for every project: the repository's, where the constants packages are installed.
  symlinkSync(path.join(repository, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  for (const side of ['before', 'after']) {
    for (const [name, project] of Object.entries(projects)) writeProject(path.join(work, side, name), project, name);
  }
  for (const [name, project] of Object.entries(projects)) await fix(path.join(work, 'after', name), project);
  for (const [name, project] of Object.entries(projects)) {
    const sides = ['before', 'after'].map((side) => path.join(work, side, name));
    style[name] = {
      unformatted: await Promise.all(sides.map((directory) => unformatted(directory, name))),
      importOrder: await Promise.all(sides.map((directory) => importOrderProblems(directory, project))),
    };
  }

  // One tsc run over both trees: TypeScript projects only, Node's own module rules.
  writeFileSync(
    path.join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        skipLibCheck: true,
        types: ['node'],
      },
      include: ['before/*/src/**/*.ts', 'after/*/src/**/*.ts'],
    }),
  );
  const tsc = path.join(repository, 'node_modules', 'typescript', 'bin', 'tsc');
  let output = '';
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(work, 'tsconfig.json')], { cwd: work, encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  const errors = output.split('\n').filter((line) => line.includes('error TS'));
  typeErrors = {
    before: errors.filter((line) => line.startsWith('before/')),
    after: errors.filter((line) => line.startsWith('after/')),
  };
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--fix keeps every project working', () => {
  it('TypeScript: tsc --noEmit finds no error before the fix and none after', () => {
    expect(typeErrors.before).toEqual([]);
    expect(typeErrors.after).toEqual([]);
  });

  for (const [name, project] of Object.entries(projects)) {
    it(`${name}: the fixes happened${project.kept ? ', and the numbers whose type matters stayed' : ''}`, () => {
      const text = fixedText(name);
      for (const expected of project.fixed) expect(text).toContain(expected);
      for (const expected of project.kept ?? []) expect(text).toContain(expected);
    });

    it(`${name}: Prettier --check and import-x/order find no file less clean than before`, () => {
      const {
        unformatted: [before, after],
        importOrder: [orderBefore, orderAfter],
      } = style[name]!;
      if (project.clean) {
        expect(before).toEqual([]);
        expect(Object.values(orderBefore!).every((count) => count === 0)).toBe(true);
      }
      expect(after!.filter((file) => !before!.includes(file))).toEqual([]);
      for (const [file, count] of Object.entries(orderAfter!)) expect(count, file).toBeLessThanOrEqual(orderBefore![file] ?? 0);
    });

    if (project.main) {
      const main = project.main;
      it(`${name}: node prints the same statuses before and after, without an error`, () => {
        const before = run(path.join(work, 'before', name), main);
        const after = run(path.join(work, 'after', name), main);
        expect(before).toMatchObject({ status: 0, stderr: '' });
        expect(after).toEqual(before);
        expect(after.stdout.trim().split('\n').length).toBeGreaterThan(0);
      });
    }
  }
});
