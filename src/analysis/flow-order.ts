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
 * True when `later` runs only after `earlier` did: the same statement (a chain such as
 * `res.status(204).json(x)`), or inside a later statement of the same block (a branch, loop or
 * try block that comes after), with `earlier` on no branch of its own. Anything else (branches
 * around `earlier`, callbacks in between) is unknown, and the answer false.
 */
export function followsInStraightLine(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  const a = placementOf(earlier);
  if (!a || a.conditional) return false;
  for (let node = later; node.parent; node = node.parent) {
    if (node === a.statement) return earlier.range[1] <= later.range[1];
    if (statementList(node.parent) === a.list) return a.list.indexOf(a.statement) < a.list.indexOf(node);
    if (isFunctionNode(node.parent)) return false;
  }
  return false;
}

/** A statement after which the rest of its path is not run. */
const isExit = (node: TSESTree.Node) => node.type === 'ReturnStatement' || node.type === 'ThrowStatement';

function statementList(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  if (node.type === 'BlockStatement' || node.type === 'Program' || node.type === 'StaticBlock') return node.body;
  return node.type === 'SwitchCase' ? node.consequent : undefined;
}

const isLoop = (node: TSESTree.Node) =>
  node.type === 'ForStatement' ||
  node.type === 'ForInStatement' ||
  node.type === 'ForOfStatement' ||
  node.type === 'WhileStatement' ||
  node.type === 'DoWhileStatement';

const contains = (outer: TSESTree.Node, inner: TSESTree.Node) => outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];

/**
 * True when `earlier` may run before `later` on a path that goes on to `later`. False only when
 * the code shows it cannot: `earlier` comes after `later` with no loop around both, it sits in a
 * branch that returns or throws first, or in the other branch of an `if`. Callbacks in between
 * may run at any time, so they answer true.
 */
export function canRunBefore(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  if (contains(later, earlier)) return true;
  const laterAncestors = new Set<TSESTree.Node>();
  for (let node: TSESTree.Node | undefined = later; node; node = node.parent) {
    // An error may end a try block between any two of its statements, and its handler runs.
    if (node.type === 'CatchClause' && contains(node.parent.block, earlier)) return true;
    laterAncestors.add(node);
  }
  let current = earlier;
  while (current.parent && !laterAncestors.has(current.parent)) {
    const parent = current.parent;
    if (isFunctionNode(parent)) return true;
    if (isExit(current)) return false;
    const list = statementList(parent);
    if (list?.slice(list.indexOf(current) + 1).some(isExit)) return false;
    current = parent;
  }
  const common = current.parent;
  if (!common) return true;
  for (let node = later.parent; node && node !== common; node = node.parent) if (isFunctionNode(node)) return true;
  if (earlier.range[0] > later.range[0]) {
    for (let node: TSESTree.Node | undefined = common; node && !isFunctionNode(node); node = node.parent) if (isLoop(node)) return true;
    return false;
  }
  if (common.type === 'IfStatement' || common.type === 'ConditionalExpression') return current === common.test;
  return !isExit(current);
}
