import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { returnIsContent, type EmptyBodyEdit, type Framework, type StatusEdit, type StatusEffect } from '../apis/index.js';
import type { Decoded, DecodableNode } from './decode.js';
import { functionAround, functionName } from '../ast/nodes.js';
import { calledFunction, callsOf, outflowOf, parameterCalls } from './callers.js';
import { parameterOf } from './parameter-statuses.js';
import { canRunBefore, followsInStraightLine } from './flow-order.js';
import { handleKind } from './handles.js';
import { methodReturns, returnedAfter } from './returned-content.js';
import { handOffMaySetHeaders, sendsAtOnce } from './hand-offs.js';
import { HandleIdentity, handleRoot, type Handle } from './handle-identity.js';
import { headersGivenWithError } from './headers.js';
import type { StatusLeaf } from './leaves.js';
import type { RouteFinder, RouteMethods } from './routes.js';

/** One code a response can be sent with. */
export interface StatusAnswer {
  /** Where the code is stated; undefined for the API's default and for an unknown status. */
  readonly node: TSESTree.Node | undefined;
  /** The code; undefined when unknown. */
  readonly code: number | undefined;
  /** The API's default applies: no status is given. */
  readonly isDefault: boolean;
  /** The whole status expression (`ok ? 204 : 200`), when one is given. */
  readonly expression: TSESTree.Node | undefined;
  /**
   * A status a function of the file is given (`sendError(res, 401)` for `res.status(code)`): the calls
   * that pass it in, innermost first, the code stated at the last; and the function that call calls.
   */
  readonly through?: { readonly calls: readonly TSESTree.CallExpression[]; readonly helper: string };
}

/** The headers known to be set on a response, or why they cannot be known. */
export type KnownHeaders = { readonly known: true; readonly names: ReadonlySet<string> } | { readonly known: false; readonly why: string };

/** A response sent with a stated code: `res.status(401)`, `new Response(null, { status: 405 })`, `ctx.throw(401)`. */
export interface SentStatus {
  readonly node: TSESTree.Node;
  readonly code: number;
  /** An error that carries the status, which an error handler may complete. */
  readonly exception: boolean;
  /** The function of the file that sends it, where the status is passed in at `node`: `sendError` in `sendError(res, 401)`. */
  readonly helper?: string;
  /** The headers known to be set; `headerSetters` names the project's helpers that set headers whatever their names say. */
  headers(headerSetters?: ReadonlySet<string>): KnownHeaders;
}

/** What sends content: a decoded call or assignment, or a handler's `return`. */
type ContentSender = Pick<Decoded, 'framework' | 'emptyBody'> & { readonly owner: TSESTree.Node };

/** Content sent with a known status. */
export interface ContentWithStatus {
  readonly content: TSESTree.Node;
  readonly code: number;
  readonly framework: Framework;
  /** The call, `new`, assignment or `return` that sends the content. */
  readonly sender: TSESTree.Node;
  readonly status: StatusAnswer;
  /** The node that sets the status, when it is not the sender. */
  readonly statusOwner: TSESTree.Node | undefined;
  readonly emptyBody: EmptyBodyEdit | undefined;
}

export interface RedirectAnswer {
  readonly call: TSESTree.CallExpression;
  readonly status: StatusAnswer;
  readonly edit: StatusEdit | undefined;
  /** The methods of the handler the redirect answers. */
  readonly route: RouteMethods | undefined;
  /** The project's helper of another module that redirects (`redirectWithToast`), and the named function that calls it. */
  readonly helper?: { readonly name: string; readonly caller: string | undefined };
}

type Event =
  | { readonly kind: 'status'; readonly owner: DecodableNode; readonly statuses: readonly StatusAnswer[] }
  | { readonly kind: 'header'; readonly owner: DecodableNode; readonly names: ReadonlySet<string> | undefined }
  | { readonly kind: 'content'; readonly owner: TSESTree.Node; readonly sender: ContentSender; readonly content: TSESTree.Node }
  | {
      readonly kind: 'redirect';
      readonly owner: DecodableNode;
      readonly statuses: readonly StatusAnswer[];
      readonly edit: StatusEdit | undefined;
    };

interface ResponseValue {
  readonly decoded: Decoded;
  readonly statuses: readonly StatusAnswer[];
  readonly content: TSESTree.Node | undefined;
  readonly headers: ReadonlySet<string> | undefined;
  readonly redirect: StatusEdit | undefined | null;
  /** Hono's context, whose `c.header()` calls add to every response it builds. */
  readonly factory: Handle<Event> | undefined;
}

