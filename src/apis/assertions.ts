import type { TSESTree } from '@typescript-eslint/utils';

import { isStringLike, propertyName, stringValue, unwrap } from '../ast/nodes.js';
import { isStatusRead } from '../ast/status-read.js';
import { statusEffect } from './types.js';
import type { ApiFamily, StatusEffect } from './types.js';

const equalityMatchers = ['toBe', 'toEqual', 'toStrictEqual', 'equal', 'equals', 'eq', 'eql', 'toBeStatus'];
const relationalMatchers = [
  'toBeGreaterThan',
  'toBeGreaterThanOrEqual',
  'toBeLessThan',
  'toBeLessThanOrEqual',
  'above',
  'below',
  'least',
  'most',
  'gt',
  'gte',
  'lt',
  'lte',
];
/** `expect([400, 404]).toContain(res.status)`, `expect(res.status).to.be.oneOf([200, 201])`. */
const membershipMatchers = ['toContain', 'toContainEqual', 'oneOf'];
const statusMatchers = ['toHaveStatus', 'toHaveStatusCode', 'toHaveHTTPStatus', 'toHaveHttpStatus'];
const assertMethods = ['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual', 'notStrictEqual', 'is', 'not', 'same', 'equals'];
const chaiWords = new Set(
  'to be been is that which and has have with at of same but does still also not deep strict resolves rejects should'.split(' '),
);
const assertObjects = new Set(['assert', 't']);

const equality = new Set(equalityMatchers);
const relational = new Set(relationalMatchers);
const statusMatcher = new Set(statusMatchers);
const membership = new Set(membershipMatchers);
const asserts = new Set(assertMethods);

/**
 * A subject whose name says it holds a response status: `statusAfter`, `responseStatus`,
 * `createdStatusCode`. Exit and process statuses are not HTTP's.
 */
const statusNamed = /^(?:status(?:Code)?(?:[A-Z\d][\w$]*)?|[\w$]*(?:[Rr]esponse|[Rr]es|[Hh]ttp)Status(?:Code)?|[\w$]+StatusCode)$/;
const otherStatuses = /^(?:exit|process|child|spawn|job|task|order|payment)|(?:Text|Message|Count|Length|Index|Id|es)$/i;

/** A status the assertion's subject holds: `res.status`, `response.status()`, `res && res.status()`, `statusAfter`. */
function isStatusSubject(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  if (target.type === 'LogicalExpression' && target.operator === '&&') return isStatusSubject(target.right);
  if (target.type === 'Identifier' && statusNamed.test(target.name) && !otherStatuses.test(target.name)) return true;
  return isStatusRead(target);
}

/** The elements of an array literal, each a position. */
const elements = (node: TSESTree.Node | undefined) =>
  node?.type === 'ArrayExpression'
    ? node.elements.flatMap((element) =>
        element && element.type !== 'SpreadElement' ? [statusEffect(element, 'test', 'assert', true)] : [],
      )
    : [];

const asserted = (node: TSESTree.Node | undefined, byShape = false) => [statusEffect(node, 'test', 'assert', byShape)];

/** `expect(x).not.to.be` -> the `expect(x)` call, or undefined. */
function expectCall(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  let current = unwrap(node);
  while (current.type === 'MemberExpression') {
    const name = propertyName(current);
    if (!name || !chaiWords.has(name)) return undefined;
    current = unwrap(current.object);
  }
  if (current.type === 'CallExpression' && current.callee.type === 'Identifier' && current.callee.name === 'expect') return current;
  return undefined;
}

function decodeAssertion(call: TSESTree.CallExpression, method: string): readonly StatusEffect[] | undefined {
  const callee = unwrap(call.callee) as TSESTree.MemberExpression;
  const [first, second] = call.arguments;
  // chai-http: expect(res).to.have.status(200), res.should.have.status(200)
  if (method === 'status' && propertyName(callee.object) === 'have') return asserted(first);
  const subject = expectCall(callee.object);
  if (subject) {
    const actual = subject.arguments[0];
    if (statusMatcher.has(method)) return asserted(first);
    if (method === 'toHaveProperty' && ['status', 'statusCode'].includes(stringValue(first) ?? '')) return asserted(second);
    if (!actual || actual.type === 'SpreadElement') return [];
    if (membership.has(method)) {
      if (method === 'oneOf') return isStatusSubject(actual) ? elements(first) : [];
      return first && first.type !== 'SpreadElement' && isStatusSubject(first) ? elements(unwrap(actual)) : [];
    }
    if (!isStatusSubject(actual)) return [];
    if (equality.has(method)) return asserted(first, true);
    if (relational.has(method)) return [statusEffect(first, 'test', 'range', true)];
    return [];
  }
  // supertest: request(app).get('/').expect(200)
  if (method === 'expect' && unwrap(callee.object).type === 'CallExpression' && !isStringLike(first)) return asserted(first);
  // assert.equal(res.statusCode, 200), t.is(res.status, 200)
  if (asserts.has(method) && first && second && first.type !== 'SpreadElement' && second.type !== 'SpreadElement') {
    const owner = unwrap(callee.object);
    if (owner.type === 'Identifier' && assertObjects.has(owner.name)) {
      if (isStatusRead(first)) return asserted(second, true);
      if (isStatusRead(second)) return asserted(first, true);
      return [];
    }
  }
  return undefined;
}

/** Test libraries: expect (Jest, Vitest, Playwright, with status-named subjects), node:assert, ava, chai and chai-http, supertest. */
export const assertionApis: ApiFamily = {
  framework: 'test',
  shapes: {
    methods: [
      'status',
      'expect',
      'toHaveProperty',
      ...membershipMatchers,
      ...equalityMatchers,
      ...relationalMatchers,
      ...statusMatchers,
      ...assertMethods,
    ],
    call: decodeAssertion,
  },
};
