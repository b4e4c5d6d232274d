import path from 'node:path';

import type { FileFacts } from '../analysis/file-facts.js';
import { allBuiltinProviders, makeProvider } from '../providers/index.js';
import type { Provider } from '../providers/index.js';
import { providerMembers } from '../providers/members.data.js';
import { ianaStatus, unofficialUses } from '../registry/index.js';
import { fileText } from './files.js';
import { resolveProjectModule } from './locate-module.js';
import { readModuleExports } from './module-exports.js';
import type { DeclaredExports } from './module-exports.js';
import type { ModuleReader } from './parse.js';

/** `Not Found`, `NOT_FOUND`, `NotFound`, `HTTP_STATUS_NOT_FOUND`, `STATUS_404_NOT_FOUND` -> `NOTFOUND`. */
function normalised(name: string): string {
  return name
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^(?:HTTP)?(?:STATUS)?(?:CODE)?\d*/, '')
    .replace(/\d+$/, '');
}

let namesByCode: Map<number, Set<string>> | undefined;

/**
 * The names a code goes by: its IANA reason phrase, the member names of the constants packages the
 * plugin knows (older phrases such as `MOVED_TEMPORARILY`, `REQUEST_TOO_LONG`), vendors' names.
 */
function statusNames(code: number): ReadonlySet<string> | undefined {
  if (!namesByCode) {
    namesByCode = new Map();
    const add = (at: number, name: string) => {
      let names = namesByCode!.get(at);
      if (!names) namesByCode!.set(at, (names = new Set()));
      names.add(normalised(name));
    };
    for (const members of Object.values(providerMembers)) for (const [at, name] of Object.entries(members)) add(Number(at), name);
    for (let at = 100; at <= 599; at++) {
      const phrase = ianaStatus(at)?.phrase;
      if (phrase) add(at, phrase);
      for (const use of unofficialUses(at)) add(at, use.name);
    }
  }
  return namesByCode.get(code);
}

function isStatusCode(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 100 && value <= 999;
}

/** A member named as its value's status: `NOT_FOUND: 404`, `NotFound = 404`, `HTTP_STATUS_NOT_FOUND = 404`. */
function isStatusNamed(name: string, value: number | undefined): boolean {
  return isStatusCode(value) && statusNames(value)?.has(normalised(name)) === true;
}

/**
 * Whether a table of numbers is a table of statuses: at least two members are named as the status
 * their value is, and they are most of its number members. `{ PORT: 3000, TIMEOUT: 500 }` is not.
 */
export function isStatusTable(members: Iterable<[string, number | undefined]>): boolean {
  let numbers = 0;
  let named = 0;
  for (const [name, value] of members) {
    if (value === undefined) continue;
    numbers++;
    if (isStatusNamed(name, value)) named++;
  }
  return named >= 2 && named * 2 > numbers;
}

/** An export of a module that holds status constants, as a provider describes it. */
interface StatusExport {
  readonly exportName: string;
  readonly members: readonly [number, string][];
  readonly literalTypes: boolean;
  readonly defaultIsModule: boolean;
}

function statusMembers(members: ReadonlyMap<string, number | undefined>): [number, string][] {
  return [...members].filter((entry): entry is [string, number] => isStatusCode(entry[1])).map(([name, code]) => [code, name]);
}

/** The exports of a module that are objects or enums of statuses, or its named constants when they are statuses. */
function statusExports(exports: DeclaredExports): StatusExport[] {
  const found: StatusExport[] = [];
  const numbers = new Map<string, number | undefined>();
  let literalNumbers = true;
  for (const [name, value] of exports.named) {
    if (value.kind === 'table' && isStatusTable(value.members)) {
      found.push({ exportName: name, members: statusMembers(value.members), literalTypes: value.literal, defaultIsModule: false });
    } else if (value.kind === 'number') {
      numbers.set(name, value.value);
      literalNumbers &&= value.literal;
    }
  }
  // `export const OK = 200; export const NOT_FOUND = 404`, read as `import * as HttpStatus`.
  if (isStatusTable(numbers))
    found.push({ exportName: '*', members: statusMembers(numbers), literalTypes: literalNumbers, defaultIsModule: false });
  const byDefault = exports.defaultExport;
  if (byDefault?.kind === 'table' && isStatusTable(byDefault.members)) {
    const defaultIsModule = exports.moduleExports;
    found.push({ exportName: 'default', members: statusMembers(byDefault.members), literalTypes: byDefault.literal, defaultIsModule });
  }
  return found;
}

