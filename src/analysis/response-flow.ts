import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { keyName, propertyName, stringValue } from './ast.js';
import type { FileFacts } from './file-facts.js';
import { responseHandleKind, unwrapExpression } from './handles.js';
import type { HandleKind } from './handles.js';
import { isFunctionNode, routeMethodsOf } from './route-methods.js';
import type { FunctionNode, RouteMethods } from './route-methods.js';
import { isRemixModule } from './status-sites.js';
import type { FoundSite, Framework } from './status-sites.js';

/** A status as a response states it: known, unknown (a variable), or the API's default. */
export interface FlowStatus {
  /** The status expression, absent when the API's default applies. */
  readonly node: TSESTree.Node | undefined;
  /** The code, when the source states it or the default applies. */
  readonly code: number | undefined;
}

export type FlowEvent =
  | { readonly kind: 'status'; readonly node: TSESTree.Node; readonly status: FlowStatus; readonly framework: Framework }
  /** A header set on the response; `name` is lower case, undefined when the code does not say which. */
  | { readonly kind: 'header'; readonly node: TSESTree.Node; readonly name: string | undefined }
  /** Content sent: `res.json(x)`, `reply.send(x)`, `ctx.body = x`. */
  | {
      readonly kind: 'body';
      readonly node: TSESTree.CallExpression | TSESTree.AssignmentExpression;
      readonly framework: Framework;
      readonly content: TSESTree.Node;
    }
  | {
      readonly kind: 'redirect';
      readonly node: TSESTree.CallExpression;
      readonly status: FlowStatus;
      readonly framework: Framework;
      readonly statusEdit: StatusEdit;
      /** The methods of the handler the redirect is answered from. */
      readonly routeMethods: RouteMethods | undefined;
    };

/**
 * Where an explicit status goes when a redirect relies on its default: before the URL
 * (Express `res.redirect(303, url)`), after it (Fastify 5, Hono, Fetch, Remix, NestJS), or in
 * an assignment before the statement (Koa `ctx.status = 303; ctx.redirect(url)`).
 */
export type StatusEdit = 'before-url' | 'after-url' | 'assign-before';

/** One response object (`res`, `reply`, `ctx`, `c`) and what a file does to it. */
export interface HandleFlow {
  /** In evaluation order. */
  readonly events: FlowEvent[];
  /** Passed to other code (a helper, middleware, an alias): headers may be set where we cannot see. */
  readonly escapes: boolean;
}

/** A response built as a value: `new Response(b, init)`, `Response.json(...)`, `c.json(b, 201)`, `redirect(url)`. */
export interface ResponseValue {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly framework: Framework;
  readonly status: FlowStatus;
  /** The content expression; undefined when none is given. */
  readonly content: TSESTree.Node | undefined;
  /** Whether the API always sends content (JSON helpers serialise even `null`). */
  readonly alwaysHasContent: boolean;
  /** Lower-case names; undefined when the code does not say which. */
  readonly headers: ReadonlySet<string> | undefined;
  readonly isRedirect: boolean;
  readonly statusEdit: StatusEdit | undefined;
  /** Hono's context, whose `c.header()` calls add to every response it builds. */
  readonly factory: HandleFlow | undefined;
  readonly routeMethods: RouteMethods | undefined;
}

export interface ResponseFlow {
  readonly handles: readonly HandleFlow[];
  readonly values: readonly ResponseValue[];
}

const bodyMethods: Readonly<Partial<Record<HandleKind, ReadonlySet<string>>>> = {
  'node-res': new Set(['json', 'jsonp', 'send', 'end', 'write', 'render', 'sendFile', 'download']),
  'fastify-reply': new Set(['send']),
};
/** Methods that always send content, whatever their argument. */
const alwaysContent = new Set(['jsonp', 'render', 'sendFile', 'download']);

