import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  globals,
  handleAssignments,
  handleMethods,
  importedApis,
  moduleApis,
  namedHelpers,
  shapeCalls,
  shapeDecoders,
  statics,
} from '../apis/index.js';
import { statusEffect } from '../apis/types.js';
import type { Api, Effect, EmptyBodyEdit, Framework, NamedPlace, StatusEffect } from '../apis/index.js';
import { propertyName, stringValue, unwrap } from '../ast/nodes.js';
import type { ReturnedValue } from '../ast/nodes.js';
import type { FileFacts, ImportedBinding } from './file-facts.js';
import { classMeaning, enclosingClass, statusParameters } from './declared-classes.js';
import { handleKind } from './handles.js';
import { headerNames } from './headers.js';
import { headersOf, statusEffectOf } from './api-effects.js';

/** The node types that can hold a status, a header, content or a redirect. */
export type DecodableNode =
  | TSESTree.CallExpression
  | TSESTree.NewExpression
  | TSESTree.AssignmentExpression
  | TSESTree.BinaryExpression
  | TSESTree.SwitchCase
  | TSESTree.Property
  | NamedPlace
  | ReturnedValue;

/** What one node does, read once from the catalogue. */
export interface Decoded {
  readonly owner: DecodableNode;
  readonly framework: Framework;
  /** The response object it acts on: `res` in `res.status(404)`; undefined for values and plain code. */
  readonly handle: TSESTree.Node | undefined;
  readonly effects: readonly Effect[];
  /** How the same response is sent without content, when it sends some. */
  readonly emptyBody: EmptyBodyEdit | undefined;
  /** The project's function it answers through, when its API was learned from another module. */
  readonly helper?: string;
}

export interface DecodeContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly facts: FileFacts;
  /** The file's memo of decoded nodes, where it keeps one. */
  decodeOnce?(node: DecodableNode): Decoded | undefined;
  /**
   * The API learned from the project module an imported binding comes from, for `call` (`member` of it
   * for a namespace): null when the module was read and the export is no response helper, undefined when unknown.
   */
  projectApi?(binding: ImportedBinding, call: TSESTree.CallExpression, member?: string): Api | null | undefined;
}

/** Content that is really no content: `null`, `undefined`, `void 0`, `''`. */
export function isEmptyContent(node: TSESTree.Node | undefined): boolean {
  if (!node) return true;
  const target = unwrap(node);
  if (target.type === 'Literal') return target.value === null || target.value === '';
  if (target.type === 'Identifier') return target.name === 'undefined';
  return target.type === 'UnaryExpression' && target.operator === 'void';
}

function fromApi(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  api: Api,
  receiver: TSESTree.Node | undefined,
  context: DecodeContext,
): Decoded | undefined {
  const args = node.arguments;
  // A project's helper acts on the response it is handed: `sendError(res, 401)`.
  const handle = api.handle === undefined ? receiver : args[api.handle];
  if (handle?.type === 'SpreadElement' || (api.handle !== undefined && !handle)) return undefined;
  const effects: Effect[] = [];
  if (api.status || api.defaultStatus !== undefined) {
    const status = statusEffectOf(api, args, context.sourceCode);
    // `response.status()` reads a status (Playwright); only a value built without one has an unknown status.
    if (status.node || status.defaultCode !== undefined || api.value) effects.push(status);
  }
  if (api.header || api.headers || api.value || api.setsHeaders)
    effects.push({ kind: 'header', names: headersOf(api, args, context.sourceCode) });
  if (api.content) {
    const content = args[api.content.argument];
    if (api.content.always || !isEmptyContent(content)) effects.push({ kind: 'content', node: content ?? node });
  }
  if (api.setsResultStatus && node.parent.type === 'Decorator') effects.push({ kind: 'method-result' });
  if (api.redirect) effects.push({ kind: 'redirect', edit: api.redirect === 'none' ? undefined : api.redirect });
  if (api.value) effects.push({ kind: 'value', factory: handle });
  if (effects.length === 0) return undefined;
  const decoded: Decoded = {
    owner: node,
    framework: api.framework,
    handle: api.value ? undefined : handle,
    effects,
    emptyBody: api.emptyBody,
  };
  return api.helper === undefined ? decoded : { ...decoded, helper: api.helper };
}

function first(apis: readonly Api[] | undefined, node: TSESTree.CallExpression | TSESTree.NewExpression): Api | undefined {
  return apis?.find((api) => !api.when || api.when(node));
}

