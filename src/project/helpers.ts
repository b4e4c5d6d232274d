import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { Api, Effect, StatusEffect, StatusPlace } from '../apis/index.js';
import { isFunctionNode, keyName, propertyName, stringValue, unwrap } from '../ast/nodes.js';
import type { FunctionNode } from '../ast/nodes.js';
import { outflowOf } from '../analysis/callers.js';
import { decode } from '../analysis/decode.js';
import type { DecodableNode, Decoded, DecodeContext } from '../analysis/decode.js';
import { computeFileFacts } from '../analysis/file-facts.js';
import type { FileFacts, ImportedBinding } from '../analysis/file-facts.js';
import { handleRoot } from '../analysis/handle-identity.js';
import { handleKind } from '../analysis/handles.js';
import { isCandidateOwner } from '../analysis/owners.js';
import { projectModule } from '../analysis/scope.js';
import { createConstantResolver } from '../analysis/status-value.js';
import type { ConstantResolver } from '../analysis/status-value.js';
import { statusLeaves } from '../analysis/leaves.js';
import type { ValueContext } from '../analysis/leaves.js';
import { allBuiltinProviders } from '../providers/index.js';
import { StampedCache } from './files.js';
import { fileText } from './files.js';
import { isWorkspacePackage, resolveProjectModule } from './locate-module.js';
import { moduleReaderOf } from './parse.js';
import type { ModuleReader } from './parse.js';

/**
 * Response helpers of the project's own modules, learned by running the plugin's decoder on them:
 * `redirectWithToast(url, toast, init)` returns `redirect(url, { ...init, headers })`, so it is a
 * redirect whose status the init argument decides, 302 without one. What is learned is an entry
 * in the catalogue's shape (`Api`), which the decoder reads for the call as for any framework API.
 */

/** How many `export ... from` hops an export is followed to the module that defines it. */
const MAX_REEXPORTS = 3;

