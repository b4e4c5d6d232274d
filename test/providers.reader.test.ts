// The reader of constants modules: what it reads from each way of declaring constants, and what it
// leaves unread rather than guess.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { customProvider } from '../src/providers/custom.js';
import { readDeclaredExports } from '../src/providers/read-constants.js';
import type { DeclaredValue } from '../src/providers/read-constants.js';
import { tokenize } from '../src/providers/tokenize.js';

/** Plain data for comparing: tables as [name, value] lists. */
function plain(value: DeclaredValue | undefined): unknown {
  if (!value) return undefined;
  if (value.kind === 'other') return 'other';
  return value.kind === 'table' ? { members: [...value.members], literal: value.literal } : { value: value.value, literal: value.literal };
}

function named(text: string): Record<string, unknown> {
  return Object.fromEntries([...readDeclaredExports(text).named].map(([name, value]) => [name, plain(value)]));
}

describe('readDeclaredExports', () => {
  it.each([
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
    ],
    [
      'an object literal without as const',
      'export const Status = { OK: 200 }\nexport const x = 1',
      { Status: { members: [['OK', 200]], literal: false }, x: { value: 1, literal: true } },
    ],
    [
      'as const satisfies a record',
      'export const S = { OK: 200 } as const satisfies Record<string, number>;',
      { S: { members: [['OK', 200]], literal: true } },
    ],
    [
      'a type annotation widens the members',
      'export const S: Record<string, number> = { OK: 200 };',
      { S: { members: [['OK', 200]], literal: false } },
    ],
    ['Object.freeze keeps literal types', 'export const S = Object.freeze({ OK: 200 });', { S: { members: [['OK', 200]], literal: true } }],
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
    ],
    ['a const enum', 'export const enum S { OK = 200 }', { S: { members: [['OK', 200]], literal: true } }],
    [
      'named constants, let and an export list',
      'export const OK = 200;\nexport let LIMIT = 5\nconst y = 3; export { y as Y }',
      { OK: { value: 200, literal: true }, LIMIT: { value: 5, literal: false }, Y: { value: 3, literal: true } },
    ],
    [
      'a value the reader cannot compute is not guessed',
      'export const Z = 3 + 4;\nexport const W = compute();\nexport const OK = 200;',
      { Z: 'other', W: 'other', OK: { value: 200, literal: true } },
    ],
    [
      "tsc's CommonJS output of an enum",
      '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.HttpStatus = void 0;\nvar HttpStatus;\n(function (HttpStatus) {\n    HttpStatus[HttpStatus["OK"] = 200] = "OK";\n})(HttpStatus || (exports.HttpStatus = HttpStatus = {}));',
      { HttpStatus: { members: [['OK', 200]], literal: true } },
    ],
    [
      'CommonJS exports',
      'exports.OK = exports.NOT_FOUND = void 0;\nexports.OK = 200;\nmodule.exports.NOT_FOUND = 404;',
      { OK: { value: 200, literal: false }, NOT_FOUND: { value: 404, literal: false } },
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
    ],
    [
      'code inside functions, regular expressions and templates is not read as exports',
      'function f() { exports.X = 1; }\nexport const r = /a\\/{/g;\nexport const t = `${"}"}`;\nexport const OK = 200;',
      { r: 'other', t: 'other', OK: { value: 200, literal: true } },
    ],
    ['a re-export from another module is not followed', "export { OK } from './codes';", {}],
    [
      'a name inside a larger expression is not taken for its value',
      'const a = 200;\nexport const X = a === 200 ? 1 : 2;\nexport const Y = a;',
      { X: 'other', Y: { value: 200, literal: true } },
    ],
  ])('%s', (_name, text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it('reads default exports: an object, a name, module.exports', () => {
    expect(plain(readDeclaredExports('export default { OK: 200 } as const;').defaultExport)).toEqual({
      members: [['OK', 200]],
      literal: true,
    });
    expect(plain(readDeclaredExports('const codes = { OK: 200 };\nexport default codes;').defaultExport)).toEqual({
      members: [['OK', 200]],
      literal: false,
    });
    expect(plain(readDeclaredExports('module.exports = { NOT_FOUND: 404 };').defaultExport)).toEqual({
      members: [['NOT_FOUND', 404]],
      literal: false,
    });
  });
});

describe('tokenize', () => {
  it('drops comments, keeps strings whole, and marks line breaks', () => {
    expect(tokenize('a /* x\n */ "b // c" // d\n.e')).toEqual([
      { type: 'name', value: 'a', lineBreak: false },
      { type: 'string', value: 'b // c', lineBreak: true },
      { type: 'punctuator', value: '.', lineBreak: true },
      { type: 'name', value: 'e', lineBreak: false },
    ]);
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
    const provider = customProvider(options, file, root);
    expect(provider.modules).toEqual(['../lib/status']);
    expect([...provider.memberOf]).toEqual([
      [200, 'OK'],
      [404, 'NOT_FOUND'],
    ]);
    expect(provider.literalTypes).toBe(true);
    expect(customProvider(options, path.join(root, 'index.ts'), root).modules).toEqual(['./src/lib/status']);
    // The same options and folder within a second: the same provider, without touching the disk.
    expect(customProvider(options, file, root)).toBe(provider);

    writeFileSync(constants, 'export const Status = { GONE: 410 };');
    const later = new Date(Date.now() + 5000);
    utimesSync(constants, later, later);
    // Reads are trusted for a second; past it, a changed modification time means a new read.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(later);
    const changed = customProvider({ ...options }, file, root);
    expect([...changed.memberOf]).toEqual([[410, 'GONE']]);
    expect(changed.literalTypes).toBe(false);
  });

  it('says why a module gives no constants', () => {
    writeFileSync(path.join(root, 'src', 'lib', 'words.ts'), "export const Status = 'ok';\nexport const Names = { a: 'b' };");
    const problem = (options: { module: string; export?: string; namespace?: string }) => customProvider(options, file, root).problem;
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
    const provider = customProvider({ module: 'esm-only', export: 'Codes' }, file, root);
    expect([...provider.memberOf]).toEqual([[200, 'OK']]);
    expect(provider.literalTypes).toBe(true);
  });

  it('reads a subpath export, and the JavaScript alone when there are no declarations', () => {
    writePackage('stoker', {
      'package.json': JSON.stringify({ name: 'stoker', exports: { './http-status-codes': './dist/http-status-codes.js' } }),
      'dist/http-status-codes.js': 'exports.OK = 200;\nexports.NOT_FOUND = 404;',
    });
    const provider = customProvider({ module: 'stoker/http-status-codes', namespace: 'HttpStatusCodes' }, file, root);
    expect(provider.modules).toEqual(['stoker/http-status-codes']);
    expect([...provider.memberOf]).toEqual([
      [200, 'OK'],
      [404, 'NOT_FOUND'],
    ]);
    // CommonJS exports carry no literal types.
    expect(provider.literalTypes).toBe(false);
  });
});