const headerSetters: Readonly<Partial<Record<HandleKind, ReadonlySet<string>>>> = {
  'node-res': new Set(['set', 'header', 'setHeader', 'append', 'appendHeader']),
  'fastify-reply': new Set(['header', 'headers']),
  context: new Set(['set', 'append', 'header']),
  'koa-response': new Set(['set', 'append']),
  'hono-context': new Set(['header']),
};
/** Helpers that set one header of their own. */
const impliedHeaders: Readonly<Record<string, string>> = {
  location: 'location',
  redirect: 'location',
  type: 'content-type',
  contentType: 'content-type',
  vary: 'vary',
  links: 'link',
  attachment: 'content-disposition',
  cookie: 'set-cookie',
  clearCookie: 'set-cookie',
};

const honoBuilders = new Set(['json', 'text', 'html', 'body', 'newResponse', 'redirect']);

/** Keys of an object literal, lower case; undefined when a key is computed or spread in. */
function objectKeys(node: TSESTree.ObjectExpression): Set<string> | undefined {
  const keys = new Set<string>();
  for (const property of node.properties) {
    const key = property.type === 'Property' ? keyName(property) : undefined;
    if (key === undefined) return undefined;
    keys.add(key.toLowerCase());
  }
  return keys;
}

/** Content that is really no content: `null`, `undefined`, `void 0`, `''`. */
export function isEmptyContent(node: TSESTree.Node | undefined): boolean {
  if (!node) return true;
  const target = unwrapExpression(node);
  if (target.type === 'Literal') return target.value === null || target.value === '';
  if (target.type === 'Identifier') return target.name === 'undefined';
  return target.type === 'UnaryExpression' && target.operator === 'void';
}

/** What the flow functions below read and fill: the builder of one file's model. */
type Builder = FlowBuilder;

function enclosingRouteMethods(builder: Builder, node: TSESTree.Node): RouteMethods | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    if (!builder.routeCache.has(current)) builder.routeCache.set(current, routeMethodsOf(current, builder.sourceCode));
    const methods = builder.routeCache.get(current);
    if (methods) return methods;
  }
  return undefined;
}

/** The variable or expression a handle chain starts from: `res` in `res.status(204).json(x)`. */
function handleRoot(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === 'CallExpression' && current.callee.type === 'MemberExpression') current = unwrapExpression(current.callee.object);
    else if (current.type === 'MemberExpression' && propertyName(current) === 'response' && current.object.type === 'Identifier')
      current = current.object;
    else return current;
  }
}

function variableOf(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}

/** True when a reference hands the object to other code rather than using its members. */
function escapes(reference: TSESLint.Scope.Reference): boolean {
  const parent = reference.identifier.parent;
  if (!parent) return false;
  if (parent.type === 'MemberExpression' && parent.object === reference.identifier) return false;
  if (parent.type === 'ReturnStatement' || parent.type === 'ExpressionStatement' || parent.type === 'AwaitExpression') return false;
  return true;
}

/** One response object's events; whether it escapes is looked up only if a rule asks. */
class Handle implements HandleFlow {
  readonly events: FlowEvent[] = [];
  private escapesValue: boolean | undefined;

  constructor(private readonly variable: TSESLint.Scope.Variable | undefined) {}

  get escapes(): boolean {
    return (this.escapesValue ??= this.variable !== undefined && this.variable.references.some(escapes));
  }
}

/** The nearest function around a node, or the program. */
function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent) {
    current = current.parent;
    if (isFunctionNode(current)) return current;
  }
  return current;
}

/**
 * True when every `name` read directly in `owner` (outside nested functions) means `variable`:
 * it is declared in owner's scope or around it, and no block inside owner declares the name again.
 */
function meansOneVariable(sourceCode: Readonly<TSESLint.SourceCode>, owner: TSESTree.Node, variable: TSESLint.Scope.Variable): boolean {
  const ownerScope = sourceCode.scopeManager?.acquire(owner, true);
  if (!ownerScope) return false;
  let encloses = false;
  for (let scope: TSESLint.Scope.Scope | null = ownerScope; scope && !encloses; scope = scope.upper) encloses = scope === variable.scope;
  if (!encloses) return false;
  const pending = [...ownerScope.childScopes];
  for (let scope = pending.pop(); scope; scope = pending.pop()) {
    if (scope.type === 'function') continue;
    if (scope.set.has(variable.name)) return false;
    pending.push(...scope.childScopes);
  }
  return true;
}

