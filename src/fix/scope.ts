import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** The variable a name resolves to from `scope`, walking outwards. */
export function resolveName(scope: Scope | null, name: string): Variable | undefined {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

/** The scope that holds the file's top-level bindings: module scope, CommonJS wrapper, or global. */
export function topLevelScope(sourceCode: Readonly<TSESLint.SourceCode>): Scope {
  const globalScope = sourceCode.scopeManager!.globalScope!;
  return (
    globalScope.childScopes.find(
      (scope) => scope.type === 'module' || (scope.type === 'function' && scope.block.type === 'Program'),
    ) ?? globalScope
  );
}

/** True when `name` still means the top-level binding at `node`. */
export function isTopLevelBindingVisible(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): boolean {
  const topLevel = resolveName(topLevelScope(sourceCode), name);
  return topLevel !== undefined && resolveName(sourceCode.getScope(node), name) === topLevel;
}

/**
 * True when a new top-level binding called `name` would change nothing else: no binding of
 * that name is visible at `node`, and no code uses it as an implicit global.
 */
export function isNameFree(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): boolean {
  return isFreeAtTopLevel(sourceCode, name) && !resolveName(sourceCode.getScope(node), name);
}

const topLevelNames = new WeakMap<object, Map<string, boolean>>();

/** No top-level binding and no implicit global of that name; the same for every site, so once per file. */
function isFreeAtTopLevel(sourceCode: Readonly<TSESLint.SourceCode>, name: string): boolean {
  const globalScope = sourceCode.scopeManager!.globalScope!;
  let names = topLevelNames.get(globalScope);
  if (!names) topLevelNames.set(globalScope, (names = new Map()));
  let free = names.get(name);
  if (free === undefined) {
    free = !resolveName(topLevelScope(sourceCode), name) && !globalScope.through.some((reference) => reference.identifier.name === name);
    names.set(name, free);
  }
  return free;
}
