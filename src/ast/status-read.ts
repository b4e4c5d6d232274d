import type { TSESTree } from '@typescript-eslint/utils';

import { nameOf, unwrap, wrapperTypes } from './nodes.js';

/** Names that say a status: `status`, `statusCode`, `httpStatus`, and any `...StatusCode` or `...HttpStatus`. */
export const statusName = /^(?:status|statusCode|status_code|httpStatus|httpStatusCode|responseStatus)$|.(?:StatusCode|HttpStatus)$/;
/** Functions whose name says they return a status: `getStatusCode(err)`, `exception.getStatus()`. */
const statusGetter = /^get(?:Http|Response)?Status(?:Code)?$/;
const statusProperties: ReadonlySet<string> = new Set(['status', 'statusCode']);
const statusMethod = new RegExp(`^(?:status|${statusGetter.source.slice(1, -1)})$`);

/**
 * A cheap test that holds whenever `isStatusRead` can: the analysis decodes a comparison or a
 * switch only when one side may read a status.
 */
export function mayReadStatus(node: TSESTree.Node): boolean {
  if (wrapperTypes.has(node.type)) return true;
  const name = nameOf(node);
  if (name !== undefined && statusName.test(name)) return true;
  const property = nameOf((node as { property?: unknown }).property);
  if (property !== undefined && statusProperties.has(property)) return true;
  const callee = (node as { callee?: TSESTree.Node }).callee;
  if (!callee) return false;
  const method = nameOf((callee as { property?: unknown }).property);
  if (method !== undefined && statusMethod.test(method)) return true;
  const called = nameOf(callee);
  return called !== undefined && statusGetter.test(called);
}

/** The name a call is made by: `f` in `f()`, `m` in `x.m()`, through `!`, `as` and `?.`. */
export function calleeName(call: TSESTree.CallExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === 'Identifier') return callee.name;
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
}

/**
 * An expression that reads a status: `res.status`, `err.statusCode`, `res?.status`, Playwright's
 * `response.status()`, a variable named like one, or a call named like a status getter.
 */
export function isStatusRead(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  switch (target.type) {
    case 'Identifier':
      return statusName.test(target.name);
    case 'MemberExpression':
      return !target.computed && target.property.type === 'Identifier' && statusProperties.has(target.property.name);
    case 'CallExpression': {
      const name = calleeName(target);
      if (name === undefined) return false;
      // Playwright's `response.status()` takes nothing; a getter may take the error: `getStatusCode(err)`.
      if (name === 'status') return target.arguments.length === 0 && unwrap(target.callee).type === 'MemberExpression';
      return statusGetter.test(name);
    }
    default:
      return false;
  }
}