function handleFor(builder: Builder, receiver: TSESTree.Node): HandleFlow {
  const root = handleRoot(receiver);
  // `res.status(204).json(x)` asks twice for the same `res`: resolve each root node once.
  const known = builder.handleByRoot.get(root);
  if (known) return known;
  let key: unknown = root;
  let variable: TSESLint.Scope.Variable | undefined;
  let owner: TSESTree.Node | undefined;
  if (root.type === 'Identifier') {
    // A handler names its response once and uses it many times: resolve the name once per function.
    owner = enclosingFunction(root);
    const resolved = builder.handleByFunction.get(owner)?.get(root.name);
    if (resolved) {
      builder.handleByRoot.set(root, resolved);
      return resolved;
    }
    variable = variableOf(builder.sourceCode, root);
    key = variable ?? `${root.name}@${builder.sourceCode.getScope(root).block.range.join(':')}`;
  } else if (root.type === 'MemberExpression') {
    key = `${builder.sourceCode.getText(root)}@${builder.sourceCode.getScope(root).variableScope.block.range.join(':')}`;
  }
  let flow = builder.handles.get(key);
  if (!flow) {
    flow = new Handle(variable);
    builder.handles.set(key, flow);
  }
  builder.handleByRoot.set(root, flow);
  if (owner && variable && meansOneVariable(builder.sourceCode, owner, variable)) {
    let byName = builder.handleByFunction.get(owner);
    if (!byName) builder.handleByFunction.set(owner, (byName = new Map()));
    byName.set(variable.name, flow);
  }
  return flow;
}

function statusFrom(found: FoundSite | undefined, defaultCode?: number): FlowStatus {
  if (!found) return { node: undefined, code: defaultCode };
  return { node: found.site.node, code: found.value?.code };
}

