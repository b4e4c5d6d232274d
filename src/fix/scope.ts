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
    globalScope.childScopes.find((scope) => scope.type === 'module' || (scope.type === 'function' && scope.block.type === 'Program')) ??
    globalScope
  );
}

/** True when `name` still means the top-level binding at `node`. */
export function isTopLevelBindingVisible(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): boolean {
  const topLevel = resolveName(topLevelScope(sourceCode), name);
  if (topLevel === undefined) return false;
  return !isDeclaredBelowTopLevel(sourceCode, name) || resolveName(sourceCode.getScope(node), name) === topLevel;
}

/**
 * True when a new top-level binding called `name` would change nothing else: no binding of
 * that name is visible at `node`, and no code uses it as an implicit global.
 */
export function isNameFree(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): boolean {
  return (
    isFreeAtTopLevel(sourceCode, name) && (!isDeclaredBelowTopLevel(sourceCode, name) || !resolveName(sourceCode.getScope(node), name))
  );
}

/** Per file and name, since every site of a file asks about the same constants object. */
function perFileAndName(compute: (sourceCode: Readonly<TSESLint.SourceCode>, name: string) => boolean) {
  const cache = new WeakMap<object, Map<string, boolean>>();
  return (sourceCode: Readonly<TSESLint.SourceCode>, name: string): boolean => {
    const manager = sourceCode.scopeManager!;
    let byName = cache.get(manager);
    if (!byName) cache.set(manager, (byName = new Map()));
    let answer = byName.get(name);
    if (answer === undefined) byName.set(name, (answer = compute(sourceCode, name)));
    return answer;
  };
}

/**
 * Whether any scope below the top level declares `name`. When none does, the name means the
 * same everywhere in the file, and no site needs its own scope lookup.
 */
const isDeclaredBelowTopLevel = perFileAndName((sourceCode, name) => {
  const topLevel = topLevelScope(sourceCode);
  return sourceCode.scopeManager!.scopes.some((scope) => scope !== topLevel && scope.type !== 'global' && scope.set.has(name));
});

/** No top-level binding and no implicit global of that name; the same for every site, so once per file. */
const isFreeAtTopLevel = perFileAndName(
  (sourceCode, name) =>
    !resolveName(topLevelScope(sourceCode), name) &&
    !sourceCode.scopeManager!.globalScope!.through.some((reference) => reference.identifier.name === name),
);
