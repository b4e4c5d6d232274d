// The reader of constants modules: what it reads from each way of declaring constants, and what it
// leaves unread rather than guess. Modules are read as the plugin reads them: with the parser the
// linted file is configured with, espree and @typescript-eslint/parser.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import espree from 'espree';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { readModuleExports } from '../src/project/module-exports.js';
import type { DeclaredValue } from '../src/project/module-exports.js';
import { moduleReaderOf } from '../src/project/parse.js';
import type { ModuleReader } from '../src/project/parse.js';
import { customProvider } from '../src/providers/custom.js';

type ParserName = 'espree' | 'typescript';

/** The reader a rule gets when the linted file is configured with this parser: ESLint's own Linter hands a real context. */
function readerFor(parser: ParserName): ModuleReader {
  let reader: ModuleReader | undefined;
  const rule = {
    create(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>) {
      reader = moduleReaderOf(context);
      return {};
    },
  };
  new Linter({ configType: 'flat' }).verify(
    '',
    {
      files: ['**/*.js', '**/*.ts'],
      plugins: { probe: { rules: { reader: rule as never } } },
      languageOptions: parser === 'typescript' ? { parser: tsParser as never } : { parser: espree },
      rules: { 'probe/reader': 'error' },
    },
    { filename: parser === 'typescript' ? 'probe.ts' : 'probe.js' },
  );
  if (!reader) throw new Error(`no module reader for ${parser}`);
  return reader;
}

const readers: Record<ParserName, ModuleReader> = { espree: readerFor('espree'), typescript: readerFor('typescript') };