function fromShapes(owner: DecodableNode, effects: readonly StatusEffect[] | undefined): Decoded | undefined {
  if (!effects?.length) return undefined;
  return { owner, framework: effects[0]?.framework ?? 'code', handle: undefined, effects, emptyBody: undefined };
}

function decodeMemberCall(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, context: DecodeContext): Decoded | undefined {
  const method = propertyName(callee);
  if (!method) return undefined;
  const receiver = unwrap(callee.object);
  if (receiver.type === 'Identifier') {
    const binding = context.facts.bindings.get(receiver.name);
    const table = binding
      ? moduleApis(binding.module)
          .find((apis) => apis.statics.has(binding.imported))
          ?.statics.get(binding.imported)
      : undefined;
    const staticTable = table ?? statics.get(receiver.name);
    if (staticTable) {
      const api = first(staticTable.get(method), call);
      return api ? fromApi(call, api, undefined, context) : undefined;
    }
    // `respond.sendError(res, 401)` with `respond` a project module.
    const learned = binding && context.projectApi?.(binding, call, method);
    if (learned) return fromApi(call, learned, undefined, context);
  }
  for (const decodeShape of shapeCalls.get(method) ?? []) {
    // An empty answer means the shape is the decoder's, with no status in it: no handle either.
    const effects = decodeShape(call, method);
    if (effects) return fromShapes(call, effects);
  }
  const kind = handleKind(receiver);
  const api = kind && first(handleMethods.get(kind)?.get(method), call);
  return api ? fromApi(call, api, receiver, context) : undefined;
}

function decodeCall(call: TSESTree.CallExpression, context: DecodeContext): Decoded | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === 'MemberExpression') return decodeMemberCall(call, callee, context);
  if (callee.type === 'Super') return decodeSuper(call, context);
  if (callee.type !== 'Identifier') return undefined;
  // Bare functions count by what they were imported as; globals only when the file does not import the name.
  const binding = context.facts.bindings.get(callee.name);
  const candidates = binding
    ? moduleApis(binding.module).flatMap((apis) => importedApis(apis.functions, binding.imported) ?? [])
    : globals.get(callee.name);
  // A project module's function is known by what it does (null: read, and no helper), else by the shape of its name.
  const learned = binding ? context.projectApi?.(binding, call) : undefined;
  const api =
    first(candidates, call) ??
    learned ??
    (learned === null || (binding && moduleApis(binding.module).length > 0) ? undefined : namedHelper(call, callee.name));
  return api ? fromApi(call, api, undefined, context) : undefined;
}

/** A project's helper the catalogue knows by the shape of its name. */
function namedHelper(call: TSESTree.CallExpression, name: string): Api | undefined {
  return namedHelpers.find((helper) => helper.name.test(name) && (!helper.api.when || helper.api.when(call)))?.api;
}

function decodeNew(expression: TSESTree.NewExpression, context: DecodeContext): Decoded | undefined {
  const callee = unwrap(expression.callee);
  return callee.type === 'Identifier' ? decodeConstruction(expression, callee, context, false) : undefined;
}

/** `super(404, msg)` in a class that extends an error class: a construction of that class. */
function decodeSuper(call: TSESTree.CallExpression, context: DecodeContext): Decoded | undefined {
  const superClass = enclosingClass(call)?.superClass;
  const callee = superClass && unwrap(superClass);
  return callee?.type === 'Identifier' ? decodeConstruction(call, callee, context, true) : undefined;
}

/** `new X(...)`, or `super(...)` under `extends X` (`errorsOnly`: a subclass of a Response is not decoded). */
function decodeConstruction(
  node: TSESTree.NewExpression | TSESTree.CallExpression,
  callee: TSESTree.Identifier,
  context: DecodeContext,
  errorsOnly: boolean,
): Decoded | undefined {
  const { declared, apis } = classMeaning(context.sourceCode, context.facts, callee);
  if (declared) {
    const statuses = [...statusParameters(context.sourceCode, declared)].flatMap((index) => node.arguments[index] ?? []);
    if (statuses.length > 0)
      return fromShapes(
        node,
        statuses.map((status) => statusEffect(status, 'code', 'throw', true)),
      );
  }
  const api = first(apis, node);
  if (api) return errorsOnly && api.role !== 'throw' ? undefined : fromApi(node, api, undefined, context);
  for (const shapes of shapeDecoders) {
    const decoded = fromShapes(node, shapes.construction?.(callee, node.arguments));
    if (decoded) return decoded;
  }
  return undefined;
}

