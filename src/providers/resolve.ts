import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

import type { FileFacts } from '../analysis/file-facts.js';
import type { ModuleReader } from '../project/parse.js';
import { customProvider } from './custom.js';
import { allBuiltinProviders, autoDetectOrder, builtinProvider } from './index.js';
import type { Provider, ProviderOption } from './types.js';

/** How the file already reaches a provider's constants object. */
export interface ProviderBinding {
  /** The local binding the reference starts with. */
  readonly local: string;
  /** Source text of the constants object: "StatusCodes", "S", "hsc.StatusCodes". */
  readonly objectText: string;
}

/**
 * Finds the binding through which the file reaches the provider's constants, if one can be
 * used safely. A plain `require('http-status')` is not: its shape changed between major versions.
 */
export function findProviderBinding(provider: Provider, facts: FileFacts): ProviderBinding | undefined {
  for (const binding of facts.bindings.values()) {
    if (binding.typeOnly || !provider.modules.includes(binding.module)) continue;
    if (provider.exportName === '*') {
      if (binding.imported === '*') return { local: binding.local, objectText: binding.local };
      continue;
    }
    // `const HttpStatus = require('./status')` where the module sets `module.exports = { ... }`.
    if (provider.defaultIsModule && binding.imported === '*' && isWholeRequire(facts, binding.local)) {
      return { local: binding.local, objectText: binding.local };
    }
    if (binding.imported === provider.exportName || provider.exportAliases.includes(binding.imported)) {
      return { local: binding.local, objectText: binding.local };
    }
    const isNamespace = binding.imported === '*' || (binding.imported === 'default' && provider.modules.some((m) => m.startsWith('node:')));
    if (isNamespace) {
      const member = provider.exportName === 'default' ? provider.exportAliases[0] : provider.exportName;
      if (member) return { local: binding.local, objectText: `${binding.local}.${member}` };
    }
  }
  return undefined;
}

/** `const local = require('m')`, not a namespace import. */
function isWholeRequire(facts: FileFacts, local: string): boolean {
  return facts.requireDeclarations.some(
    (declaration) =>
      declaration.pattern === undefined &&
      declaration.statement.declarations.some((declarator) => declarator.id.type === 'Identifier' && declarator.id.name === local),
  );
}

interface PackageJsonEntry {
  readonly path: string | undefined;
  readonly mtimeMs: number;
  readonly dependencies: ReadonlySet<string>;
  /** The `"type"` field: how Node loads the package's `.js` files. */
  readonly type: 'module' | 'commonjs' | undefined;
  /** When the entry was last checked against the file system. */
  checkedAt: number;
}

/** How long a package.json read stays trusted: a CLI run takes it once, an editor notices edits within a second. */
const recheckAfterMs = 1000;

const packageJsonByDirectory = new Map<string, PackageJsonEntry>();

function readNearestPackageJson(directory: string): PackageJsonEntry {
  const now = Date.now();
  const cached = packageJsonByDirectory.get(directory);
  if (cached && now - cached.checkedAt < recheckAfterMs) return cached;
  if (cached && (cached.path === undefined || safeMtime(cached.path) === cached.mtimeMs)) {
    cached.checkedAt = now;
    return cached;
  }
  let entry: PackageJsonEntry;
  const candidate = join(directory, 'package.json');
  if (existsSync(candidate)) {
    const json = readJson(candidate);
    entry = {
      path: candidate,
      mtimeMs: safeMtime(candidate),
      dependencies: runtimeDependencies(json),
      type: packageType(json),
      checkedAt: now,
    };
  } else {
    const parent = dirname(directory);
    entry =
      parent === directory
        ? { path: undefined, mtimeMs: 0, dependencies: new Set(), type: undefined, checkedAt: now }
        : readNearestPackageJson(parent);
  }
  packageJsonByDirectory.set(directory, entry);
  return entry;
}

function safeMtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Only what the code may import at run time: a constants package listed as a devDependency
 * alone would break production code that the fix made import it.
 */
function runtimeDependencies(json: Record<string, unknown>): ReadonlySet<string> {
  const names = new Set<string>();
  for (const field of ['dependencies', 'peerDependencies']) {
    const value = json[field];
    if (value && typeof value === 'object') for (const name of Object.keys(value)) names.add(name);
  }
  return names;
}

function packageType(json: Record<string, unknown>): 'module' | 'commonjs' | undefined {
  return json.type === 'module' || json.type === 'commonjs' ? json.type : undefined;
}

function readJson(path: string): Record<string, unknown> {
  try {
    const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The nearest package.json's `"type"` for a file, or undefined where it has none. */
export function packageTypeOf(filename: string, cwd: string): 'module' | 'commonjs' | undefined {
  if (!filename || filename.startsWith('<')) return undefined;
  return readNearestPackageJson(dirname(isAbsolute(filename) ? filename : resolve(cwd, filename))).type;
}

/**
 * Picks the provider for a file. "auto": the one the file already imports or requires, else the
 * first listed in the nearest package.json's dependencies, else none. A module of the options is
 * read with `readerOf()`'s parser.
 */
export function chooseProvider(
  option: ProviderOption,
  facts: FileFacts,
  filename: string,
  cwd: string,
  readerOf: () => ModuleReader | undefined = () => undefined,
): Provider | undefined {
  if (option === 'none') return undefined;
  if (typeof option === 'object') return customProvider(option, filename, cwd, readerOf());
  if (option !== 'auto') return builtinProvider(option);

  for (const provider of allBuiltinProviders()) {
    if (provider.modules.some((module) => facts.modules.has(module))) return provider;
  }
  if (!filename || filename.startsWith('<')) return undefined;
  return providerForDirectory(dirname(isAbsolute(filename) ? filename : resolve(cwd, filename)));
}

/** The provider a package.json's dependencies pick, once per package.json read. */
const providerByEntry = new WeakMap<PackageJsonEntry, Provider | null>();

function providerForDirectory(directory: string): Provider | undefined {
  const entry = readNearestPackageJson(directory);
  let chosen = providerByEntry.get(entry);
  if (chosen === undefined) {
    const name = autoDetectOrder.find((candidate) => entry.dependencies.has(builtinProvider(candidate).dependency!));
    chosen = name ? builtinProvider(name) : null;
    providerByEntry.set(entry, chosen);
  }
  return chosen ?? undefined;
}
