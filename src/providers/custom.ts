import path from 'node:path';

import { makeProvider } from './index.js';
import { recheckAfterMs } from '../project/files.js';
import { locateModule } from '../project/locate-module.js';
import type { ModuleFiles } from '../project/locate-module.js';
import { readModuleExports } from '../project/module-exports.js';
import type { DeclaredExports, DeclaredValue } from '../project/module-exports.js';
import type { ModuleReader } from '../project/parse.js';
import type { CustomProviderOptions, Provider } from './types.js';

/** A file's declared exports, through the configured parser; none where it cannot read the file. */
function readExports(reader: ModuleReader | undefined, file: string): DeclaredExports | undefined {
  const program = reader?.read(file);
  return program && readModuleExports(program);
}

/** Values from whichever file states them; literal types from the declarations, which TypeScript reads. */
function merge(source: DeclaredValue | undefined, declared: DeclaredValue | undefined): DeclaredValue | undefined {
  if (!source || !declared || declared.kind === 'other') return source ?? declared;
  if (source.kind !== declared.kind) return declared;
  if (source.kind === 'number' && declared.kind === 'number') return { ...declared, value: declared.value ?? source.value };
  if (source.kind === 'table' && declared.kind === 'table') {
    const members = new Map(declared.members);
    for (const [name, value] of source.members) if (members.get(name) === undefined) members.set(name, value);
    return { kind: 'table', members, literal: declared.literal };
  }
  return declared;
}

function isStatusCode(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 100 && value <= 999;
}

interface Members {
  readonly members: [number, string][];
  readonly literalTypes: boolean;
  readonly defaultIsModule: boolean;
}

/** The members the options point at, or why there are none. */
function membersOf(options: CustomProviderOptions, files: ModuleFiles, reader: ModuleReader | undefined): Members | string {
  // A declarations file the configured parser cannot read (espree and a .d.ts) leaves the source.
  const source = files.source ? readExports(reader, files.source) : undefined;
  const declared = files.declarations ? readExports(reader, files.declarations) : undefined;
  if (!source && !declared) return 'it could not be read';
  const named = (name: string) => merge(source?.named.get(name), declared?.named.get(name));

  if (options.namespace !== undefined) {
    const members: [number, string][] = [];
    let literalTypes = true;
    for (const name of new Set([...(source?.named.keys() ?? []), ...(declared?.named.keys() ?? [])])) {
      const value = named(name);
      if (value?.kind === 'number' && isStatusCode(value.value)) {
        members.push([value.value, name]);
        literalTypes &&= value.literal;
      }
    }
    return members.length > 0 ? { members, literalTypes, defaultIsModule: false } : 'it exports no status code constants';
  }

  const exportName = options.export ?? 'default';
  const value = exportName === 'default' ? merge(source?.defaultExport, declared?.defaultExport) : named(exportName);
  const described = exportName === 'default' ? 'its default export' : `its export "${exportName}"`;
  if (!value) return `${described} was not found`;
  if (value.kind !== 'table') return `${described} is not an object or enum`;
  const members = [...value.members].filter((entry): entry is [string, number] => isStatusCode(entry[1]));
  if (members.length === 0) return `${described} holds no status codes`;
  const defaultIsModule = exportName === 'default' && source?.moduleExports === true;
  return { members: members.map(([name, code]) => [code, name]), literalTypes: value.literal, defaultIsModule };
}

/** `./src/lib/status` from the project root, as seen from `directory`: `../lib/status`. */
function specifierFrom(directory: string, options: CustomProviderOptions, cwd: string): string {
  if (!options.module.startsWith('.')) return options.module;
  const relative = path.relative(directory, path.resolve(cwd, options.module)).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

interface Built {
  readonly provider: Provider;
  /** The modules' ASTs it was built from: the reader gives the same object until a file's text changes. */
  readonly reads: unknown[];
  checkedAt: number;
}

/** Per reader (a parser and its options read a module their own way), per options object, per folder of the linted file. */
const providers = new WeakMap<object, WeakMap<CustomProviderOptions, Map<string, Built>>>();
const noReader = {};

/**
 * The provider that a custom module gives a file in `directory`. Its members and values are read
 * from the module, never guessed; a module that cannot be read gives a provider with a `problem`.
 */
export function customProvider(options: CustomProviderOptions, filename: string, cwd: string, reader: ModuleReader | undefined): Provider {
  const file = filename && !filename.startsWith('<') ? path.resolve(cwd, filename) : path.join(cwd, '__placeholder__.js');
  const directory = path.dirname(file);
  let byOptions = providers.get(reader ?? noReader);
  if (!byOptions) providers.set(reader ?? noReader, (byOptions = new WeakMap()));
  let byDirectory = byOptions.get(options);
  if (!byDirectory) byOptions.set(options, (byDirectory = new Map()));

  const now = Date.now();
  const cached = byDirectory.get(directory);
  if (cached && now - cached.checkedAt < recheckAfterMs) return cached.provider;
  const files = locateModule(options.module, file, cwd);
  const reads = [files?.source, files?.declarations].map((found) => (found ? reader?.read(found) : undefined));
  if (cached && cached.reads.every((read, index) => read === reads[index])) {
    cached.checkedAt = now;
    return cached.provider;
  }

  const specifier = specifierFrom(directory, options, cwd);
  const found = files ? membersOf(options, files, reader) : 'it was not found';
  const isNamespace = options.namespace !== undefined;
  const exportName = isNamespace ? '*' : (options.export ?? 'default');
  const localName = options.namespace ?? options.localName ?? (exportName === 'default' ? 'HttpStatus' : exportName);
  const provider = makeProvider(
    `custom module ${options.module}`,
    {
      modules: [specifier],
      exportName,
      localName,
      literalTypes: typeof found === 'string' ? false : found.literalTypes,
      defaultIsModule: typeof found === 'string' ? false : found.defaultIsModule,
    },
    typeof found === 'string' ? [] : found.members,
    typeof found === 'string' ? found : undefined,
  );
  byDirectory.set(directory, { provider, reads, checkedAt: now });
  return provider;
}
