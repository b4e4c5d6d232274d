import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { variableOf } from './scope.js';

/** A reference that reads the object or passes it on, and cannot change its `status`. */
function onlyReads(reference: TSESLint.Scope.Reference): boolean {
  if (reference.init) return true;
  const identifier = reference.identifier;
  const parent = identifier.parent;
  if (parent?.type === 'MemberExpression' && parent.object === identifier) {
    const user = parent.parent;
    return !(user.type === 'AssignmentExpression' && user.left === parent) && user.type !== 'UpdateExpression';
  }
  if (parent?.type === 'SpreadElement') return true;
  if (parent?.type !== 'CallExpression' && parent?.type !== 'NewExpression') return false;
  // Builders take an init after the content or URL; a helper given it first (`addAuth(init)`,
  // `Object.assign(init, ...)`) may change it.
  return parent.arguments.indexOf(identifier as TSESTree.CallExpressionArgument) >= 1;
}

/**
 * The object literal a same-file `const` holds, when the code never changes it: the init in
 * `const init = { headers }; return redirect(url, init)`.
 */
export function heldObject(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node | undefined,
): TSESTree.ObjectExpression | undefined {
  if (node?.type !== 'Identifier') return undefined;
  const variable = variableOf(sourceCode, node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable' || definition.parent.kind !== 'const') return undefined;
  const init = definition.node.id.type === 'Identifier' ? definition.node.init : null;
  return init?.type === 'ObjectExpression' && variable!.references.every(onlyReads) ? init : undefined;
}