/** A module holds no response helper unless its text names a redirect, a status, a response or an error. */
const mayHoldHelper = /redirect|status|Response|throw|json|send|reply|\.code\(/i;

/** An export: a function of the module, or a name re-exported from another. */
type Exported = { readonly fn: FunctionNode } | { readonly from: string; readonly imported: string };

/** What one answer of a helper does, before answers are merged into one API. */
type Learned = Api & { readonly key: string };

/** The value or handle answers of one exported function, merged: one API, or null when none or several disagree. */
function merge(answers: readonly Learned[]): Api | null {
  const redirects = answers.filter((answer) => answer.redirect);
  const chosen = redirects.length > 0 ? redirects : answers;
  const keys = new Set(chosen.map((answer) => answer.key));
  if (keys.size !== 1) return null;
  return Object.fromEntries(Object.entries(chosen[0]!).filter(([name]) => name !== 'key')) as unknown as Api;
}

/** The index of the parameter `node` names in `fn`, with its default when it has one. */
function parameterOf(
  fn: FunctionNode,
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { index: number; fallback: TSESTree.Node | undefined } | undefined {
  if (node.type !== 'Identifier') return undefined;
  const variable = findVariable(sourceCode, node);
  const definition = variable?.defs[0];
  if (definition?.type !== 'Parameter' || definition.node !== fn) return undefined;
  const index = fn.params.findIndex((param) => (param.type === 'AssignmentPattern' ? param.left : param) === definition.name);
  if (index < 0) return undefined;
  const param = fn.params[index]!;
  return { index, fallback: param.type === 'AssignmentPattern' ? param.right : undefined };
}

function findVariable(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier) {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}

/** `init.status`, `init?.status`: the init parameter whose `status` decides. */
function initOfStatus(node: TSESTree.Node): TSESTree.Node | undefined {
  const target = node.type === 'ChainExpression' ? node.expression : node;
  return target.type === 'MemberExpression' && propertyName(target) === 'status' ? unwrap(target.object) : undefined;
}

/** Where a status comes from in a helper: a place among its parameters and a default, or a stated code; undefined when unknown. */
function statusOf(
  fn: FunctionNode,
  effect: StatusEffect,
  context: ValueContext,
): { place?: StatusPlace; defaultStatus?: number; key: string } | undefined {
  const sourceCode = context.sourceCode;
  if (!effect.node) {
    if (effect.defaultCode !== undefined) return { defaultStatus: effect.defaultCode, key: `=${effect.defaultCode}` };
    // `redirect(url, { ...init, headers })`, `redirect(url, init)`: the caller's init decides.
    const param = effect.initFrom && parameterOf(fn, unwrap(effect.initFrom.node), sourceCode);
    if (!param || param.fallback) return undefined;
    const defaultStatus = effect.initFrom!.defaultCode;
    return { place: { init: param.index }, defaultStatus, key: `init${param.index}=${defaultStatus}` };
  }
  let place: StatusPlace | undefined;
  let placeKey = '';
  const codes = new Set<number>();
  for (const leaf of statusLeaves(effect.node, context)) {
    if (leaf.code !== undefined) {
      codes.add(leaf.code);
      continue;
    }
    const direct = parameterOf(fn, leaf.node, sourceCode);
    const init = direct ? undefined : initOfStatus(leaf.node);
    const param = direct ?? (init && parameterOf(fn, init, sourceCode));
    if (!param || place) return undefined;
    // `redirect(url, init)` hands its init on whole: a number or an init object, as the API takes it.
    const whole = direct && effect.initFrom?.node === effect.node;
    place = init ? { init: param.index } : whole ? { argumentOrInit: param.index } : { argument: param.index };
    placeKey = `${Object.keys(place)[0]}${param.index}`;
    if (param.fallback) {
      const fallback = statusLeaves(param.fallback, context);
      if (fallback.length !== 1 || fallback[0]!.code === undefined) return undefined;
      codes.add(fallback[0]!.code);
    }
  }
  if (codes.size > 1) return undefined;
  const [defaultStatus] = codes;
  if (!place && defaultStatus === undefined) return undefined;
  return { ...(place ? { place } : {}), ...(defaultStatus === undefined ? {} : { defaultStatus }), key: `${placeKey}=${defaultStatus}` };
}

/** The header names an effect sets; 'unknown' when the code does not say which. */
function headersSet(effects: readonly Effect[]): string[] | 'unknown' {
  const names: string[] = [];
  for (const effect of effects) {
    if (effect.kind !== 'header') continue;
    if (!effect.names) return 'unknown';
    names.push(...effect.names);
  }
  return names;
}

/** The nodes of a function's own body (not of functions inside it) that the decoder may know. */
function ownersIn(fn: FunctionNode, keys: Readonly<Record<string, readonly string[] | undefined>>): DecodableNode[] {
  const found: DecodableNode[] = [];
  const stack: TSESTree.Node[] = [fn.body];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isFunctionNode(node)) continue;
    if (
      (node.type === 'CallExpression' || node.type === 'NewExpression' || node.type === 'AssignmentExpression') &&
      isCandidateOwner(node, true)
    )
      found.push(node);
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child])
        if (item && typeof (item as TSESTree.Node).type === 'string') stack.push(item as TSESTree.Node);
    }
  }
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

/** Whether a parameter that holds a response is handed to code the decoder does not know, which may set headers. */
function handedOn(
  fn: FunctionNode,
  index: number,
  sourceCode: Readonly<TSESLint.SourceCode>,
  decodedOwners: ReadonlySet<TSESTree.Node>,
): boolean {
  const param = fn.params[index];
  const name = param?.type === 'AssignmentPattern' ? param.left : param;
  if (name?.type !== 'Identifier') return true;
  const variable = sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === name.name);
  return (variable?.references ?? []).some((reference) => {
    const parent = reference.identifier.parent;
    return (
      (parent.type === 'CallExpression' || parent.type === 'NewExpression') &&
      parent.callee !== reference.identifier &&
      !decodedOwners.has(parent)
    );
  });
}

/** One module's exports and what each does, read once per modification time. */
class ModuleSummary implements DecodeContext, ValueContext {
  readonly facts: FileFacts;
  private readonly exported = new Map<string, Exported>();
  private readonly stars: string[] = [];
  private readonly apis = new Map<string, Api | null>();
  private constants: ConstantResolver | undefined;

  constructor(
    readonly file: string,
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly helpers: ProjectHelpers,
  ) {
    this.facts = computeFileFacts(sourceCode.ast);
    this.readExports();
  }

  resolveConstant(node: TSESTree.MemberExpression): { code: number; constantText: string } | undefined {
    return (this.constants ??= createConstantResolver(this.facts, allBuiltinProviders()))(node);
  }