function decodeNamedPlace(node: NamedPlace): Decoded | undefined {
  for (const shapes of shapeDecoders) {
    const decoded = fromShapes(node, shapes.namedPlace?.(node));
    if (decoded) return decoded;
  }
  return undefined;
}

function decodeAssignment(assignment: TSESTree.AssignmentExpression, context: DecodeContext): Decoded | undefined {
  const left = assignment.left;
  if (assignment.operator !== '=' || left.type !== 'MemberExpression') return undefined;
  // set.headers['WWW-Authenticate'] = ... (Elysia)
  if (left.object.type === 'MemberExpression') {
    const holder = propertyName(left.object);
    const kind = holder && handleKind(left.object.object);
    if (kind && handleAssignments.get(kind)?.get(holder)?.headers) {
      const name = left.computed ? stringValue(left.property) : propertyName(left);
      const names = name === undefined ? undefined : new Set([name.toLowerCase()]);
      return {
        owner: assignment,
        framework: handleAssignments.get(kind)!.get(holder)!.framework,
        handle: left.object.object,
        effects: [{ kind: 'header', names }],
        emptyBody: undefined,
      };
    }
  }
  const property = propertyName(left);
  const kind = property && handleKind(left.object);
  const api = kind && handleAssignments.get(kind)?.get(property);
  if (!api) {
    for (const shapes of shapeDecoders) {
      const decoded = fromShapes(assignment, shapes.assignment?.(assignment));
      if (decoded) return decoded;
    }
    return undefined;
  }
  const value = assignment.right;
  const effects: Effect[] = [];
  if (api.status)
    effects.push({
      kind: 'status',
      node: value,
      defaultCode: undefined,
      role: 'send',
      framework: api.framework,
      runtime: api.runtime,
      byShape: false,
    });
  if (api.content && !isEmptyContent(value)) effects.push({ kind: 'content', node: value });
  if (api.header) effects.push({ kind: 'header', names: new Set([api.header]) });
  if (api.headers) effects.push({ kind: 'header', names: headerNames(context.sourceCode, value) });
  if (effects.length === 0) return undefined;
  const emptyBody: EmptyBodyEdit | undefined = api.content ? { kind: 'assign-null' } : undefined;
  return { owner: assignment, framework: api.framework, handle: left.object, effects, emptyBody };
}

/** `{ status: 404 }` in the init object of a call the catalogue knows: the call's status, decoded with the call. */
function claimedByCall(property: TSESTree.Property, context: DecodeContext): boolean {
  const call = property.parent.parent;
  if (call?.type !== 'CallExpression' && call?.type !== 'NewExpression') return false;
  const decoded = context.decodeOnce ? context.decodeOnce(call) : decode(call, context);
  return decoded?.effects.some((effect) => effect.kind === 'status' && effect.node === property.value) ?? false;
}

/** What `node` does, by the catalogue; undefined when it is nothing the plugin knows. */
export function decode(node: DecodableNode, context: DecodeContext): Decoded | undefined {
  switch (node.type) {
    case 'CallExpression':
      return decodeCall(node, context);
    case 'NewExpression':
      return decodeNew(node, context);
    case 'AssignmentExpression':
      return node.left.type === 'Identifier' ? decodeNamedPlace(node) : decodeAssignment(node, context);
    case 'VariableDeclarator':
    case 'PropertyDefinition':
    case 'AssignmentPattern':
      return decodeNamedPlace(node);
    case 'BinaryExpression':
    case 'SwitchCase':
      for (const shapes of shapeDecoders) {
        const decoded = fromShapes(node, shapes.comparison?.(node));
        if (decoded) return decoded;
      }
      return undefined;
    case 'ReturnStatement':
    case 'ArrowFunctionExpression':
      for (const shapes of shapeDecoders) {
        const decoded = fromShapes(node, shapes.returned?.(node));
        if (decoded) return decoded;
      }
      return undefined;
    case 'Property':
      if (claimedByCall(node, context)) return undefined;
      for (const shapes of shapeDecoders) {
        const decoded = fromShapes(node, shapes.property?.(node, context.sourceCode));
        if (decoded) return decoded;
      }
      return undefined;
  }
}
