import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode } from '../ast/nodes.js';

/** Specifiers of a project's own modules: relative, absolute, or through a common path alias. */
export const projectModule = /^(?:\.|\/|~\/|@\/|#)/;

/** The variable a name means where it is read. */
export function variableOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): TSESLint.Scope.Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}

/** The nearest function around a node, or the program. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent) {
    current = current.parent;
    if (isFunctionNode(current)) return current;
  }
  return current;
}
