import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { functionName, isFunctionNode } from '../ast/nodes.js';
import type { FunctionNode } from '../ast/nodes.js';

/** Parents through which a value stays the same value: `await x`, `x as T`, `x!`, a branch of `c ? x : y`, `a ?? x`. */
function isPassThrough(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case 'AwaitExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'ChainExpression':
      return true;
    case 'ConditionalExpression':
      return parent.test !== child;
    case 'LogicalExpression':
      return parent.operator !== '&&';
    default:
      return false;
  }
}

/** How a value leaves the function it is made in: given back (`return x`, `const r = x; return r`), thrown, or neither. */
export type Outflow = 'returned' | 'thrown' | undefined;

/** Whether the value of `node` leaves its function: returned directly, through a variable returned as it is, or thrown. */
export function outflowOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): Outflow {
  let child = node;
  let parent = node.parent;
  while (parent && isPassThrough(parent, child)) {
    child = parent;
    parent = parent.parent;
  }
  switch (parent?.type) {
    case 'ReturnStatement':
      return 'returned';
    case 'ThrowStatement':
      return 'thrown';
    case 'ArrowFunctionExpression':
      return parent.body === child ? 'returned' : undefined;
    case 'VariableDeclarator': {
      if (parent.init !== child || parent.id.type !== 'Identifier') return undefined;
      const variable = sourceCode
        .getDeclaredVariables(parent)
        .find((candidate) => candidate.name === (parent.id as TSESTree.Identifier).name);
      for (const reference of variable?.references ?? []) {
        if (reference.init) continue;
        const flow = directFlow(reference.identifier);
        if (flow) return flow;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** `return r`, `throw r`, `return await r`: the variable read leaves the function as it is. */
function directFlow(identifier: TSESTree.Node): Outflow {
  let child = identifier;
  let parent = identifier.parent;
  while (parent && isPassThrough(parent, child)) {
    child = parent;
    parent = parent.parent;
  }
  if (parent?.type === 'ReturnStatement') return 'returned';
  return parent?.type === 'ThrowStatement' ? 'thrown' : undefined;
}

/** The calls of a function of the file by its name: `helper(...)`, `await helper(...)`; not `x.helper()`, not handed on. */
export function callsOf(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression[] {
  const name = functionName(fn);
  if (name === undefined) return [];
  let declaration: TSESTree.Node | undefined;
  if (fn.type === 'FunctionDeclaration') declaration = fn;
  else if (fn.parent.type === 'VariableDeclarator' && fn.parent.init === fn) declaration = fn.parent;
  if (!declaration) return [];
  const variable = sourceCode.getDeclaredVariables(declaration).find((candidate) => candidate.name === name);
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable?.references ?? []) {
    const parent = reference.identifier.parent;
    if (parent?.type === 'CallExpression' && parent.callee === reference.identifier) calls.push(parent);
  }
  return calls;
}

/** A call of a function of the file and the argument it gives a parameter: `sendError(res, 401)` gives `res` for `res`. */
export interface ParameterCall {
  readonly call: TSESTree.CallExpression;
  readonly argument: TSESTree.Node;
}

/**
 * Where a parameter of a named function of the file gets its value: each call's argument at the
 * parameter's place. Empty for any other variable, and for a function handed on rather than called.
 */
export function parameterCalls(
  variable: TSESLint.Scope.Variable | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): readonly ParameterCall[] {
  const definition = variable?.defs[0];
  if (definition?.type !== 'Parameter' || !isFunctionNode(definition.node)) return [];
  const fn = definition.node;
  const index = fn.params.findIndex((param) => (param.type === 'AssignmentPattern' ? param.left : param) === definition.name);
  if (index < 0) return [];
  const found: ParameterCall[] = [];
  for (const call of callsOf(fn, sourceCode)) {
    const argument = call.arguments[index];
    if (argument && argument.type !== 'SpreadElement') found.push({ call, argument });
  }
  return found;
}
