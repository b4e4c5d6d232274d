import type { TSESTree } from '@typescript-eslint/utils';

import { keyName, propertyName } from './ast.js';
import type { FileFacts } from './file-facts.js';
import { isStatusRead, responseHandleKind, unwrapExpression } from './handles.js';
import type { HandleKind } from './handles.js';
import type { RuntimeCheck } from './runtime.js';
import type { StatusValue } from './status-value.js';
import { runtimeChecks } from './runtime.js';

export type Framework =
  | 'node'
  | 'express'
  | 'fastify'
  | 'koa'
  | 'hono'
  | 'fetch'
  | 'next'
  | 'nestjs'
  | 'h3'
  | 'http-errors'
  | 'sveltekit'
  | 'remix'
  | 'elysia'
  | 'hapi'
  | 'aws-lambda'
  | 'test'
  | 'code';

/**
 * What the status does where it stands.
 * - send: sets the status of a response; throw: an error carrying one; redirect: a redirect's status;
 * - declare: documents or declares it (decorators); compare: code reads and compares one;
 * - assert: a test asserts one; range: a relational check (`status >= 400`).
 */
export type StatusRole = 'send' | 'throw' | 'redirect' | 'declare' | 'compare' | 'assert' | 'range';

export interface StatusSite {
  /** The expression standing in the status position. */
  readonly node: TSESTree.Node;
  readonly framework: Framework;
  readonly role: StatusRole;
  /** What the API does with codes it rejects; undefined where it does nothing special. */
  readonly runtime: RuntimeCheck | undefined;
  /**
   * Found by shape alone (comparisons with `.status`, plain `{ statusCode, body }` objects):
   * such a site only counts when its value is a plausible status.
   */
  readonly byShape: boolean;
  /** The call, `new`, assignment or comparison the status belongs to. */
  readonly owner: TSESTree.Node;
}

export type SiteSink = (site: StatusSite) => void;

/** A site the analysis kept, with its value when the source states it. */
export interface FoundSite {
  readonly site: StatusSite;
  readonly value: StatusValue | undefined;
}

/**
 * Where `emit` sends the sites of the owner being decoded. Decoding is synchronous and never
 * nested, so one slot serves, and no closure is allocated per visited node.
 */
let currentSink: SiteSink | undefined;
let currentOwner: SiteOwner | undefined;

function emit(node: TSESTree.Node | undefined, framework: Framework, role: StatusRole, runtime?: RuntimeCheck, byShape = false): void {
  if (!node || node.type === 'SpreadElement') return;
  currentSink!({ node, framework, role, runtime, byShape, owner: currentOwner! });
}