/** Where a response with a status is sent, for the hand-offs that may have set its headers first. */
interface SendPoint {
  readonly node: TSESTree.Node;
  /** The response leaves later than `node`: code after it on the same path may still set headers. */
  readonly later: boolean;
}

const none: ReadonlySet<string> = new Set();

function knownHeaders(
  handle: Handle<Event> | undefined,
  own: ReadonlySet<string> | undefined,
  send: SendPoint,
  headerSetters: ReadonlySet<string>,
): KnownHeaders {
  if (!own) return { known: false, why: 'its headers are built where the code does not say which' };
  if (!handle) return { known: true, names: own };
  // A helper handed the response to send it (`sendError(res, 401)`) says itself which headers it sets.
  const sender = (reference: TSESTree.Node) => reference.parent === send.node && send.node.type === 'CallExpression';
  if (handle.handOffs.some((reference) => !sender(reference) && handOffMaySetHeaders(reference, send.node, send.later, headerSetters)))
    return { known: false, why: 'the response is handed to other code, which may set headers' };
  const names = new Set(own);
  for (const event of handle.events) {
    if (event.kind !== 'header') continue;
    if (!event.names) return { known: false, why: 'a header is set by a name the code does not state' };
    for (const name of event.names) names.add(name);
  }
  return { known: true, names };
}

/** How many calls up the headers of a handed response are looked for. */
const MAX_CALLER_DEPTH = 3;

/** The headers set on a caller's response before it hands the response on at `call`. */
function headersBefore(caller: Handle<Event>, call: TSESTree.Node, argument: TSESTree.Node, setters: ReadonlySet<string>): KnownHeaders {
  const names = new Set<string>();
  for (const event of caller.events) {
    if (event.kind !== 'header' || event.owner.range[1] > call.range[0] || !canRunBefore(event.owner, call)) continue;
    if (!event.names) return { known: false, why: 'a header is set by a name the code does not state' };
    for (const name of event.names) names.add(name);
  }
  const handedHere = handleRoot(argument);
  for (const reference of caller.handOffs)
    if (reference !== handedHere && reference.range[1] <= call.range[0] && handOffMaySetHeaders(reference, call, false, setters))
      return { known: false, why: 'the response is handed to other code, which may set headers' };
  return { known: true, names };
}

function* contentAnswers(
  decoded: ContentSender,
  content: TSESTree.Node,
  statuses: readonly StatusAnswer[],
  statusOwner: TSESTree.Node | undefined,
  wanted: (code: number) => boolean,
): Iterable<ContentWithStatus> {
  const { framework, owner: sender, emptyBody } = decoded;
  for (const status of statuses) {
    if (status.code !== undefined && wanted(status.code))
      yield { content, code: status.code, framework, sender, status, statusOwner, emptyBody };
  }
}

