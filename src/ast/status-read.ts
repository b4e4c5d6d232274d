import type { TSESTree } from '@typescript-eslint/utils';

import { unwrap, wrapperTypes } from './nodes.js';

const statusReadNames = ['status', 'statusCode', 'httpStatus', 'httpStatusCode', 'responseStatus'];
const statusReadName = new RegExp(`^(?:${statusReadNames.join('|')})$`);
const statusProperties: ReadonlySet<string> = new Set(['status', 'statusCode']);
const alternatives = (values: Iterable<string>) => `/^(?:${[...values].join('|')})$/`;

/**
 * An esquery condition on the expression at `path` that holds whenever `isStatusRead` can: a
 * cheap prefilter, so ESLint calls the analysis only for comparisons that may read a status.
 */
export function statusReadCondition(path: string): string {
  return (
    `:matches([${path}.name=${alternatives(statusReadNames)}], [${path}.property.name=${alternatives(statusProperties)}], ` +
    `[${path}.callee.property.name="status"], [${path}.type=${alternatives(wrapperTypes)}])`
  );
}

/**
 * An expression that reads a status: `res.status`, `err.statusCode`, `res?.status`,
 * Playwright's `response.status()`, or a variable named like one.
 */
export function isStatusRead(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  switch (target.type) {
    case 'Identifier':
      return statusReadName.test(target.name);
    case 'MemberExpression':
      return !target.computed && target.property.type === 'Identifier' && statusProperties.has(target.property.name);
    case 'CallExpression': {
      const callee = unwrap(target.callee);
      return (
        target.arguments.length === 0 &&
        callee.type === 'MemberExpression' &&
        !callee.computed &&
        callee.property.type === 'Identifier' &&
        callee.property.name === 'status'
      );
    }
    default:
      return false;
  }
}
