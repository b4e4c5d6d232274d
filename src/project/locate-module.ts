import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { recheckAfterMs } from './files.js';

/** The files that describe a module: its source, and the declarations TypeScript reads instead. */
export interface ModuleFiles {
  readonly source: string | undefined;
  readonly declarations: string | undefined;
}

const sourceExtensions = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx'];
const declarationOf: Record<string, string> = { '.js': '.d.ts', '.jsx': '.d.ts', '.mjs': '.d.mts', '.cjs': '.d.cts' };
const typeScriptOf: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'], '.jsx': ['.tsx'] };

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function filesOf(file: string): ModuleFiles {
  if (/\.d\.[mc]?ts$/.test(file)) return { source: undefined, declarations: file };
  const extension = path.extname(file);
  const declarations = declarationOf[extension];
  const sibling = declarations === undefined ? undefined : file.slice(0, -extension.length) + declarations;
  return { source: file, declarations: sibling !== undefined && isFile(sibling) ? sibling : undefined };
}

/**
 * The file a path names the way TypeScript and bundlers find it: as written, with a TypeScript
 * source for a `.js` specifier, with an extension added, or as a folder's index.
 */
function findFile(base: string): ModuleFiles | undefined {
  const extension = path.extname(base);
  for (const typeScript of typeScriptOf[extension] ?? []) {
    const candidate = base.slice(0, -extension.length) + typeScript;
    if (isFile(candidate)) return filesOf(candidate);
  }
  if (isFile(base)) return filesOf(base);
  for (const stem of [base, path.join(base, 'index')]) {
    for (const added of [...sourceExtensions, '.d.ts']) if (isFile(stem + added)) return filesOf(stem + added);
  }
  return undefined;
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    // tsconfig.json allows comments and trailing commas.
    const text = readFileSync(file, 'utf8')
      .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (match, string: string | undefined) => string ?? '')
      .replace(/,(\s*[}\]])/g, '$1');
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const typesFirst = ['types', 'import', 'require', 'node', 'default'];
const codeOnly = typesFirst.slice(1);

/** `"exports"` entry -> a file, preferring types, then import, require, default. */
function exportTarget(entry: unknown, conditions = typesFirst): string | undefined {
  if (typeof entry === 'string') return entry;
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  const byCondition = entry as Record<string, unknown>;
  for (const condition of conditions) {
    const target = exportTarget(byCondition[condition], conditions);
    if (target) return target;
  }
  return undefined;
}

/** The file Node's `require` resolves the specifier to from the linted file, if it can. */
function nodeResolve(specifier: string, fromFile: string): string | undefined {
  try {
    const resolved = createRequire(fromFile).resolve(specifier);
    return path.isAbsolute(resolved) ? resolved : undefined;
  } catch {
    // ES-only and types-only packages: their package.json says where they are.
    return undefined;
  }
}

/** The package's own word on where its types or code are: `exports` (types first), `types`, `module`, `main`. */
function findThroughManifest(specifier: string, fromFile: string, packageRoot?: string): ModuleFiles | undefined {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const subpath = specifier.slice(name.length);
  for (let directory = path.dirname(fromFile); ; directory = path.dirname(directory)) {
    const root = packageRoot ?? path.join(directory, 'node_modules', name);
    const manifest = isFile(path.join(root, 'package.json')) ? readJson(path.join(root, 'package.json')) : undefined;
    if (manifest) {
      const exportsField = manifest.exports;
      const isSubpathMap = typeof exportsField === 'object' && exportsField !== null && Object.keys(exportsField)[0]?.startsWith('.');
      const entry = isSubpathMap ? (exportsField as Record<string, unknown>)[`.${subpath}`] : subpath === '' ? exportsField : undefined;
      const candidates =
        subpath === ''
          ? [
              exportTarget(entry),
              manifest.types,
              manifest.typings,
              exportTarget(entry, codeOnly),
              manifest.module,
              manifest.main,
              'index.js',
            ]
          : [exportTarget(entry), exportTarget(entry, codeOnly), `.${subpath}`];
      // Declarations first; their code too, for a parser that cannot read declarations.
      let declarations: ModuleFiles | undefined;
      for (const candidate of candidates) {
        const found = typeof candidate === 'string' ? findFile(path.join(root, candidate)) : undefined;
        if (found?.source) return { source: found.source, declarations: declarations?.declarations ?? found.declarations };
        declarations ??= found;
      }
      return declarations;
    }
    if (path.dirname(directory) === directory) return undefined;
  }
}

