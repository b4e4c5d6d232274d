import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { headerConstructors } from '../apis/index.js';
import { keyName, propertyName, stringValue, unwrap } from '../ast/nodes.js';
import { variableOf } from './scope.js';

/** Lower-case header names, or undefined when the code does not say which. */
export type HeaderNames = Set<string> | undefined;

/** Keys of an object literal, lower case; undefined when a key is computed or spread in. */
function objectKeys(node: TSESTree.ObjectExpression): HeaderNames {
  const keys = new Set<string>();
  for (const property of node.properties) {
    const key = property.type === 'Property' ? keyName(property) : undefined;
    if (key === undefined) return undefined;
    keys.add(key.toLowerCase());
  }
  return keys;
}

/** Header names a `headers` value states: an object, `new Headers({...})`, `[[name, value]]`, or a Headers variable. */
export function headerNames(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | undefined): HeaderNames {
  if (!node) return new Set();
  const target = unwrap(node);
  if (target.type === 'ObjectExpression') return objectKeys(target);
  if (target.type === 'NewExpression' && target.callee.type === 'Identifier' && headerConstructors.has(target.callee.name)) {
    return headerNames(sourceCode, target.arguments[0]);
  }
  if (target.type === 'ArrayExpression') {
    const names = new Set<string>();
    for (const pair of target.elements) {
      const name = pair?.type === 'ArrayExpression' ? stringValue(pair.elements[0] ?? undefined) : undefined;
      if (name === undefined) return undefined;
      names.add(name.toLowerCase());
    }
    return names;
  }
  if (target.type === 'Identifier') return headersVariableNames(sourceCode, target);
  return undefined;
}

/** `const headers = new Headers(); headers.set('Allow', 'GET');` in the same file. */
function headersVariableNames(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): HeaderNames {
  const variable = variableOf(sourceCode, identifier);
  const definition = variable?.defs[0];
  if (!variable || definition?.type !== 'Variable' || definition.node.type !== 'VariableDeclarator' || !definition.node.init)
    return undefined;
  const names = headerNames(sourceCode, definition.node.init);
  if (!names) return undefined;
  for (const reference of variable.references) {
    if (reference.init) continue;
    const parent = reference.identifier.parent;
    if (parent === identifier.parent) continue;
    const method = parent && propertyName(parent);
    const call = parent?.parent;
    if ((method === 'set' || method === 'append') && call?.type === 'CallExpression' && call.callee === parent) {
      const name = stringValue(call.arguments[0]);
      if (name === undefined) return undefined;
      names.add(name.toLowerCase());
    } else if (!(method === 'get' || method === 'has')) {
      return undefined;
    }
  }
  return names;
}

/** The headers of an init or options object: `{ status, headers: {...} }`, with the key written in any way. */
export function headersOfInit(sourceCode: Readonly<TSESLint.SourceCode>, init: TSESTree.ObjectExpression): HeaderNames {
  for (const property of init.properties) {
    if (property.type === 'SpreadElement') return undefined;
    if (keyName(property) === 'headers') return headerNames(sourceCode, property.value);
  }
  return new Set();
}

/**
 * Headers given with an error that carries a status: http-errors' and Koa's
 * `createError(401, msg, { headers })`, `ctx.throw(401, msg, { headers })`. Undefined when unknown.
 */
export function headersGivenWithError(sourceCode: Readonly<TSESLint.SourceCode>, owner: TSESTree.Node): HeaderNames {
  if (owner.type !== 'CallExpression' && owner.type !== 'NewExpression') return new Set();
  let names: HeaderNames = new Set();
  for (const argument of owner.arguments) {
    if (argument.type === 'SpreadElement') return undefined;
    if (argument.type === 'ObjectExpression') names = headersOfInit(sourceCode, argument);
    if (names === undefined || names.size > 0) return names;
  }
  return names;
}