  /** A helper of another project module that this one calls: each module is read once, and a cycle learns nothing. */
  projectApi(binding: ImportedBinding, _call: TSESTree.CallExpression, member?: string): Api | null | undefined {
    return this.helpers.apiOf(binding, this.file, member);
  }

  /** The learned API of an export; null when it is no response helper, undefined when the module does not say. */
  api(name: string, hops = 0): Api | null | undefined {
    if (this.apis.has(name)) return this.apis.get(name);
    // A cycle of helpers calling each other learns nothing.
    this.apis.set(name, null);
    const exported = this.exported.get(name);
    let api: Api | null | undefined;
    if (exported && 'fn' in exported) api = this.summarize(exported.fn, name);
    else if (exported)
      api = hops < MAX_REEXPORTS ? this.helpers.exportOf(exported.from, exported.imported, this.file, hops + 1) : undefined;
    else
      for (const from of this.stars) {
        api = hops < MAX_REEXPORTS ? this.helpers.exportOf(from, name, this.file, hops + 1) : undefined;
        if (api) break;
      }
    this.apis.set(name, api ?? null);
    return api ?? null;
  }

  /** What the function answers: with a response it is handed, or with the response, redirect or error it returns or throws. */
  private summarize(fn: FunctionNode, name: string): Api | null {
    const owners = ownersIn(fn, this.sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>);
    const decoded = owners.flatMap((owner) => decode(owner, this) ?? []);
    const answers: Learned[] = [];
    const decodedOwners = new Set<TSESTree.Node>(decoded.map((found) => found.owner));
    for (const found of decoded) {
      if (found.framework === 'code' || found.framework === 'test') continue;
      const learned = found.handle ? this.handleAnswer(fn, found, decoded, decodedOwners) : this.valueAnswer(fn, found);
      if (learned) answers.push({ ...learned, helper: name, framework: 'project' });
    }
    return merge(answers);
  }

  private commonParts(fn: FunctionNode, found: Decoded): { api: Partial<Api>; key: string } | undefined {
    const status = found.effects.find((effect): effect is StatusEffect => effect.kind === 'status');
    const redirect = found.effects.find((effect) => effect.kind === 'redirect');
    if (!status && !redirect) return undefined;
    const decided = status ? statusOf(fn, status, this) : undefined;
    if (!decided && !(redirect && status === undefined)) return undefined;
    const place = decided?.place;
    // An explicit status after the URL (`redirectTo(url, status = 302)`) is the only one a fix can add at the call.
    const afterUrl = place && (('argument' in place && place.argument === 1) || ('argumentOrInit' in place && place.argumentOrInit === 1));
    const api: Partial<Api> = {
      ...(place ? { status: place } : {}),
      ...(decided?.defaultStatus === undefined ? {} : { defaultStatus: decided.defaultStatus }),
      ...(place && 'init' in place ? { headers: { init: place.init } } : {}),
      role: status?.role ?? 'redirect',
      runtime: status?.runtime,
      ...(redirect ? { redirect: afterUrl ? 'after-url' : 'none' } : {}),
    };
    return { api, key: `${api.role}:${redirect ? 'r' : ''}:${decided?.key ?? ''}` };
  }

  /** `res.status(code).json(x)` on a response parameter. */
  private handleAnswer(
    fn: FunctionNode,
    found: Decoded,
    decoded: readonly Decoded[],
    decodedOwners: ReadonlySet<TSESTree.Node>,
  ): Learned | undefined {
    const root = handleRoot(found.handle!);
    const param = parameterOf(fn, root, this.sourceCode);
    if (!param) return undefined;
    const common = this.commonParts(fn, found);
    if (!common) return undefined;
    // The headers the helper sets on the same response, anywhere in it.
    let setsHeaders: string[] | 'unknown' = handedOn(fn, param.index, this.sourceCode, decodedOwners) ? 'unknown' : [];
    for (const other of decoded) {
      if (setsHeaders === 'unknown') break;
      if (!other.handle || parameterOf(fn, handleRoot(other.handle), this.sourceCode)?.index !== param.index) continue;
      const names = headersSet(other.effects);
      setsHeaders = names === 'unknown' ? names : [...setsHeaders, ...names];
    }
    const api = { ...common.api, handle: param.index, ...(setsHeaders === 'unknown' || setsHeaders.length > 0 ? { setsHeaders } : {}) };
    return { ...(api as Api), key: `h${param.index}:${common.key}` };
  }