/**
 * Two entries such as `NOT_FOUND: 404` or `Ok = 200`: a module without them holds no status
 * table, and is not parsed.
 */
const statusEntry = /[\w$]['"\]]?\s*[:=]\s*[1-5]\d\d\b/g;

function mayHoldStatuses(text: string): boolean {
  statusEntry.lastIndex = 0;
  return statusEntry.test(text) && statusEntry.test(text);
}

interface ReadModule {
  readonly text: string;
  readonly exports: readonly StatusExport[];
}

/** Per reader (a parser and its options), per file: a module is read again only when its text changes. */
const readModules = new WeakMap<ModuleReader, Map<string, ReadModule>>();

function statusExportsOf(file: string, reader: ModuleReader): readonly StatusExport[] {
  const text = fileText.get(file);
  if (text === undefined) return [];
  let byFile = readModules.get(reader);
  if (!byFile) readModules.set(reader, (byFile = new Map()));
  const cached = byFile.get(file);
  if (cached?.text === text) return cached.exports;
  const program = mayHoldStatuses(text) ? reader.read(file) : undefined;
  const exports = program ? statusExports(readModuleExports(program)) : [];
  byFile.set(file, { text, exports });
  return exports;
}

const builtinModules: ReadonlySet<string> = new Set([...allBuiltinProviders()].flatMap((provider) => provider.modules));

/** Providers per export and per specifier that imports it: the fix and the value model match bindings by specifier. */
const providersByExport = new WeakMap<StatusExport, Map<string, Provider>>();

function providerOf(statusExport: StatusExport, specifier: string): Provider {
  let bySpecifier = providersByExport.get(statusExport);
  if (!bySpecifier) providersByExport.set(statusExport, (bySpecifier = new Map()));
  let provider = bySpecifier.get(specifier);
  if (!provider) {
    const { exportName, members, literalTypes, defaultIsModule } = statusExport;
    const shape = { modules: [specifier], exportName, localName: exportName, literalTypes, defaultIsModule };
    provider = makeProvider(`project module ${specifier}`, shape, members);
    bySpecifier.set(specifier, provider);
  }
  return provider;
}

/** `Local.NOT_FOUND`, `Local.Ok`: the file reads a constant-like member of the binding (a capital first). */
function readsConstantOf(text: string, local: string): boolean {
  const written = `${local}.`;
  for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + 1)) {
    const next = text.charCodeAt(at + written.length);
    const before = at === 0 ? ' ' : text[at - 1]!;
    if (next >= 65 && next <= 90 && !/[\w$.]/.test(before)) return true;
  }
  return false;
}

/**
 * The status-constant modules of the project that a file imports, as providers: a module reached
 * by a relative path, a tsconfig `paths` alias or a package.json `imports` entry that exports an
 * object or enum of status-named numbers. Packages from node_modules are never read here.
 */
export function projectStatusProviders(
  facts: FileFacts,
  text: string,
  filename: string,
  cwd: string,
  readerOf: () => ModuleReader | undefined,
): Provider[] {
  if (!filename || filename.startsWith('<')) return [];
  const file = path.resolve(cwd, filename);
  const providers: Provider[] = [];
  const seen = new Set<string>();
  for (const binding of facts.bindings.values()) {
    const specifier = binding.module;
    if (binding.typeOnly || seen.has(specifier) || builtinModules.has(specifier) || specifier.startsWith('node:')) continue;
    // Only a binding the file reads constants of can be one: `service.list()` and `<Button>` are not.
    if (!readsConstantOf(text, binding.local)) continue;
    seen.add(specifier);
    const module = resolveProjectModule(specifier, file);
    if (module === undefined) continue;
    const reader = readerOf();
    if (!reader) return providers;
    for (const statusExport of statusExportsOf(module, reader)) providers.push(providerOf(statusExport, specifier));
  }
  return providers;
}
