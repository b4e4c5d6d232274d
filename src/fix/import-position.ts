import { builtinModules } from 'node:module';

import type { TSESTree } from '@typescript-eslint/utils';

/** An import statement already in the file, and the module it names. */
export interface ExistingImport {
  readonly statement: TSESTree.Node;
  readonly module: string;
  /** `import 'reflect-metadata'`: it may have to run first, so nothing moves above it. */
  readonly sideEffect?: boolean;
}

/** Where a new import statement goes: after `statement`, or before it. */
export type ImportPosition = { readonly after: TSESTree.Node } | { readonly before: TSESTree.Node };

type Comparer = (a: string, b: string) => number;

const ordinal: Comparer = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const ignoringCase: Comparer = (a, b) => ordinal(a.toLowerCase(), b.toLowerCase());

const isRelative = (module: string) => /^\.\.?(?:\/|$)/.test(module) || module.startsWith('/');

/** TypeScript's order of module specifiers: packages before relative paths, then by name. */
function compareModules(a: string, b: string, comparer: Comparer): number {
  return Number(isRelative(a)) - Number(isRelative(b)) || comparer(a, b);
}

const isSortedBy = (modules: readonly string[], comparer: Comparer) =>
  modules.every((module, index) => index === 0 || compareModules(modules[index - 1]!, module, comparer) <= 0);

/** The comparer the modules are sorted by (case-insensitive first, as TypeScript tries), or undefined when they are not sorted. */
function sortedBy(modules: readonly string[]): Comparer | undefined {
  return [ignoringCase, ordinal].find((comparer) => isSortedBy(modules, comparer));
}

/** The index of the first module that sorts after `module`: where TypeScript's binary search puts it. */
function sortedIndex(modules: readonly string[], module: string, comparer: Comparer): number {
  const index = modules.findIndex((existing) => compareModules(module, existing, comparer) < 0);
  return index === -1 ? modules.length : index;
}

const builtins = new Set(builtinModules);

/**
 * The group an import belongs to, in the order import-x/order and most style guides keep:
 * Node built-ins, packages, path aliases (`@/`, `~/`, `#`), parent directories, the same directory.
 */
export function groupOf(module: string): number {
  if (module.startsWith('node:') || builtins.has(module.split('/')[0]!)) return 0;
  if (module.startsWith('../') || module === '..') return 3;
  if (isRelative(module)) return 4;
  if (/^(?:@\/|~|#)/.test(module)) return 2;
  return 1;
}

/**
 * Where a new import of `module` goes among the file's imports. When they keep groups in order
 * (built-ins, packages, aliases, relative paths, as import-x/order and most style guides do), in
 * its group: at its sorted position when the group is sorted, as TypeScript's auto-import decides
 * (packages before relative paths, case-insensitive or ordinal), else after the group's last.
 * Otherwise its sorted position when the whole list is sorted, else after the last import.
 */
export function importPosition(existing: readonly ExistingImport[], module: string): ImportPosition | undefined {
  if (existing.length === 0) return undefined;
  const modules = existing.map((entry) => entry.module);
  const group = groupOf(module);
  const groups = modules.map(groupOf);
  const floor = existing.findLastIndex((entry) => entry.sideEffect) + 1;
  return at(existing, Math.max(floor, indexIn(modules, groups, group, module)), group);
}

function indexIn(modules: readonly string[], groups: readonly number[], group: number, module: string): number {
  const lastBefore = groups.findLastIndex((other) => other <= group);
  const firstAfter = groups.findIndex((other) => other > group);
  if (firstAfter === -1 || lastBefore < firstAfter) {
    const same = groups.flatMap((other, index) => (other === group ? [index] : []));
    if (same.length === 0) return lastBefore + 1;
    const sameModules = same.map((index) => modules[index]!);
    const comparer = sortedBy(sameModules);
    const index = comparer ? sortedIndex(sameModules, module, comparer) : same.length;
    return index < same.length ? same[index]! : same[same.length - 1]! + 1;
  }
  const comparer = sortedBy(modules);
  return comparer ? sortedIndex(modules, module, comparer) : modules.length;
}

/** Before the import at `index` when it starts the new import's group (or the list), else after the one before it. */
function at(existing: readonly ExistingImport[], index: number, group: number): ImportPosition {
  const previous = existing[index - 1];
  const next = existing[index];
  if (next && (!previous || (groupOf(next.module) === group && groupOf(previous.module) !== group))) return { before: next.statement };
  return { after: previous!.statement };
}
