import type { TSESTree } from '@typescript-eslint/utils';

import { functionName, keyName, propertyName, functionAround, unwrap } from '../ast/nodes.js';
import type { ReturnedValue } from '../ast/nodes.js';
import { statusName } from '../ast/status-read.js';
import { statusEffect } from './types.js';
import type { ApiFamily, NamedPlace, StatusEffect, StatusRole } from './types.js';

/** Keys of object literals that hold a status where the object is handed on: `{ status: 404, message }`. */
const statusKeys = ['status', 'statusCode', 'httpStatus', 'httpStatusCode', 'status_code'];
/** Keys that say an object is a process result, not an HTTP one: `{ status: 0, signal, stdout }`. */
const processKeys = new Set(['signal', 'pid', 'stdout', 'stderr', 'exitCode', 'output']);
/** How many object literals deep a handed-on status may sit: `{ error: { status: 404 } }`. */
const MAX_NESTING = 3;

const named = (node: TSESTree.Node | null | undefined, role: StatusRole): readonly StatusEffect[] | undefined =>
  node ? [{ ...statusEffect(node, 'code', role, true), byName: true }] : undefined;

const isStatusNamed = (node: TSESTree.Node | null | undefined): boolean => node?.type === 'Identifier' && statusName.test(node.name);

/** The role of an object literal by where it goes: handed to a call, returned, thrown or stored as a status; else none. */
function handedOnRole(object: TSESTree.ObjectExpression): StatusRole | undefined {
  let node: TSESTree.Node = object;
  for (let depth = 0; depth < MAX_NESTING; depth++) {
    let parent: TSESTree.Node | undefined = node.parent;
    while (
      parent &&
      (parent.type === 'TSAsExpression' || parent.type === 'TSSatisfiesExpression' || parent.type === 'ConditionalExpression')
    ) {
      node = parent;
      parent = node.parent;
    }
    switch (parent?.type) {
      case 'CallExpression':
      case 'NewExpression':
        return parent.arguments.includes(node as TSESTree.Expression) ? 'declare' : undefined;
      case 'ReturnStatement':
      case 'ArrowFunctionExpression':
        return 'declare';
      case 'ThrowStatement':
        return 'throw';
      case 'VariableDeclarator':
        return parent.init === node && isStatusNamed(parent.id) ? 'declare' : undefined;
      case 'Property':
        // `{ error: { status: 404 } }`: the outer object decides.
        if (parent.value !== node || parent.parent.type !== 'ObjectExpression') return undefined;
        node = parent.parent;
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}

/** `fetchStub.resolves({ ok: false, status: 503 })`, `return { error: { status: 404 } }`. */
function decodeProperty(property: TSESTree.Property): readonly StatusEffect[] | undefined {
  const object = property.parent;
  // The property-key names are shared with other families (`response`, `responses`): check ours.
  if (property.computed || object.type !== 'ObjectExpression' || !statusKeys.includes(keyName(property) ?? '')) return undefined;
  const isProcessResult = object.properties.some((other) => other.type === 'Property' && processKeys.has(keyName(other) ?? ''));
  const role = isProcessResult ? undefined : handedOnRole(object);
  return role && named(property.value, role);
}

/** The class a `this` stands in, when it reads as an error: `class NotFound extends Error`. */
function isInErrorClass(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ClassBody') {
      const owner = current.parent;
      const names = [owner.id?.name, owner.superClass?.type === 'Identifier' ? owner.superClass.name : undefined];
      return names.some((name) => name !== undefined && /(?:Error|Exception)$/.test(name));
    }
  }
  return false;
}

/** `error.status = 404`, `this.statusCode = 401`, `statusCode = 500`. */
function decodeAssignment(assignment: TSESTree.AssignmentExpression): readonly StatusEffect[] | undefined {
  if (assignment.operator !== '=') return undefined;
  const left = assignment.left;
  if (left.type === 'Identifier') return isStatusNamed(left) ? named(assignment.right, 'declare') : undefined;
  const property = propertyName(left);
  if (left.type !== 'MemberExpression' || left.computed || (property !== 'status' && property !== 'statusCode')) return undefined;
  const thrown = unwrap(left.object).type === 'ThisExpression' && isInErrorClass(left);
  return named(assignment.right, thrown ? 'throw' : 'declare');
}

/** `let statusCode = 500`, `function fail(status = 500)`, `{ status = 500 } = options`, `statusCode = 401` in a class. */
function decodeNamedPlace(node: NamedPlace): readonly StatusEffect[] | undefined {
  switch (node.type) {
    case 'VariableDeclarator':
      return isStatusNamed(node.id) ? named(node.init, 'declare') : undefined;
    case 'PropertyDefinition':
      return !node.computed && isStatusNamed(node.key) ? named(node.value, isInErrorClass(node) ? 'throw' : 'declare') : undefined;
    case 'AssignmentPattern':
      return isStatusNamed(node.left) ? named(node.right, 'declare') : undefined;
    case 'AssignmentExpression':
      return decodeAssignment(node);
  }
}

/**
 * Functions that exist to map something to a status: `getStatusCode(err)`, `statusFor(e)`,
 * `toHttpStatus(kind)`, `httpStatusOf(error)`, `mapErrorToStatus(err)`. Not a thing's own status
 * (`getOrderStatus`), nor its text (`getStatusText`): a getter's name ends at the status, or says what it maps from.
 */
const statusFunction =
  /^(?:(?:get|to|resolve|compute|derive|pick|choose|lookup|find)(?:Error|Response)?(?:Http)?Status(?:Code)?|(?:http)?[sS]tatus(?:Code)?(?=For|Of|From)|[a-z]\w*To(?:Http)?Status(?:Code)?$|http(?:Status|StatusCode)$)(?:$|(?:For|Of|From|By)(?![a-z]))/;

/** `return 404` in a status-named function, or the body of a status-named arrow: `const statusFor = (e) => e.notFound ? 404 : 500`. */
function decodeReturned(node: ReturnedValue): readonly StatusEffect[] | undefined {
  const fn = node.type === 'ReturnStatement' ? functionAround(node) : node;
  const name = fn && functionName(fn);
  if (name === undefined || !statusFunction.test(name)) return undefined;
  return named(node.type === 'ReturnStatement' ? node.argument : node.body, 'declare');
}

/**
 * Places whose name says they hold an HTTP status, in plain code: objects handed on with a
 * `status` key, `x.status = ...`, status-named variables, fields and defaults.
 */
export const statusNameApis: ApiFamily = {
  framework: 'code',
  shapes: {
    propertyKeys: statusKeys,
    property: decodeProperty,
    assignmentProperties: ['status', 'statusCode'],
    assignment: decodeAssignment,
    placeNames: statusName,
    namedPlace: decodeNamedPlace,
    returnNames: statusFunction,
    returned: decodeReturned,
  },
};
