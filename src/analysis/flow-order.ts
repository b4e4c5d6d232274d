import type { TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode } from '../ast/nodes.js';

interface Placement {
  readonly statement: TSESTree.Node;
  readonly list: readonly TSESTree.Node[];
  /** Whether a branch, loop or handler lies between the node and its statement list. */
  readonly conditional: boolean;
}

/** True when `child` runs only on some paths through `parent`. */
function isConditionalPart(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case 'IfStatement':
    case 'ConditionalExpression':
      return child !== parent.test;
    case 'LogicalExpression':
      return child === parent.right;
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
      return child === parent.body;
    case 'TryStatement':
      return child !== parent.block;
    case 'ChainExpression':
      return false;
    default:
      return parent.type === 'CatchClause';
  }
}

function placementOf(node: TSESTree.Node): Placement | undefined {
  let conditional = false;
  let current = node;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) {
      // `(req, res) => res.status(204).send(x)`: the expression body is the whole function.
      return parent.type === 'ArrowFunctionExpression' && parent.body === current
        ? { statement: current, list: [current], conditional }
        : undefined;
    }
    if (parent.type === 'BlockStatement' || parent.type === 'Program' || parent.type === 'StaticBlock')
      return { statement: current, list: parent.body, conditional };
    if (parent.type === 'SwitchCase') return { statement: current, list: parent.consequent, conditional };
    if (isConditionalPart(parent, current)) conditional = true;
  }
  return undefined;
}

/**
 * True when `later` runs whenever `earlier` did, after it: the same statement (a chain such as
 * `res.status(204).json(x)`), or a later statement of the same block, with `earlier` on no branch
 * of its own. Anything else (branches, callbacks in between) is unknown, and the answer false.
 */
export function followsInStraightLine(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  const a = placementOf(earlier);
  const b = placementOf(later);
  if (!a || !b || a.conditional) return false;
  if (a.statement === b.statement) return earlier.range[1] <= later.range[1];
  return a.list === b.list && a.list.indexOf(a.statement) < b.list.indexOf(b.statement);
}
