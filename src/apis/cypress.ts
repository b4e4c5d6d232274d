import type { TSESTree } from '@typescript-eslint/utils';

import { propertyName, stringValue, unwrap } from '../ast/nodes.js';
import { statusEffect } from './types.js';
import type { ApiFamily, StatusEffect } from './types.js';

/** Chai's chainer words that only read well: `not.deep.equal` compares like `equal`. */
const fillerWords = new Set(['to', 'be', 'been', 'is', 'not', 'deep', 'strict', 'and', 'have', 'has']);
const equalityWords = new Set(['eq', 'equal', 'equals', 'eql']);
const statusPaths = /(?:^|\.)(?:status|statusCode)$/;

/** The word a chainer ends with once filler is dropped: 'not.deep.equal' -> 'equal', 'have.property' -> 'property'. */
function chainerWord(chainer: string): string | undefined {
  return chainer
    .split('.')
    .filter((word) => !fillerWords.has(word))
    .pop();
}

/** `cy.request(...).its('status')`, `.its('response.statusCode')`: a subject that is a status; `should` and `and` yield theirs. */
function yieldsStatus(subject: TSESTree.Node): boolean {
  let call = unwrap(subject);
  while (call.type === 'CallExpression') {
    const method = propertyName(unwrap(call.callee));
    if (method === 'its') return statusPaths.test(stringValue(call.arguments[0]) ?? '');
    if (method !== 'should' && method !== 'and') return false;
    call = unwrap((unwrap(call.callee) as TSESTree.MemberExpression).object);
  }
  return false;
}

/**
 * Cypress: `.its('status').should('eq', 200)`, `.its('response.statusCode').should('equal', 201)`
 * and `.should('have.property', 'status', 404)`; `and` chains like `should`.
 */
function decodeShould(call: TSESTree.CallExpression): readonly StatusEffect[] | undefined {
  const [chainer, first, second] = call.arguments;
  const word = chainerWord(stringValue(chainer) ?? '');
  if (!word) return undefined;
  if (word === 'property')
    return statusPaths.test(stringValue(first) ?? '') && second ? [statusEffect(second, 'test', 'assert', true)] : undefined;
  const subject = (unwrap(call.callee) as TSESTree.MemberExpression).object;
  if (equalityWords.has(word) && first && yieldsStatus(subject)) return [statusEffect(first, 'test', 'assert', true)];
  return undefined;
}

/** Cypress's `should` and `and` assertions on a request's status. */
export const cypressApis: ApiFamily = {
  framework: 'test',
  shapes: { methods: ['should', 'and'], call: decodeShould },
};