/** The response model of one file: responses built from decoded nodes, and the answers the rules ask for. */
export class Responses {
  private readonly identity: HandleIdentity<Event>;
  private readonly values: ResponseValue[] = [];
  /** Errors that carry a status: `ctx.throw(401)`, `createError(401, msg, { headers })`. */
  private readonly exceptions: { readonly owner: DecodableNode; readonly statuses: readonly StatusAnswer[] }[] = [];
  private sorted = false;
  /** Calls of project helpers learned from other modules, by the helper's name. */
  private readonly helpers = new Map<TSESTree.Node, string>();
  /** Values a decorated method returns, with the status its decorator sets: `@HttpCode(204)`. */
  private readonly methodResults: {
    readonly sender: ContentSender;
    readonly content: TSESTree.Node;
    readonly statuses: readonly StatusAnswer[];
    readonly statusOwner: TSESTree.Node;
  }[] = [];

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly routeFinder: RouteFinder,
    private readonly leavesOf: (node: TSESTree.Node) => readonly StatusLeaf[],
  ) {
    this.identity = new HandleIdentity(sourceCode);
  }

  private answers(effect: StatusEffect | undefined): readonly StatusAnswer[] {
    if (!effect?.node)
      return [{ node: undefined, code: effect?.defaultCode, isDefault: effect?.defaultCode !== undefined, expression: undefined }];
    return this.leafAnswers(effect.node, undefined, 0);
  }

  /** The answers of a status expression, a parameter's followed to what each call of its function passes in. */
  private leafAnswers(expression: TSESTree.Node, through: StatusAnswer['through'], depth: number): StatusAnswer[] {
    const found: StatusAnswer[] = [];
    for (const leaf of this.leavesOf(expression)) {
      if (leaf.code === undefined && leaf.node.type === 'Identifier' && depth < MAX_CALLER_DEPTH)
        found.push(...this.passedIn(leaf.node, through?.calls ?? [], depth + 1));
      // A leaf reached through a variable is answered where the response states the variable.
      found.push({ node: leaf.viaVariable ? expression : leaf.node, code: leaf.code, isDefault: false, expression, through });
    }
    return found;
  }

  /** The function the outermost of `calls` calls. */
  private throughName(calls: readonly TSESTree.CallExpression[]): string {
    const fn = calledFunction(calls[calls.length - 1]!, this.sourceCode);
    return (fn && functionName(fn)) ?? '';
  }

  /** `send(res, code)` called as `send(res, 401)`, or as `send(res)` where `code = 200`: the codes each call gives. */
  private passedIn(identifier: TSESTree.Identifier, inner: readonly TSESTree.CallExpression[], depth: number): StatusAnswer[] {
    const parameter = parameterOf(this.sourceCode, identifier);
    if (!parameter) return [];
    const helper = functionName(parameter.fn)!;
    const found: StatusAnswer[] = [];
    let defaulted = false;
    for (const call of callsOf(parameter.fn, this.sourceCode)) {
      if (inner.includes(call)) continue;
      const argument = call.arguments[parameter.index];
      if (argument?.type === 'SpreadElement') continue;
      if (argument && !(argument.type === 'Identifier' && argument.name === 'undefined'))
        found.push(...this.leafAnswers(argument, { calls: [...inner, call], helper }, depth));
      else defaulted = true;
    }
    // A default is stated in the function, as its own status is: answered once, for every caller.
    const outer = inner.length > 0 ? { calls: inner, helper: this.throughName(inner) } : undefined;
    if (defaulted && parameter.fallback) found.push(...this.leafAnswers(parameter.fallback, outer, depth));
    return found;
  }

  add(decoded: Decoded): void {
    if (decoded.helper !== undefined) this.helpers.set(decoded.owner, decoded.helper);
    let status: StatusEffect | undefined;
    let content: TSESTree.Node | undefined;
    let headers: ReadonlySet<string> | undefined = new Set<string>();
    let redirect: StatusEdit | undefined | null = null;
    let factory: TSESTree.Node | undefined | null = null;
    let methodResult = false;
    for (const effect of decoded.effects) {
      if (effect.kind === 'status') status = effect;
      else if (effect.kind === 'content') content = effect.node;
      else if (effect.kind === 'header') headers = effect.names;
      else if (effect.kind === 'redirect') redirect = effect.edit;
      else if (effect.kind === 'method-result') methodResult = true;
      else factory = effect.factory;
    }
    if (status?.role === 'throw' && status.node) this.exceptions.push({ owner: decoded.owner, statuses: this.answers(status) });
    if (methodResult && status?.node) {
      const sender = (owner: TSESTree.Node) => ({ framework: decoded.framework, owner, emptyBody: undefined });
      const statuses = this.answers(status);
      for (const returned of methodReturns(decoded.owner))
        this.methodResults.push({ sender: sender(returned), content: returned.argument!, statuses, statusOwner: decoded.owner });
    }
    if (factory !== null) {
      const maker = factory ? this.identity.of(factory) : undefined;
      this.values.push({ decoded, statuses: this.answers(status), content, headers, redirect, factory: maker });
      return;
    }
    if (!decoded.handle) return;
    const events = this.identity.of(decoded.handle).events;
    const owner = decoded.owner;
    if (redirect !== null) events.push({ kind: 'redirect', owner, statuses: this.answers(status), edit: redirect });
    else if (status?.node && status.role === 'send') {
      events.push({ kind: 'status', owner, statuses: this.answers(status) });
      const kind = returnIsContent.size > 0 ? handleKind(decoded.handle) : undefined;
      const returned = kind && returnIsContent.has(kind) ? returnedAfter(owner, decoded.handle) : undefined;
      if (returned?.argument) {
        const sender = { framework: decoded.framework, owner: returned, emptyBody: undefined };
        events.push({ kind: 'content', owner: returned, sender, content: returned.argument });
      }
    }
    if (headers?.size !== 0) events.push({ kind: 'header', owner, names: headers });
    if (content) events.push({ kind: 'content', owner, sender: decoded, content });
  }

  // Visitors enter `res.status(204).json(x)` outside-in; evaluation order is by where each call ends.
  private handles(): Iterable<Handle<Event>> {
    if (!this.sorted) {
      for (const handle of this.identity.handles.values()) handle.events.sort((a, b) => a.owner.range[1] - b.owner.range[1]);
      this.sorted = true;
    }
    return this.identity.handles.values();
  }

  /** Every stated status a response is sent with (or an error carries), with the headers known to be set on it. */
  *sentStatuses(withExceptions: boolean): Iterable<SentStatus> {
    for (const handle of this.handles()) {
      for (const event of handle.events) {
        if (event.kind !== 'status') continue;
        for (const { node, code, through } of event.statuses) {
          const send = { node: event.owner, later: !sendsAtOnce(event.owner) };
          if (code !== undefined)
            yield {
              node: node!,
              code,
              exception: false,
              ...(through && { helper: through.helper }),
              headers: (setters = none) => this.alongCalls(handle, knownHeaders(handle, new Set(), send, setters), setters, through),
            };
        }
      }
    }
    // A status in a `const init` that several responses use is answered once.
    const seen = new Set<TSESTree.Node>();
    for (const value of this.values) {
      // A stated status only: defaults (200, a helper's redirect) need nothing or set it themselves.
      for (const { node, code, through } of value.statuses) {
        const send = { node: value.decoded.owner, later: false };
        const own = (setters: ReadonlySet<string>) => knownHeaders(value.factory, value.headers, send, setters);
        if (node && code !== undefined && !seen.has(node) && seen.add(node))
          yield {
            node,
            code,
            exception: false,
            ...(through && { helper: through.helper }),
            headers: (setters = none) =>
              through && value.factory ? this.alongCalls(value.factory, own(setters), setters, through) : own(setters),
          };
      }
    }
    if (!withExceptions) return;
    for (const { owner, statuses } of this.exceptions) {
      for (const { node, code } of statuses) {
        if (node && code !== undefined)
          yield {
            node,
            code,
            exception: true,
            headers: () => knownHeaders(undefined, headersGivenWithError(this.sourceCode, owner), { node: owner, later: false }, none),
          };
      }
    }
  }

  /**
   * The headers of a response sent with a status its function is given: those set on the response
   * before each call that passes the status in (`res.set(...); sendError(res, 401)`), then those of
   * the callers of the outermost function. Without `through`, the headers every caller sets.
   */
  private alongCalls(
    handle: Handle<Event>,
    known: KnownHeaders,
    setters: ReadonlySet<string>,
    through: StatusAnswer['through'],
  ): KnownHeaders {
    if (!through || !known.known) return this.withCallers(handle, known, setters, 1);
    const names = new Set(known.names);
    let current = handle;
    for (const call of through.calls) {
      const handed = parameterCalls(current.variable, this.sourceCode).find((candidate) => candidate.call === call);
      // The response is not handed at this call (the function reads one around it): its own headers are all there is.
      if (!handed) return { known: true, names };
      current = this.identity.of(handed.argument);
      const before = headersBefore(current, call, handed.argument, setters);
      if (!before.known) return before;
      for (const name of before.names) names.add(name);
    }
    return this.withCallers(current, { known: true, names }, setters, through.calls.length + 1);
  }

  /**
   * The headers of a response a function of the file is handed, with those each caller sets on it
   * before the call (`res.set('WWW-Authenticate', ...); sendError(res)`): a header counts when every call sets it first.
   */
  private withCallers(handle: Handle<Event>, known: KnownHeaders, setters: ReadonlySet<string>, depth: number): KnownHeaders {
    if (!known.known || depth > MAX_CALLER_DEPTH) return known;
    const calls = parameterCalls(handle.variable, this.sourceCode);
    if (calls.length === 0) return known;
    let common: Set<string> | undefined;
    for (const { call, argument } of calls) {
      const caller = this.identity.of(argument);
      const before = this.withCallers(caller, headersBefore(caller, call, argument, setters), setters, depth + 1);
      if (!before.known) return before;
      common = common ? new Set([...common].filter((name) => before.names.has(name))) : new Set(before.names);
    }
    return { known: true, names: new Set([...known.names, ...common!]) };
  }

  /** Content sent with a status for which `wanted` holds, where the status surely applies to it. */
  *contentsWith(wanted: (code: number) => boolean): Iterable<ContentWithStatus> {
    for (const result of this.methodResults)
      yield* contentAnswers(result.sender, result.content, result.statuses, result.statusOwner, wanted);
    for (const value of this.values) {
      if (value.redirect === null && value.content) yield* contentAnswers(value.decoded, value.content, value.statuses, undefined, wanted);
    }
    for (const handle of this.handles()) {
      let last: Extract<Event, { kind: 'status' }> | undefined;
      for (const event of handle.events) {
        if (event.kind === 'status') last = event;
        else if (event.kind === 'redirect') last = undefined;
        else if (event.kind === 'content' && last && followsInStraightLine(last.owner, event.owner))
          yield* contentAnswers(event.sender, event.content, last.statuses, last.owner, wanted);
      }
    }
  }

  /** Every redirect with each code it can have, and the methods of its handler. */
  *redirects(): Iterable<RedirectAnswer> {
    // A status in a `const init` that several redirects of one handler use is answered once.
    const seen = new Map<TSESTree.Node, Set<RouteMethods | undefined>>();
    for (const handle of this.handles()) {
      let last: Extract<Event, { kind: 'status' }> | undefined;
      for (const event of handle.events) {
        if (event.kind === 'status') last = event;
        if (event.kind !== 'redirect' || event.owner.type !== 'CallExpression') continue;
        yield* this.redirectAnswers(event.owner, keptStatuses(event, last) ?? event.statuses, event.edit, seen, 'handle');
        last = undefined;
      }
    }
    for (const value of this.values) {
      const owner = value.decoded.owner;
      if (value.redirect !== null && owner.type === 'CallExpression')
        yield* this.redirectAnswers(owner, value.statuses, value.redirect, seen, 'value');
    }
  }

  /**
   * The route a redirect answers with a status its function is given: the handler around the
   * outermost call that passes it in. A returned redirect answers only where each call gives it back.
   */
  private routeOfCalls(
    call: TSESTree.CallExpression,
    through: NonNullable<StatusAnswer['through']>,
    answer: 'handle' | 'value',
  ): RouteMethods | undefined {
    if (answer === 'value' && [call, ...through.calls].some((node) => !outflowOf(node, this.sourceCode))) return undefined;
    const outermost = through.calls[through.calls.length - 1]!;
    const route = this.routeFinder.around(outermost, answer);
    if (!route || route.through) return route;
    const caller = functionAround(outermost);
    const handler = { name: caller && functionName(caller), methods: route.methods, source: route.source };
    return { ...route, through: { helper: through.helper, handlers: [handler] } };
  }

  private *redirectAnswers(
    call: TSESTree.CallExpression,
    statuses: readonly StatusAnswer[],
    edit: StatusEdit | undefined,
    seen: Map<TSESTree.Node, Set<RouteMethods | undefined>>,
    answer: 'handle' | 'value',
  ): Iterable<RedirectAnswer> {
    const route = this.routeFinder.around(call, answer);
    const name = this.helpers.get(call);
    const helper = name === undefined ? undefined : { name, caller: namedFunctionAround(call) };
    for (const status of statuses) {
      if (status.through) {
        const passed = this.routeOfCalls(call, status.through, answer);
        if (passed) yield { call, status, edit, route: passed };
        continue;
      }
      const routes = status.node && (seen.get(status.node) ?? seen.set(status.node, new Set()).get(status.node)!);
      if (routes?.has(route)) continue;
      routes?.add(route);
      yield helper ? { call, status, edit, route, helper } : { call, status, edit, route };
    }
  }
}