function isStringLike(node: TSESTree.Node | undefined): boolean {
  return node !== undefined && ((node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral');
}

/** The `status` (or `statusCode`) property of an options object literal. */
function statusProperty(node: TSESTree.Node | undefined, keys: readonly string[] = ['status']): TSESTree.Node | undefined {
  if (node?.type !== 'ObjectExpression') return undefined;
  for (const property of node.properties) {
    if (property.type === 'Property' && keys.includes(keyName(property) ?? '')) return property.value;
  }
  return undefined;
}

/** A status given either as a number or as a ResponseInit-like object: `json(b, 201)`, `json(b, { status: 201 })`. */
function statusOrInit(node: TSESTree.Node | undefined): TSESTree.Node | undefined {
  if (!node || node.type === 'SpreadElement') return undefined;
  return node.type === 'ObjectExpression' ? statusProperty(node) : node;
}

const remixModule = /^(?:@remix-run\/|react-router|@react-router\/)/;

/** Remix and React Router packages, whose `json`, `data` and `redirect` build responses. */
export function isRemixModule(module: string): boolean {
  return remixModule.test(module);
}
const h3Modules = new Set(['h3', 'nuxt/app', '#app', '#imports', 'nitropack/runtime', 'vinxi/http']);
const nestModules = new Set(['@nestjs/common', '@nestjs/swagger']);

/** Modules whose functions, under whatever local name the file gives them, can hold a status. */
export function exportsStatusFunctions(module: string): boolean {
  return (
    module === '@sveltejs/kit' || module === 'http-errors' || nestModules.has(module) || h3Modules.has(module) || isRemixModule(module)
  );
}

function methodSites(call: TSESTree.CallExpression, kind: HandleKind, method: string): void {
  const [first, second] = call.arguments;
  switch (kind) {
    case 'node-res':
      if (method === 'status' || method === 'sendStatus') emit(first, 'express', 'send', runtimeChecks.express);
      else if (method === 'writeHead') emit(first, 'node', 'send', runtimeChecks.node);
      // Express: res.redirect([status,] url)
      else if (method === 'redirect' && call.arguments.length >= 2 && !isStringLike(first))
        emit(first, 'express', 'redirect', runtimeChecks.express);
      return;
    case 'fastify-reply':
      if (method === 'code' || method === 'status') emit(first, 'fastify', 'send', runtimeChecks.fastify);
      // Fastify 5: reply.redirect(url, code); Fastify 4: reply.redirect(code, url)
      else if (method === 'redirect' && call.arguments.length >= 2) {
        emit(isStringLike(first) ? second : first, 'fastify', 'redirect', runtimeChecks.fastify);
      }
      return;
    case 'hapi-response':
      if (method === 'code') emit(first, 'hapi', 'send');
      return;
    case 'context':
      // Koa's own methods; the rest are Hono's, whose context some name ctx.
      if (method === 'throw') {
        const status = call.arguments.find((argument) => !isStringLike(argument) && argument.type !== 'ObjectExpression');
        emit(status, 'koa', 'throw', runtimeChecks.koaThrow);
        return;
      }
      if (method === 'assert') {
        emit(second, 'koa', 'throw', runtimeChecks.koaThrow);
        return;
      }
      honoMethodSites(call, method);
      return;
    case 'hono-context':
      honoMethodSites(call, method);
      return;
    default:
      return;
  }
}

const honoBodyMethods = new Set(['json', 'text', 'html', 'body', 'newResponse']);

function honoMethodSites(call: TSESTree.CallExpression, method: string): void {
  const [first, second] = call.arguments;
  if (method === 'status') emit(first, 'hono', 'send', runtimeChecks.hono);
  else if (honoBodyMethods.has(method)) emit(statusOrInit(second), 'hono', 'send', runtimeChecks.hono);
  else if (method === 'redirect') emit(second, 'hono', 'redirect', runtimeChecks.hono);
}

const equalityMatchers = new Set(['toBe', 'toEqual', 'toStrictEqual', 'equal', 'equals', 'eq', 'eql', 'toBeStatus']);
const relationalMatchers = new Set([
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
]);
const statusMatchers = new Set(['toHaveStatus', 'toHaveStatusCode', 'toHaveHTTPStatus', 'toHaveHttpStatus']);
const assertMethods = new Set([
  'equal',
  'strictEqual',
  'deepEqual',
  'deepStrictEqual',
  'notEqual',
  'notStrictEqual',
  'is',
  'not',
  'same',
  'equals',
]);
const chaiWords = new Set([
  'to',
  'be',
  'been',
  'is',
  'that',
  'which',
  'and',
  'has',
  'have',
  'with',
  'at',
  'of',
  'same',
  'but',
  'does',
  'still',
  'also',
  'not',
  'deep',
  'strict',
  'resolves',
  'rejects',
  'should',
]);

/** `expect(x).not.to.be` -> the `expect(x)` call, or undefined. */
function expectCall(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  let current = unwrapExpression(node);
  while (current.type === 'MemberExpression') {
    const name = propertyName(current);
    if (!name || !chaiWords.has(name)) return undefined;
    current = unwrapExpression(current.object);
  }
  if (current.type === 'CallExpression' && current.callee.type === 'Identifier' && current.callee.name === 'expect') return current;
  return undefined;
}

function testSites(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string): boolean {
  const [first, second] = call.arguments;
  // chai-http: expect(res).to.have.status(200), res.should.have.status(200)
  if (method === 'status' && propertyName(callee.object) === 'have') {
    emit(first, 'test', 'assert');
    return true;
  }
  const subject = expectCall(callee.object);
  if (subject) {
    const actual = subject.arguments[0];
    if (statusMatchers.has(method)) emit(first, 'test', 'assert');
    else if (
      method === 'toHaveProperty' &&
      isStringLike(first) &&
      ['status', 'statusCode'].includes((first as TSESTree.StringLiteral).value)
    )
      emit(second, 'test', 'assert');
    else if (!actual || !isStatusRead(actual)) return true;
    else if (equalityMatchers.has(method)) emit(first, 'test', 'assert', undefined, true);
    else if (relationalMatchers.has(method)) emit(first, 'test', 'range', undefined, true);
    return true;
  }
  // supertest: request(app).get('/').expect(200)
  if (method === 'expect' && unwrapExpression(callee.object).type === 'CallExpression' && !isStringLike(first)) {
    emit(first, 'test', 'assert');
    return true;
  }
  // assert.equal(res.statusCode, 200), t.is(res.status, 200)
  if (assertMethods.has(method) && first && second && first.type !== 'SpreadElement' && second.type !== 'SpreadElement') {
    const owner = unwrapExpression(callee.object);
    if (owner.type === 'Identifier' && (owner.name === 'assert' || owner.name === 't')) {
      if (isStatusRead(first)) emit(second, 'test', 'assert', undefined, true);
      else if (isStatusRead(second)) emit(first, 'test', 'assert', undefined, true);
      return true;
    }
  }
  return false;
}

/** Every method name a status position can follow; any other call is passed over at once. */
export const siteMethods: ReadonlySet<string> = new Set([
  'status',
  'sendStatus',
  'writeHead',
  'redirect',
  'code',
  'throw',
  'assert',
  'includes',
  'expect',
  'toHaveProperty',
  ...honoBodyMethods,
  ...equalityMatchers,
  ...relationalMatchers,
  ...statusMatchers,
  ...assertMethods,
]);
/** Bare functions that hold a status whatever module they come from (NestJS, h3, http-errors). */
export const siteFunctions: ReadonlySet<string> = new Set(['HttpCode', 'Redirect', 'ApiResponse', 'setResponseStatus', 'createError']);

function callSites(call: TSESTree.CallExpression, facts: FileFacts): void {
  const callee = unwrapExpression(call.callee);
  const [first, second] = call.arguments;

  if (callee.type === 'MemberExpression') {
    const method = propertyName(callee);
    if (!method || !siteMethods.has(method)) return;
    const receiver = unwrapExpression(callee.object);

    if (receiver.type === 'Identifier' && (receiver.name === 'Response' || receiver.name === 'NextResponse')) {
      const isNext = receiver.name === 'NextResponse';
      if (method === 'json')
        emit(statusProperty(second), isNext ? 'next' : 'fetch', 'send', isNext ? runtimeChecks.next : runtimeChecks.fetch);
      else if (method === 'redirect')
        emit(
          statusOrInit(second),
          isNext ? 'next' : 'fetch',
          'redirect',
          isNext ? runtimeChecks.nextRedirect : runtimeChecks.fetchRedirect,
        );
      return;
    }
    // [301, 302].includes(res.status)
    if (method === 'includes' && receiver.type === 'ArrayExpression' && first && isStatusRead(first)) {
      for (const element of receiver.elements) if (element) emit(element, 'code', 'compare', undefined, true);
      return;
    }
    if (testSites(call, callee, method)) return;

    const kind = responseHandleKind(receiver);
    if (kind) methodSites(call, kind, method);
    return;
  }

  if (callee.type !== 'Identifier') return;
  // Bare functions count by what they were imported as; '' is a name the file does not import.
  const binding = facts.bindings.get(callee.name);
  if (!binding && !siteFunctions.has(callee.name)) return;
  const module = binding?.module ?? '';
  const imported = binding?.imported ?? callee.name;

  if (module === '@sveltejs/kit') {
    if (imported === 'error') emit(first, 'sveltekit', 'throw', runtimeChecks.svelteError);
    else if (imported === 'redirect') emit(first, 'sveltekit', 'redirect', runtimeChecks.svelteRedirect);
    return;
  }
  if (isRemixModule(module)) {
    if (imported === 'json' || imported === 'data') emit(statusOrInit(second), 'remix', 'send', runtimeChecks.remix);
    else if (imported === 'redirect' || imported === 'redirectDocument' || imported === 'replace')
      emit(statusOrInit(second), 'remix', 'redirect', runtimeChecks.remix);
    return;
  }
  if (module === 'http-errors') {
    // http-errors takes its arguments in any order; the number is the status.
    emit(
      call.arguments.find((argument) => !isStringLike(argument) && argument.type !== 'ObjectExpression'),
      'http-errors',
      'throw',
      runtimeChecks.httpErrors,
    );
    return;
  }
  if (module !== '' && !nestModules.has(module) && !h3Modules.has(module)) return;

  switch (imported) {
    case 'HttpCode':
      emit(first, 'nestjs', 'declare');
      return;
    case 'Redirect':
      if (call.parent.type === 'Decorator') emit(second, 'nestjs', 'redirect');
      return;
    case 'ApiResponse':
      emit(statusProperty(first), 'nestjs', 'declare');
      return;
    case 'setResponseStatus':
      emit(second, 'h3', 'send', runtimeChecks.h3);
      return;
    case 'createError':
      if (first?.type === 'ObjectExpression') emit(statusProperty(first, ['statusCode', 'status']), 'h3', 'throw', runtimeChecks.h3);
      else if (module === '' && first && !isStringLike(first)) emit(first, 'http-errors', 'throw', runtimeChecks.httpErrors);
      return;
    default:
      return;
  }
}

function newSites(expression: TSESTree.NewExpression): void {
  const callee = unwrapExpression(expression.callee);
  if (callee.type !== 'Identifier') return;
  const [first, second] = expression.arguments;
  switch (callee.name) {
    case 'Response':
      emit(
        statusProperty(second),
        'fetch',
        'send',
        statusProperty(second, ['webSocket']) ? runtimeChecks.fetchWebSocket : runtimeChecks.fetch,
      );
      return;
    case 'NextResponse':
      emit(statusProperty(second), 'next', 'send', runtimeChecks.next);
      return;
    case 'HttpException':
      emit(second, 'nestjs', 'throw');
      return;
    case 'HTTPException':
      emit(first, 'hono', 'throw', runtimeChecks.hono);
      return;
    default:
      return;
  }
}

const errorName = /^(?:err|error|e|ex|exception|.+Error)$/;

function assignmentSites(assignment: TSESTree.AssignmentExpression): void {
  if (assignment.operator !== '=' || assignment.left.type !== 'MemberExpression') return;
  const property = propertyName(assignment.left);
  if (property !== 'status' && property !== 'statusCode') return;
  const kind = responseHandleKind(assignment.left.object);
  switch (kind) {
    case 'node-res':
      emit(assignment.right, 'node', 'send', runtimeChecks.node);
      return;
    case 'fastify-reply':
      emit(assignment.right, 'fastify', 'send', runtimeChecks.fastify);
      return;
    case 'context':
    case 'koa-response':
      emit(assignment.right, 'koa', 'send', runtimeChecks.koa);
      return;
    case 'elysia-set':
      emit(assignment.right, 'elysia', 'send', runtimeChecks.elysia);
      return;
    default: {
      // `err.status = 404; throw err` (Koa, Express error handlers)
      const object = unwrapExpression(assignment.left.object);
      if (object.type === 'Identifier' && errorName.test(object.name)) emit(assignment.right, 'code', 'throw', undefined, true);
    }
  }
}

const equalityOperators = new Set(['===', '!==', '==', '!=']);
const relationalOperators = new Set(['<', '<=', '>', '>=']);

function binarySites(expression: TSESTree.BinaryExpression): void {
  const isEquality = equalityOperators.has(expression.operator);
  if (!isEquality && !relationalOperators.has(expression.operator)) return;
  const role: StatusRole = isEquality ? 'compare' : 'range';
  if (isStatusRead(expression.left)) emit(expression.right, 'code', role, undefined, true);
  else if (isStatusRead(expression.right)) emit(expression.left, 'code', role, undefined, true);
}

function switchCaseSites(switchCase: TSESTree.SwitchCase): void {
  if (switchCase.test && isStatusRead(switchCase.parent.discriminant)) emit(switchCase.test, 'code', 'compare', undefined, true);
}

const lambdaSiblings = new Set(['body', 'headers', 'multiValueHeaders', 'isBase64Encoded']);

/** `return { statusCode: 404, body }`: the AWS Lambda / API Gateway result shape. */
function propertySites(property: TSESTree.Property): void {
  if (keyName(property) !== 'statusCode' || property.parent.type !== 'ObjectExpression') return;
  const hasSibling = property.parent.properties.some(
    (other) => other !== property && other.type === 'Property' && lambdaSiblings.has(keyName(other) ?? ''),
  );
  if (hasSibling) emit(property.value, 'aws-lambda', 'send', undefined, true);
}

/** The node types that can own a status position. */
export type SiteOwner =
  | TSESTree.CallExpression
  | TSESTree.NewExpression
  | TSESTree.AssignmentExpression
  | TSESTree.BinaryExpression
  | TSESTree.SwitchCase
  | TSESTree.Property;

/** Calls `sink` for every status position that `owner` holds. */
export function findStatusSites(owner: SiteOwner, facts: FileFacts, sink: SiteSink): void {
  currentSink = sink;
  currentOwner = owner;
  switch (owner.type) {
    case 'CallExpression':
      callSites(owner, facts);
      return;
    case 'NewExpression':
      newSites(owner);
      return;
    case 'AssignmentExpression':
      assignmentSites(owner);
      return;
    case 'BinaryExpression':
      binarySites(owner);
      return;
    case 'SwitchCase':
      switchCaseSites(owner);
      return;
    case 'Property':
      propertySites(owner);
      return;
  }
}

/** Constructors that take a status. */
export const siteConstructors: ReadonlySet<string> = new Set(['Response', 'NextResponse', 'HttpException', 'HTTPException']);
