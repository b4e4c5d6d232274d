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
 * that name is visible at `node`, and no code uses it as an implicit global, except to read one
 * of `members` (`StatusCodes.NOT_FOUND` that a fix wrote while another fix keeps the import).
 */
export function isNameFree(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  name: string,
  members?: ReadonlySet<string>,
): boolean {
  const free = isFreeAtTopLevel(sourceCode, name) || (members !== undefined && onlyReadsMembers(sourceCode, name, members));
  return free && (!isDeclaredBelowTopLevel(sourceCode, name) || !resolveName(sourceCode.getScope(node), name));
}

/** No top-level binding of `name`, and every implicit-global use of it reads one of `members`. */
function onlyReadsMembers(sourceCode: Readonly<TSESLint.SourceCode>, name: string, members: ReadonlySet<string>): boolean {
  if (resolveName(topLevelScope(sourceCode), name)) return false;
  return sourceCode.scopeManager!.globalScope!.through.every((reference) => {
    if (reference.identifier.name !== name) return true;
    const parent = reference.identifier.parent;
    return (
      parent?.type === 'MemberExpression' &&
      parent.object === reference.identifier &&
      !parent.computed &&
      parent.property.type === 'Identifier' &&
      members.has(parent.property.name) &&
      !(parent.parent?.type === 'AssignmentExpression' && parent.parent.left === parent) &&
      !(parent.parent?.type === 'UpdateExpression')
    );
  });
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
