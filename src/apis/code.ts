import type { TSESTree } from '@typescript-eslint/utils';

import { propertyName, unwrap } from '../ast/nodes.js';
import { isStatusRead } from '../ast/status-read.js';
import { statusEffect } from './types.js';
import type { ApiFamily, StatusEffect } from './types.js';

const equalityOperators = new Set(['===', '!==', '==', '!=']);
const relationalOperators = new Set(['<', '<=', '>', '>=']);
const errorName = /^(?:err|error|e|ex|exception|.+Error)$/;

/** `res.status === 404`, `status >= 500`, `case 404:` under `switch (res.status)`. */
function decodeComparison(node: TSESTree.BinaryExpression | TSESTree.SwitchCase): readonly StatusEffect[] | undefined {
  if (node.type === 'SwitchCase') {
    return node.test && isStatusRead(node.parent.discriminant) ? [statusEffect(node.test, 'code', 'compare', true)] : undefined;
  }
  const isEquality = equalityOperators.has(node.operator);
  if (!isEquality && !relationalOperators.has(node.operator)) return undefined;
  const role = isEquality ? 'compare' : 'range';
  if (isStatusRead(node.left)) return [statusEffect(node.right, 'code', role, true)];
  if (isStatusRead(node.right)) return [statusEffect(node.left, 'code', role, true)];
  return undefined;
}

/** `[301, 302].includes(res.status)` */
function decodeCall(call: TSESTree.CallExpression, method: string): readonly StatusEffect[] | undefined {
  const receiver = unwrap((unwrap(call.callee) as TSESTree.MemberExpression).object);
  const [first] = call.arguments;
  if (method !== 'includes' || receiver.type !== 'ArrayExpression' || !first || !isStatusRead(first)) return undefined;
  return receiver.elements.flatMap((element) => (element ? [statusEffect(element, 'code', 'compare', true)] : []));
}

/** `err.status = 404; throw err` (Koa, Express error handlers). */
function decodeAssignment(assignment: TSESTree.AssignmentExpression): readonly StatusEffect[] | undefined {
  const property = propertyName(assignment.left);
  if (assignment.left.type !== 'MemberExpression' || (property !== 'status' && property !== 'statusCode')) return undefined;
  const object = unwrap(assignment.left.object);
  return object.type === 'Identifier' && errorName.test(object.name) ? [statusEffect(assignment.right, 'code', 'throw', true)] : undefined;
}

/** Plain code that reads or stores a status: comparisons, switches, error objects. */
export const codeApis: ApiFamily = {
  framework: 'code',
  shapes: {
    methods: ['includes'],
    call: decodeCall,
    assignmentProperties: ['status', 'statusCode'],
    comparison: decodeComparison,
    assignment: decodeAssignment,
  },
};