/** Header names a `headers` value states: an object, `new Headers({...})`, `[[name, value]]`, or a Headers variable. */
function headerNames(builder: Builder, node: TSESTree.Node | undefined): Set<string> | undefined {
  if (!node) return new Set();
  const target = unwrapExpression(node);
  if (target.type === 'ObjectExpression') return objectKeys(target);
  if (target.type === 'NewExpression' && target.callee.type === 'Identifier' && target.callee.name === 'Headers') {
    return headerNames(builder, target.arguments[0]);
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
  if (target.type === 'Identifier') return headersVariableNames(builder, target);
  return undefined;
}

/** `const headers = new Headers(); headers.set('Allow', 'GET');` in the same file. */
function headersVariableNames(builder: Builder, identifier: TSESTree.Identifier): Set<string> | undefined {
  const variable = variableOf(builder.sourceCode, identifier);
  const definition = variable?.defs[0];
  if (!variable || definition?.type !== 'Variable' || definition.node.type !== 'VariableDeclarator' || !definition.node.init)
    return undefined;
  const names = headerNames(builder, definition.node.init);
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

function addValue(builder: Builder, value: Omit<ResponseValue, 'routeMethods'>): void {
  builder.values.push({ ...value, routeMethods: enclosingRouteMethods(builder, value.node) });
}

function onCall(builder: Builder, call: TSESTree.CallExpression): void {
  const callee = unwrapExpression(call.callee);
  const [first, second, third] = call.arguments;

  if (callee.type === 'Identifier') {
    const binding = builder.facts.bindings.get(callee.name);
    const imported = binding?.imported ?? callee.name;
    if (binding && isRemixModule(binding.module)) {
      if (imported === 'json' || imported === 'data') {
        const init = second?.type === 'ObjectExpression' ? second : undefined;
        const headers = init ? headersOfInit(builder, init) : new Set<string>();
        addValue(builder, {
          node: call,
          framework: 'remix',
          status: statusFrom(builder.siteOf(call), 200),
          content: first,
          alwaysHasContent: imported === 'json',
          headers,
          isRedirect: false,
          statusEdit: undefined,
          factory: undefined,
        });
      } else if (imported === 'redirect') {
        addValue(builder, {
          node: call,
          framework: 'remix',
          status: statusFrom(builder.siteOf(call), 302),
          content: undefined,
          alwaysHasContent: false,
          headers: new Set(['location']),
          isRedirect: true,
          statusEdit: 'after-url',
          factory: undefined,
        });
      }
    } else if (binding?.module === '@sveltejs/kit' && imported === 'redirect') {
      addValue(builder, {
        node: call,
        framework: 'sveltekit',
        status: statusFrom(builder.siteOf(call)),
        content: undefined,
        alwaysHasContent: false,
        headers: new Set(['location']),
        isRedirect: true,
        statusEdit: undefined,
        factory: undefined,
      });
    } else if ((!binding || binding.module === '@nestjs/common') && imported === 'Redirect' && call.parent.type === 'Decorator') {
      const method = call.parent.parent;
      const routeMethods =
        method.type === 'MethodDefinition' && isFunctionNode(method.value) ? routeMethodsOf(method.value, builder.sourceCode) : undefined;
      // `@Redirect()` without a URL takes status and URL from the return value.
      if (first)
        builder.values.push({
          node: call,
          framework: 'nestjs',
          status: statusFrom(builder.siteOf(call), 302),
          content: undefined,
          alwaysHasContent: false,
          headers: new Set(['location']),
          isRedirect: true,
          statusEdit: 'after-url',
          factory: undefined,
          routeMethods,
        });
    }
    return;
  }
  if (callee.type !== 'MemberExpression') return;
  const method = propertyName(callee);
  if (!method) return;
  const receiver = unwrapExpression(callee.object);

  if (receiver.type === 'Identifier' && (receiver.name === 'Response' || receiver.name === 'NextResponse')) {
    const isNext = receiver.name === 'NextResponse';
    const framework = isNext ? 'next' : 'fetch';
    if (method === 'json') {
      const init = second?.type === 'ObjectExpression' ? second : undefined;
      addValue(builder, {
        node: call,
        framework,
        status: statusFrom(builder.siteOf(call), 200),
        content: first,
        alwaysHasContent: true,
        headers: init ? headersOfInit(builder, init) : second ? undefined : new Set(),
        isRedirect: false,
        statusEdit: undefined,
        factory: undefined,
      });
    } else if (method === 'redirect') {
      addValue(builder, {
        node: call,
        framework,
        status: statusFrom(builder.siteOf(call), isNext ? 307 : 302),
        content: undefined,
        alwaysHasContent: false,
        headers: new Set(['location']),
        isRedirect: true,
        statusEdit: 'after-url',
        factory: undefined,
      });
    }
    return;
  }

  const kind = responseHandleKind(receiver);
  if (!kind) return;

  if (
    (kind === 'hono-context' || kind === 'context') &&
    honoBuilders.has(method) &&
    !(kind === 'context' && method === 'redirect' && isKoaRedirect(call))
  ) {
    const factory = handleFor(builder, receiver);
    const isRedirect = method === 'redirect';
    let headers: Set<string> | undefined = new Set(isRedirect ? ['location'] : []);
    const init = second?.type === 'ObjectExpression' ? second : undefined;
    if (init) headers = headersOfInit(builder, init);
    else if (third) headers = headerNames(builder, third);
    addValue(builder, {
      node: call,
      framework: 'hono',
      status: statusFrom(builder.siteOf(call), isRedirect ? 302 : undefined),
      content: isRedirect ? undefined : first,
      alwaysHasContent: method === 'json',
      headers,
      isRedirect,
      statusEdit: isRedirect ? 'after-url' : undefined,
      factory,
    });
    return;
  }

  const flow = handleFor(builder, receiver);
  const found = builder.siteOf(call);
  const framework: Framework = kind === 'fastify-reply' ? 'fastify' : kind === 'node-res' ? 'express' : 'koa';

  if (method === 'redirect') {
    const defaultCode = 302;
    const statusEdit: StatusEdit = kind === 'node-res' ? 'before-url' : kind === 'fastify-reply' ? 'after-url' : 'assign-before';
    flow.events.push({
      kind: 'redirect',
      node: call,
      status: statusFrom(found, defaultCode),
      framework,
      statusEdit,
      routeMethods: enclosingRouteMethods(builder, call),
    });
    flow.events.push({ kind: 'header', node: call, name: 'location' });
    return;
  }
  if (found && found.site.role === 'send') {
    flow.events.push({ kind: 'status', node: call, status: statusFrom(found), framework: found.site.framework });
    // res.writeHead(status, [reason,] headers)
    if (method === 'writeHead') {
      const headers = call.arguments[call.arguments.length - 1];
      if (call.arguments.length > 1 && headers && stringValue(headers) === undefined) addHeaders(builder, flow, call, headers);
    }
    return;
  }
  if (headerSetters[kind]?.has(method)) {
    const name = stringValue(first);
    if (name !== undefined) flow.events.push({ kind: 'header', node: call, name: name.toLowerCase() });
    else if (first) addHeaders(builder, flow, call, first);
    return;
  }
  const implied = impliedHeaders[method];
  if (implied && kind !== 'hono-context') {
    flow.events.push({ kind: 'header', node: call, name: implied });
    return;
  }
  if (bodyMethods[kind]?.has(method)) {
    if (alwaysContent.has(method) || (first && !isEmptyContent(first) && !(method === 'json' && first === undefined))) {
      flow.events.push({ kind: 'body', node: call, framework, content: first ?? call });
    }
  }
}

/** Koa's `ctx.redirect(url)` is a statement; Hono's handlers return `ctx.redirect(url, status)`. */
function isKoaRedirect(call: TSESTree.CallExpression): boolean {
  const returned =
    call.parent.type === 'ReturnStatement' ||
    call.parent.type === 'ArrowFunctionExpression' ||
    (call.parent.type === 'AwaitExpression' && call.parent.parent.type === 'ReturnStatement');
  return call.arguments.length < 2 && !returned;
}

/**
 * Headers given with an error that carries a status: http-errors' and Koa's
 * `createError(401, msg, { headers })`, `ctx.throw(401, msg, { headers })`. Undefined when unknown.
 */
export function headersGivenWithError(owner: TSESTree.Node): ReadonlySet<string> | undefined {
  if (owner.type !== 'CallExpression' && owner.type !== 'NewExpression') return new Set();
  for (const argument of owner.arguments) {
    if (argument.type === 'SpreadElement') return undefined;
    if (argument.type !== 'ObjectExpression') continue;
    for (const property of argument.properties) {
      if (property.type === 'SpreadElement') return undefined;
      if (!property.computed && property.key.type === 'Identifier' && property.key.name === 'headers') {
        return property.value.type === 'ObjectExpression' ? objectKeys(property.value) : undefined;
      }
    }
  }
  return new Set();
}

function headersOfInit(builder: Builder, init: TSESTree.ObjectExpression): Set<string> | undefined {
  for (const property of init.properties) {
    if (property.type === 'SpreadElement') return undefined;
    if (!property.computed && property.key.type === 'Identifier' && property.key.name === 'headers')
      return headerNames(builder, property.value);
  }
  return new Set();
}

function addHeaders(builder: Builder, flow: HandleFlow, node: TSESTree.Node, value: TSESTree.Node): void {
  const names = headerNames(builder, value);
  if (!names) flow.events.push({ kind: 'header', node, name: undefined });
  else for (const name of names) flow.events.push({ kind: 'header', node, name });
}

function onNew(builder: Builder, expression: TSESTree.NewExpression): void {
  const callee = unwrapExpression(expression.callee);
  if (callee.type !== 'Identifier' || (callee.name !== 'Response' && callee.name !== 'NextResponse')) return;
  const [content, init] = expression.arguments;
  const headers = init === undefined ? new Set<string>() : init.type === 'ObjectExpression' ? headersOfInit(builder, init) : undefined;
  const found = builder.siteOf(expression);
  addValue(builder, {
    node: expression,
    framework: callee.name === 'NextResponse' ? 'next' : 'fetch',
    status: init === undefined || (init.type === 'ObjectExpression' && !found) ? statusFrom(undefined, 200) : statusFrom(found),
    content,
    alwaysHasContent: false,
    headers,
    isRedirect: false,
    statusEdit: undefined,
    factory: undefined,
  });
}

function onAssignment(builder: Builder, assignment: TSESTree.AssignmentExpression): void {
  if (assignment.operator !== '=') return;
  const left = assignment.left;
  // set.headers['WWW-Authenticate'] = ... (Elysia)
  if (left.type === 'MemberExpression' && left.object.type === 'MemberExpression' && propertyName(left.object) === 'headers') {
    const kind = responseHandleKind(left.object.object);
    if (kind) {
      const flow = handleFor(builder, left.object.object);
      const name = left.computed ? stringValue(left.property) : left.property.type === 'Identifier' ? left.property.name : undefined;
      flow.events.push({ kind: 'header', node: assignment, name: name?.toLowerCase() });
    }
    return;
  }
  if (left.type !== 'MemberExpression') return;
  const property = propertyName(left);
  const kind = responseHandleKind(left.object);
  if (!property || !kind) return;
  const flow = handleFor(builder, left.object);
  if (property === 'status' || property === 'statusCode') {
    const found = builder.siteOf(assignment);
    if (found) flow.events.push({ kind: 'status', node: assignment, status: statusFrom(found), framework: found.site.framework });
  } else if (property === 'body' && (kind === 'context' || kind === 'koa-response')) {
    if (!isEmptyContent(assignment.right))
      flow.events.push({ kind: 'body', node: assignment, framework: 'koa', content: assignment.right });
  } else if (property === 'type' && (kind === 'context' || kind === 'koa-response')) {
    flow.events.push({ kind: 'header', node: assignment, name: 'content-type' });
  } else if (property === 'headers') {
    addHeaders(builder, flow, assignment, assignment.right);
  }
}

/** Methods the flow model looks at; any other call is passed over at once. */
export const flowMethods: ReadonlySet<string> = new Set([
  'json',
  'redirect',
  'status',
  'sendStatus',
  'writeHead',
  'code',
  'text',
  'html',
  'body',
  'newResponse',
  ...Object.values(headerSetters).flatMap((methods) => [...methods]),
  ...Object.keys(impliedHeaders),
  ...Object.values(bodyMethods).flatMap((methods) => [...methods]),
]);

/** Whether a call can concern a response: a method the model knows, or a function the file imports. */
export function callConcernsFlow(call: TSESTree.CallExpression, facts: FileFacts): boolean {
  const callee = call.callee;
  if (callee.type === 'MemberExpression') return callee.property.type === 'Identifier' && flowMethods.has(callee.property.name);
  return callee.type === 'Identifier' && (facts.bindings.has(callee.name) || callee.name === 'Redirect');
}

class Flow implements ResponseFlow {
  private sorted = false;

  constructor(private readonly builder: Builder) {}

  // Visitors enter `res.status(204).json(x)` outside-in; evaluation order is by where each call ends.
  get handles(): readonly HandleFlow[] {
    if (!this.sorted) {
      for (const handle of this.builder.handles.values()) handle.events.sort((a, b) => a.node.range[1] - b.node.range[1]);
      this.sorted = true;
    }
    return [...this.builder.handles.values()];
  }

  get values(): readonly ResponseValue[] {
    return this.builder.values;
  }
}

/** Builds the response-flow model of one file from the nodes the shared analysis visits. */
export class FlowBuilder {
  readonly handles = new Map<unknown, HandleFlow>();
  readonly handleByRoot = new Map<TSESTree.Node, HandleFlow>();
  readonly handleByFunction = new Map<TSESTree.Node, Map<string, HandleFlow>>();
  readonly values: ResponseValue[] = [];
  readonly routeCache = new Map<FunctionNode, RouteMethods | undefined>();
  readonly flow: ResponseFlow;

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    readonly facts: FileFacts,
    /** The first status site the recogniser kept on a call, `new` or assignment, with its value. */
    readonly siteOf: (owner: TSESTree.Node) => FoundSite | undefined,
  ) {
    this.flow = new Flow(this);
  }

  /** Only for calls that `callConcernsFlow` accepts. */
  onCall(node: TSESTree.CallExpression): void {
    onCall(this, node);
  }

  onNew(node: TSESTree.NewExpression): void {
    onNew(this, node);
  }

  onAssignment(node: TSESTree.AssignmentExpression): void {
    onAssignment(this, node);
  }
}

/** The model of a file with no response code at all. */
export const emptyFlow: ResponseFlow = Object.freeze({ handles: [], values: [] });