/** A package: the file Node loads, with the declarations TypeScript reads for it. */
function findPackage(specifier: string, fromFile: string): ModuleFiles | undefined {
  const resolved = nodeResolve(specifier, fromFile);
  const loaded = resolved === undefined ? undefined : filesOf(resolved);
  if (loaded?.declarations) return loaded;
  const declared = findThroughManifest(specifier, fromFile);
  if (!declared) return loaded;
  return { source: loaded?.source ?? declared.source, declarations: declared.declarations };
}

interface PathsConfig {
  readonly base: string;
  readonly paths: Record<string, string[]>;
}

/** `compilerOptions.paths` of a tsconfig, following `extends` (relative or a package's config), as TypeScript merges them. */
function pathsOf(config: string, depth = 0): PathsConfig | undefined {
  const json = readJson(config);
  if (!json) return undefined;
  const options = (json.compilerOptions ?? {}) as { baseUrl?: string; paths?: Record<string, string[]> };
  const directory = path.dirname(config);
  let inherited: PathsConfig | undefined;
  const parents = Array.isArray(json.extends) ? json.extends : [json.extends];
  for (const parent of parents) {
    if (typeof parent !== 'string' || depth > 5) continue;
    const file = parent.startsWith('.') ? path.resolve(directory, parent) : nodeResolve(parent, config);
    const found = file && (isFile(file) ? file : isFile(`${file}.json`) ? `${file}.json` : undefined);
    inherited = (found && pathsOf(found, depth + 1)) || inherited;
  }
  // `paths` are relative to `baseUrl`, or else to the config that states them.
  const base = options.baseUrl !== undefined ? path.resolve(directory, options.baseUrl) : options.paths ? directory : inherited?.base;
  if (options.paths) return { base: base!, paths: options.paths };
  return inherited && { base: base ?? inherited.base, paths: inherited.paths };
}

function findInPaths(specifier: string, { base, paths }: PathsConfig): ModuleFiles | undefined {
  for (const [pattern, targets] of Object.entries(paths)) {
    const [prefix, suffix = ''] = pattern.split('*');
    const isWildcard = pattern.includes('*');
    const matches = isWildcard ? specifier.startsWith(prefix!) && specifier.endsWith(suffix) : specifier === pattern;
    if (!matches || !Array.isArray(targets)) continue;
    const captured = isWildcard ? specifier.slice(prefix!.length, specifier.length - suffix.length) : '';
    for (const target of targets) {
      const found = findFile(path.resolve(base, target.replace('*', captured)));
      if (found) return found;
    }
  }
  return undefined;
}

/** A package.json `imports` entry: `#app/*` -> `./app/*`. */
function findInImports(specifier: string, manifest: string): ModuleFiles | undefined {
  const imports = readJson(manifest)?.imports;
  if (!imports || typeof imports !== 'object') return undefined;
  for (const [pattern, entry] of Object.entries(imports as Record<string, unknown>)) {
    const [prefix, suffix = ''] = pattern.split('*');
    const isWildcard = pattern.includes('*');
    const matches = isWildcard ? specifier.startsWith(prefix!) && specifier.endsWith(suffix) : specifier === pattern;
    const target = matches ? exportTarget(entry) : undefined;
    if (!target) continue;
    const captured = isWildcard ? specifier.slice(prefix!.length, specifier.length - suffix.length) : '';
    return findFile(path.resolve(path.dirname(manifest), target.replace('*', captured)));
  }
  return undefined;
}

/** A tsconfig `paths` alias from the nearest tsconfig.json above the linted file, or a package.json `imports` entry. */
function findAlias(specifier: string, fromFile: string): ModuleFiles | undefined {
  let config = false;
  for (let directory = path.dirname(fromFile); ; directory = path.dirname(directory)) {
    if (!config && existsSync(path.join(directory, 'tsconfig.json'))) {
      config = true;
      const paths = pathsOf(path.join(directory, 'tsconfig.json'));
      const found = paths && findInPaths(specifier, paths);
      if (found) return found;
    }
    if (specifier.startsWith('#') && isFile(path.join(directory, 'package.json')))
      return findInImports(specifier, path.join(directory, 'package.json'));
    if (path.dirname(directory) === directory || (config && !specifier.startsWith('#'))) return undefined;
  }
}