  /** A response, redirect or error the function returns or throws. */
  private valueAnswer(fn: FunctionNode, found: Decoded): Learned | undefined {
    const value = found.effects.some((effect) => effect.kind === 'value');
    const thrown = found.effects.some((effect) => effect.kind === 'status' && effect.role === 'throw');
    if (!value && !thrown) return undefined;
    let around: TSESTree.Node | undefined = found.owner.parent;
    while (around && !isFunctionNode(around)) around = around.parent;
    if (around !== fn || !outflowOf(found.owner, this.sourceCode)) return undefined;
    const common = this.commonParts(fn, found);
    if (!common) return undefined;
    const names = headersSet(found.effects);
    const api = {
      ...common.api,
      ...(value ? { value: true } : {}),
      ...(names === 'unknown' || names.length > 0 ? { setsHeaders: names } : {}),
    };
    return { ...(api as Api), key: `v${value}:${common.key}` };
  }

  /** `export function f`, `export const f = () =>`, `export { f as g }`, `export * from`, `exports.f =`, `module.exports = { f }`. */
  private readExports(): void {
    const locals = new Map<string, FunctionNode>();
    const program = this.sourceCode.ast;
    const declared = (statement: TSESTree.Node | null | undefined) => {
      if (statement?.type === 'FunctionDeclaration' && statement.id) locals.set(statement.id.name, statement);
      if (statement?.type === 'VariableDeclaration')
        for (const declarator of statement.declarations) {
          const init = declarator.init && unwrap(declarator.init);
          if (declarator.id.type === 'Identifier' && init && isFunctionNode(init)) locals.set(declarator.id.name, init);
        }
    };
    for (const statement of program.body) declared(statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement);
    const local = (node: TSESTree.Node | null | undefined): FunctionNode | undefined => {
      const target = node && unwrap(node);
      if (!target) return undefined;
      if (isFunctionNode(target)) return target;
      return target.type === 'Identifier' ? locals.get(target.name) : undefined;
    };
    const add = (name: string, node: TSESTree.Node | null | undefined) => {
      const fn = local(node);
      if (fn) this.exported.set(name, { fn });
    };
    for (const statement of program.body) {
      if (statement.type === 'ExportNamedDeclaration') {
        const declaration = statement.declaration;
        if (declaration?.type === 'FunctionDeclaration' && declaration.id) add(declaration.id.name, declaration);
        if (declaration?.type === 'VariableDeclaration')
          for (const declarator of declaration.declarations)
            if (declarator.id.type === 'Identifier') add(declarator.id.name, declarator.init);
        for (const specifier of statement.specifiers) {
          const exportedName = keyOfName(specifier.exported);
          const localName = keyOfName(specifier.local);
          if (statement.source) this.exported.set(exportedName, { from: statement.source.value, imported: localName });
          else add(exportedName, specifier.local);
        }
      } else if (statement.type === 'ExportDefaultDeclaration') add('default', statement.declaration);
      else if (statement.type === 'ExportAllDeclaration' && !statement.exported) this.stars.push(statement.source.value);
      else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
        const { left, right } = statement.expression;
        const target = commonJsExport(left);
        if (target === 'module.exports') {
          const object = unwrap(right);
          if (object.type === 'ObjectExpression') {
            for (const property of object.properties)
              if (property.type === 'Property') {
                const key = keyName(property);
                if (key !== undefined) add(key, property.value);
              }
          } else add('default', right);
        } else if (target !== undefined) add(target, right);
      }
    }
  }
}

const keyOfName = (name: TSESTree.Identifier | TSESTree.StringLiteral) => (name.type === 'Identifier' ? name.name : name.value);

/** `module.exports` -> 'module.exports'; `exports.f`, `module.exports.f` -> 'f'. */
function commonJsExport(left: TSESTree.Node): string | undefined {
  if (left.type !== 'MemberExpression') return undefined;
  const property = propertyName(left) ?? stringValue(left.property);
  const object = left.object;
  if (object.type === 'Identifier' && object.name === 'module') return property === 'exports' ? 'module.exports' : undefined;
  if (object.type === 'Identifier' && object.name === 'exports') return property;
  if (
    object.type === 'MemberExpression' &&
    object.object.type === 'Identifier' &&
    object.object.name === 'module' &&
    propertyName(object) === 'exports'
  )
    return property;
  return undefined;
}