const scratch = mkdtempSync(path.join(os.tmpdir(), 'http-status-exports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let written = 0;

/** Writes the text as a module and reads its exports with the parser. */
function readText(text: string, parser: ParserName, extension = parser === 'typescript' ? '.ts' : '.js') {
  const file = path.join(scratch, `module-${written++}${extension}`);
  writeFileSync(file, text);
  const program = readers[parser].read(file);
  if (!program) throw new Error(`${parser} could not read:\n${text}`);
  return readModuleExports(program);
}

/** Plain data for comparing: tables as [name, value] lists. */
function plain(value: DeclaredValue | undefined): unknown {
  if (!value) return undefined;
  if (value.kind === 'other') return 'other';
  return value.kind === 'table' ? { members: [...value.members], literal: value.literal } : { value: value.value, literal: value.literal };
}

function named(text: string, parser: ParserName): Record<string, unknown> {
  return Object.fromEntries([...readText(text, parser).named].map(([name, value]) => [name, plain(value)]));
}

const both: ParserName[] = ['espree', 'typescript'];
const typeScript: ParserName[] = ['typescript'];

describe('readModuleExports', () => {
  const cases: [string, string, Record<string, unknown>, ParserName[]][] = [
    [
      'an object literal with as const',
      "export const HttpStatus = { OK: 200, 'NOT_FOUND': 404, // note\n  CREATED: 201 } as const;",
      {
        HttpStatus: {
          members: [
            ['OK', 200],
            ['NOT_FOUND', 404],
            ['CREATED', 201],
          ],
          literal: true,
        },
      },
      typeScript,
    ],
    [
      'an object literal without as const',
      'export const Status = { OK: 200 }\nexport const x = 1',
      { Status: { members: [['OK', 200]], literal: false }, x: { value: 1, literal: true } },
      both,
    ],
    [
      'as const satisfies a record',
      'export const S = { OK: 200 } as const satisfies Record<string, number>;',
      { S: { members: [['OK', 200]], literal: true } },
      typeScript,
    ],
    [
      'a type annotation widens the members',
      'export const S: Record<string, number> = { OK: 200 };',
      { S: { members: [['OK', 200]], literal: false } },
      typeScript,
    ],
    [
      'Object.freeze keeps literal types',
      'export const S = Object.freeze({ OK: 200 });',
      { S: { members: [['OK', 200]], literal: true } },
      both,
    ],
    [
      'an enum with implicit and string members',
      "export enum S { A = 200, B, C = 'x', D }",
      {
        S: {
          members: [
            ['A', 200],
            ['B', 201],
            ['C', undefined],
            ['D', undefined],
          ],
          literal: true,
        },
      },
      typeScript,
    ],
    ['a const enum', 'export const enum S { OK = 200 }', { S: { members: [['OK', 200]], literal: true } }, typeScript],
    [
      'named constants, let and an export list',
      'export const OK = 200;\nexport let LIMIT = 5\nconst y = 3; export { y as Y }',
      { OK: { value: 200, literal: true }, LIMIT: { value: 5, literal: false }, Y: { value: 3, literal: true } },
      both,
    ],
    [
      'a value the reader cannot compute is not guessed',
      'export const Z = 3 + 4;\nexport const W = compute();\nexport const OK = 200;',
      { Z: 'other', W: 'other', OK: { value: 200, literal: true } },
      both,
    ],
    [
      "tsc's CommonJS output of an enum",
      '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.HttpStatus = void 0;\nvar HttpStatus;\n(function (HttpStatus) {\n    HttpStatus[HttpStatus["OK"] = 200] = "OK";\n})(HttpStatus || (exports.HttpStatus = HttpStatus = {}));',
      { HttpStatus: { members: [['OK', 200]], literal: true } },
      both,
    ],
    [
      'CommonJS exports',
      'exports.OK = exports.NOT_FOUND = void 0;\nexports.OK = 200;\nmodule.exports.NOT_FOUND = 404;',
      { OK: { value: 200, literal: false }, NOT_FOUND: { value: 404, literal: false } },
      both,
    ],
    [
      'declarations: literal types, number types and declared enums',
      'export declare const HttpStatus: {\n    readonly OK: 200;\n};\nexport declare const Loose: {\n  OK: number;\n};\nexport declare const A = 200;\nexport declare enum E {\n    OK = 200\n}',
      {
        HttpStatus: { members: [['OK', 200]], literal: true },
        Loose: { members: [['OK', undefined]], literal: false },
        A: { value: 200, literal: true },
        E: { members: [['OK', 200]], literal: true },
      },
      typeScript,
    ],
    [
      'code inside functions, regular expressions and templates is not read as exports',
      'function f() { exports.X = 1; }\nexport const r = /a\\/{/g;\nexport const t = `${"}"}`;\nexport const OK = 200;',
      { r: 'other', t: 'other', OK: { value: 200, literal: true } },
      both,
    ],
    ['a re-export from another module is not followed', "export { OK } from './codes';", {}, both],
    [
      'a name inside a larger expression is not taken for its value',
      'const a = 200;\nexport const X = a === 200 ? 1 : 2;\nexport const Y = a;',
      { X: 'other', Y: { value: 200, literal: true } },
      both,
    ],
  ];
  for (const [name, text, expected, parsers] of cases) {
    it.each(parsers)(`${name} (%s)`, (parser) => {
      expect(named(text, parser)).toEqual(expected);
    });
  }

  it.each(both)('reads default exports: an object, a name, module.exports (%s)', (parser) => {
    const defaultOf = (text: string) => plain(readText(text, parser).defaultExport);
    expect(defaultOf('export default Object.freeze({ OK: 200 });')).toEqual({ members: [['OK', 200]], literal: true });
    expect(defaultOf('const codes = { OK: 200 };\nexport default codes;')).toEqual({ members: [['OK', 200]], literal: false });
    expect(readText('module.exports = { NOT_FOUND: 404 };', parser)).toEqual({
      named: new Map(),
      defaultExport: { kind: 'table', members: new Map([['NOT_FOUND', 404]]), literal: false },
      moduleExports: true,
    });
  });

  it('reads a default export with as const, and export =', () => {
    expect(plain(readText('export default { OK: 200 } as const;', 'typescript').defaultExport)).toEqual({
      members: [['OK', 200]],
      literal: true,
    });
    const assigned = readText('export = { GONE: 410 };', 'typescript');
    expect([plain(assigned.defaultExport), assigned.moduleExports]).toEqual([{ members: [['GONE', 410]], literal: false }, true]);
  });

  it('a module the parser cannot read gives nothing: espree and a declarations file', () => {
    const file = path.join(scratch, 'types.d.ts');
    writeFileSync(file, 'export declare const Codes: { readonly OK: 200 };');
    expect(readers.espree.read(file)).toBeUndefined();
    expect(readModuleExports(readers.typescript.read(file)!).named.get('Codes')).toEqual({
      kind: 'table',
      members: new Map([['OK', 200]]),
      literal: true,
    });
  });
});

describe('customProvider', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'http-status-reader-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'src', 'lib'), { recursive: true });
  mkdirSync(path.join(root, 'src', 'routes'), { recursive: true });
  const constants = path.join(root, 'src', 'lib', 'status.ts');
  const file = path.join(root, 'src', 'routes', 'users.ts');
  afterEach(() => vi.useRealTimers());

  it('reads members from the module, imports it relative to each file, and reads it again once changed', () => {
    writeFileSync(constants, 'export const Status = { OK: 200, NOT_FOUND: 404 } as const;');
    const options = { module: './src/lib/status', export: 'Status' };
    const provider = customProvider(options, file, root, readers.typescript);
    expect(provider.modules).toEqual(['../lib/status']);
    expect([...provider.memberOf]).toEqual([
      [200, 'OK'],
      [404, 'NOT_FOUND'],
    ]);
    expect(provider.literalTypes).toBe(true);
    expect(customProvider(options, path.join(root, 'index.ts'), root, readers.typescript).modules).toEqual(['./src/lib/status']);
    // The same options and folder within a second: the same provider, without touching the disk.
    expect(customProvider(options, file, root, readers.typescript)).toBe(provider);

    writeFileSync(constants, 'export const Status = { GONE: 410 };');
    const later = new Date(Date.now() + 5000);
    utimesSync(constants, later, later);
    // Reads are trusted for a second; past it, a changed modification time means a new read.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(later);
    const changed = customProvider({ ...options }, file, root, readers.typescript);
    expect([...changed.memberOf]).toEqual([[410, 'GONE']]);
    expect(changed.literalTypes).toBe(false);
  });

  it('says why a module gives no constants', () => {
    writeFileSync(path.join(root, 'src', 'lib', 'words.ts'), "export const Status = 'ok';\nexport const Names = { a: 'b' };");
    const problem = (options: { module: string; export?: string; namespace?: string }) =>
      customProvider(options, file, root, readers.typescript).problem;
    expect(problem({ module: './src/lib/nowhere', export: 'Status' })).toBe('it was not found');
    expect(problem({ module: './src/lib/words', export: 'Missing' })).toBe('its export "Missing" was not found');
    expect(problem({ module: './src/lib/words', export: 'Status' })).toBe('its export "Status" is not an object or enum');
    expect(problem({ module: './src/lib/words', export: 'Names' })).toBe('its export "Names" holds no status codes');
    expect(problem({ module: './src/lib/words', export: 'default' })).toBe('its default export was not found');
    expect(problem({ module: './src/lib/words', namespace: 'Codes' })).toBe('it exports no status code constants');
  });
});

describe('locating a package', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'http-status-locate-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = path.join(root, 'src', 'app.ts');
  mkdirSync(path.join(root, 'src'), { recursive: true });

  /** Writes a package under node_modules from a list of files. */
  function writePackage(name: string, files: Record<string, string>): void {
    for (const [relative, text] of Object.entries(files)) {
      const target = path.join(root, 'node_modules', name, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }

  it('reads an ES-only package through its exports map, types first', () => {
    writePackage('esm-only', {
      'package.json': JSON.stringify({
        name: 'esm-only',
        type: 'module',
        exports: { '.': { types: './types.d.ts', import: './index.js' } },
      }),
      'index.js': 'export const Codes = { OK: 200 };',
      'types.d.ts': 'export declare const Codes: { readonly OK: 200 };',
    });
    const provider = customProvider({ module: 'esm-only', export: 'Codes' }, file, root, readers.typescript);
    expect([...provider.memberOf]).toEqual([[200, 'OK']]);
    expect(provider.literalTypes).toBe(true);
    // espree cannot read the declarations: the values come from the JavaScript, which states no literal types.
    const fromSource = customProvider({ module: 'esm-only', export: 'Codes' }, file, root, readers.espree);
    expect([[...fromSource.memberOf], fromSource.literalTypes, fromSource.problem]).toEqual([[[200, 'OK']], false, undefined]);
  });

  it('says a module could not be read when there is no parser to read it with', () => {
    expect(customProvider({ module: 'esm-only', export: 'Codes' }, file, root, undefined).problem).toBe('it could not be read');
  });

  it('reads a subpath export, and the JavaScript alone when there are no declarations', () => {
    writePackage('stoker', {
      'package.json': JSON.stringify({ name: 'stoker', exports: { './http-status-codes': './dist/http-status-codes.js' } }),
      'dist/http-status-codes.js': 'exports.OK = 200;\nexports.NOT_FOUND = 404;',
    });
    const provider = customProvider({ module: 'stoker/http-status-codes', namespace: 'HttpStatusCodes' }, file, root, readers.espree);
    expect(provider.modules).toEqual(['stoker/http-status-codes']);
    expect([...provider.memberOf]).toEqual([
      [200, 'OK'],
      [404, 'NOT_FOUND'],
    ]);
    // CommonJS exports carry no literal types.
    expect(provider.literalTypes).toBe(false);
  });
});