/** Resolutions by folder and specifier: each route file of a folder imports the same modules. */
const resolved = new Map<string, { readonly file: string | undefined; readonly checkedAt: number }>();

/**
 * The project source a module specifier of `fromFile` names: a relative path, a tsconfig `paths`
 * alias or a package.json `imports` entry; never a package from node_modules.
 */
export function resolveProjectModule(specifier: string, fromFile: string): string | undefined {
  const key = `${path.dirname(fromFile)}\0${specifier}`;
  const now = Date.now();
  const cached = resolved.get(key);
  if (cached && now - cached.checkedAt < recheckAfterMs) return cached.file;
  const found = specifier.startsWith('.') ? findFile(path.resolve(path.dirname(fromFile), specifier)) : findAlias(specifier, fromFile);
  const candidate = found?.source ?? found?.declarations;
  let file = candidate && !candidate.split(path.sep).includes('node_modules') ? candidate : undefined;
  if (!found && isBare(specifier)) file = findWorkspaceModule(specifier, fromFile);
  resolved.set(key, { file, checkedAt: now });
  return file;
}

/** A package name, maybe with a subpath: `@acme/api/handlers`, `shared`; not a path or an alias. */
const isBare = (specifier: string) => /^(?:@[\w.-]+\/)?[\w.-]+(?:\/|$)/.test(specifier) && !specifier.startsWith('node:');

/** What `node_modules/<name>` is in a folder: a link's real folder, 'installed', or absent; trusted for a second. */
const linksAt = new Map<string, { readonly target: string | 'installed' | undefined; readonly checkedAt: number }>();

function linkAt(link: string, now: number): string | 'installed' | undefined {
  const cached = linksAt.get(link);
  if (cached && now - cached.checkedAt < recheckAfterMs) return cached.target;
  const stats = lstatSync(link, { throwIfNoEntry: false });
  const target = !stats ? undefined : stats.isSymbolicLink() ? realpathSync(link) : 'installed';
  linksAt.set(link, { target, checkedAt: now });
  return target;
}

/** The folder a workspace links a package of the repository from (npm, yarn and pnpm workspaces link them). */
function workspaceFolder(name: string, fromFile: string): string | undefined {
  const now = Date.now();
  for (let directory = path.dirname(fromFile); ; directory = path.dirname(directory)) {
    const target = linkAt(path.join(directory, 'node_modules', name), now);
    if (target === 'installed') return undefined;
    if (target !== undefined) return target.split(path.sep).includes('node_modules') ? undefined : target;
    if (path.dirname(directory) === directory) return undefined;
  }
}

/**
 * A module of another package of the same repository, as its package.json `exports` (or `main`)
 * says: `@acme/api/handlers` from `packages/api`. Installed packages are not the project's code.
 */
function findWorkspaceModule(specifier: string, fromFile: string): string | undefined {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const folder = workspaceFolder(name, fromFile);
  if (!folder) return undefined;
  const found = findThroughManifest(specifier, path.join(path.dirname(path.dirname(folder)), '__workspace__.js'), folder);
  const file = found?.source ?? found?.declarations;
  return file && realpathSync(file);
}

/** Whether a specifier names a package that the repository's workspace links from its own sources. */
export function isWorkspacePackage(specifier: string, fromFile: string): boolean {
  if (!isBare(specifier)) return false;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  // Files of a folder import the same packages: one answer per folder and package, for a second.
  const key = `${path.dirname(fromFile)}\0${name}`;
  const now = Date.now();
  const cached = workspacePackages.get(key);
  if (cached && now - cached.checkedAt < recheckAfterMs) return cached.linked;
  const linked = workspaceFolder(name, fromFile) !== undefined;
  workspacePackages.set(key, { linked, checkedAt: now });
  return linked;
}

const workspacePackages = new Map<string, { readonly linked: boolean; readonly checkedAt: number }>();

/**
 * Finds the files of the configured constants module as the linted file would load it: a
 * relative path from the project root (`cwd`, where the ESLint config is), a package through
 * Node resolution, or a tsconfig path alias.
 */
export function locateModule(specifier: string, fromFile: string, cwd: string): ModuleFiles | undefined {
  if (specifier.startsWith('.')) return findFile(path.resolve(cwd, specifier));
  if (path.isAbsolute(specifier)) return findFile(specifier);
  return findPackage(specifier, fromFile) ?? findAlias(specifier, fromFile);
}