/** The project helpers one reader (one parser and its options) learns, per module and modification time. */
export class ProjectHelpers {
  /** A module's summary; 'none' when its text names nothing that answers; undefined when it cannot be read or parsed. */
  private readonly summaries = new StampedCache<ModuleSummary | 'none' | undefined>((module) => {
    const text = fileText.get(module);
    if (text === undefined) return undefined;
    if (!mayHoldHelper.test(text)) return 'none';
    const sourceCode = this.reader.sourceCode(module);
    return sourceCode && new ModuleSummary(module, sourceCode, this);
  });

  constructor(private readonly reader: ModuleReader) {}

  /** The module a specifier of `fromFile` names, when it is the project's own; rechecked as the disk may change. */
  private resolve(specifier: string, fromFile: string): string | undefined {
    return resolveProjectModule(specifier, fromFile);
  }

  /** The API of export `name` of the module `specifier` names from `fromFile`. */
  exportOf(specifier: string, name: string, fromFile: string, hops = 0): Api | null | undefined {
    if (!projectModule.test(specifier) && !isWorkspacePackage(specifier, fromFile)) return undefined;
    const file = this.resolve(specifier, fromFile);
    if (!file) return undefined;
    const summary = this.summaries.get(file);
    // A module whose text names nothing that answers holds no helper.
    if (summary === 'none') return null;
    return summary?.api(name, hops);
  }

  /** The learned API of an imported binding (of `member` of a namespace or CommonJS module object). */
  apiOf(binding: ImportedBinding, fromFile: string, member?: string): Api | null | undefined {
    if (binding.typeOnly) return undefined;
    const whole = binding.imported === '*' || binding.imported === 'default';
    if (member !== undefined && !whole) return undefined;
    return this.exportOf(binding.module, member ?? binding.imported, fromFile);
  }
}

const helpersByReader = new WeakMap<ModuleReader, ProjectHelpers>();

/** The project helpers for the linted file's parser, or undefined when other modules cannot be read. */
export function projectHelpersOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ProjectHelpers | undefined {
  const filename = context.filename;
  if (!filename || !path.isAbsolute(filename)) return undefined;
  const reader = moduleReaderOf(context);
  if (!reader) return undefined;
  let helpers = helpersByReader.get(reader);
  if (!helpers) helpersByReader.set(reader, (helpers = new ProjectHelpers(reader)));
  return helpers;
}

/** The local names a file imports from project modules: called directly, or as a namespace (`respond.sendError()`). */
export function projectBindings(facts: FileFacts, filename?: string): { direct: Set<string>; namespaces: Set<string> } | undefined {
  let found: { direct: Set<string>; namespaces: Set<string> } | undefined;
  for (const binding of facts.bindings.values()) {
    if (binding.typeOnly) continue;
    // The project's modules, and packages of the same repository that its workspace links.
    if (!projectModule.test(binding.module) && !(filename && path.isAbsolute(filename) && isWorkspacePackage(binding.module, filename)))
      continue;
    found ??= { direct: new Set(), namespaces: new Set() };
    if (binding.imported === '*' || binding.imported === 'default') found.namespaces.add(binding.local);
    if (binding.imported !== '*') found.direct.add(binding.local);
  }
  return found;
}

/**
 * Whether a call of a project function can matter to a rule, so that its module is worth reading:
 * it hands over a response (`sendError(res, ...)`) or something that may be a status (a number, a
 * constant, `{ status }`), or it stands in a route handler, whose answers the rules judge.
 */
export function helperCallMayMatter(
  call: TSESTree.CallExpression,
  context: { isConstant(node: TSESTree.MemberExpression): boolean; inRoute(call: TSESTree.CallExpression): boolean },
): boolean {
  for (const argument of call.arguments) {
    const value = unwrap(argument);
    if (value.type === 'Literal' && typeof value.value === 'number') return true;
    if (value.type === 'UnaryExpression' && value.argument.type === 'Literal') return true;
    if (value.type === 'MemberExpression' && context.isConstant(value)) return true;
    if (
      value.type === 'ObjectExpression' &&
      value.properties.some((property) => property.type === 'Property' && /^status(?:Code)?$/.test(keyName(property) ?? ''))
    )
      return true;
    if (handleKind(value)) return true;
  }
  return context.inRoute(call);
}