/** The codes Koa's `ctx.redirect()` keeps when the status already is one of them (`statuses.redirect`). */
const keptRedirectCodes: ReadonlySet<number> = new Set([300, 301, 302, 303, 305, 307, 308]);

/**
 * A redirect that keeps a status assigned before it (Koa: `ctx.status = 303; ctx.redirect(url)`)
 * has that status, when every code it can be is a redirect; its default applies otherwise.
 */
function keptStatuses(
  redirect: Extract<Event, { kind: 'redirect' }>,
  last: Extract<Event, { kind: 'status' }> | undefined,
): readonly StatusAnswer[] | undefined {
  if (typeof redirect.edit !== 'object' || !last || !redirect.statuses.every((status) => status.isDefault)) return undefined;
  if (!followsInStraightLine(last.owner, redirect.owner)) return undefined;
  const codes = last.statuses.map((status) => status.code);
  return codes.length > 0 && codes.every((code) => code !== undefined && keptRedirectCodes.has(code)) ? last.statuses : undefined;
}

/** The name of the nearest named function around a node: the handler, as the code names it. */
function namedFunctionAround(node: TSESTree.Node): string | undefined {
  for (let fn = functionAround(node); fn; fn = functionAround(fn)) {
    const name = functionName(fn);
    if (name !== undefined) return name;
  }
  return undefined;
}
