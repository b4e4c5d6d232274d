import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { routes } from '../apis/index.js';
import {
  functionAround,
  functionName,
  isFunctionNode,
  keyName,
  propertyName,
  unwrap,
  moduleExportName,
  outermostWrapper,
} from '../ast/nodes.js';
import { callsOf, outflowOf } from './callers.js';
import { makesRouter, methodValues, routerCallOf } from './route-calls.js';
import { variableOf } from './scope.js';
import type { FunctionNode } from '../ast/nodes.js';
import { exportKeysOf } from '../project/export-keys.js';
import type { ProjectIndex } from '../project/index.js';

/** The HTTP methods a handler serves, and how that is known (for messages). */
export interface RouteMethods {
  readonly methods: readonly string[];
  /** "app.post()", "@Post()", "export POST", "a SvelteKit form action". */
  readonly source: string;
  /** Where each method comes from, when several registrations give them: the rule names the one it reports. */
  readonly sources?: readonly { readonly methods: readonly string[]; readonly source: string }[];
  /** Found through the calls of a function of the file: that function, and each handler that calls it. */
  readonly through?: { readonly helper: string; readonly handlers: readonly HandlerCall[] };
}

/** A route handler that calls a function of the file, directly or through others. */
export interface HandlerCall {
  /** The handler's own name (`action`), when it has one. */
  readonly name: string | undefined;
  readonly methods: readonly string[];
  readonly source: string;
}

/** How many calls deep a function's answer is followed to the handlers that call it. */
const MAX_CALLS = 3;

/** `app.post('/x', handler)`, `router.delete(...)`, `app.route('/x').put(handler)`, Hono, koa-router. */
function routerCallMethods(
  call: TSESTree.CallExpression,
  handler: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): RouteMethods | undefined {
  const route = routerCallOf(call, (receiver) => {
    const variable = variableOf(sourceCode, receiver);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    return definition?.node.type === 'VariableDeclarator' && makesRouter(definition.node.init);
  });
  return route?.handlers.includes(handler) && call.callee !== handler ? { methods: route.methods, source: route.source } : undefined;
}

/** `fastify.route({ method: 'POST', url, handler })`; SvelteKit's `export const actions = { default() {} }`. */
function propertyMethods(property: TSESTree.Property): RouteMethods | undefined {
  const options = property.parent;
  if (options.type !== 'ObjectExpression') return undefined;
  const key = keyName(property);
  const call = options.parent;
  for (const spec of routes.routeOptions) {
    if (key !== spec.handlerKey || call?.type !== 'CallExpression' || propertyName(unwrap(call.callee)) !== spec.method) continue;
    for (const other of options.properties) {
      if (other.type !== 'Property' || keyName(other) !== spec.methodKey) continue;
      const methods = methodValues(other.value);
      return methods ? { methods, source: `${spec.method}({ ${spec.methodKey} })` } : undefined;
    }
  }
  const declarator = options.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier') return undefined;
  const exported = routes.exportedObjects.get(declarator.id.name);
  return exported && declarator.parent.parent?.type === 'ExportNamedDeclaration' ? exported : undefined;
}

/** NestJS: a class method under @Post(), @Put(), ... */
function decoratorMethods(method: TSESTree.MethodDefinition): RouteMethods | undefined {
  for (const decorator of method.decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type === 'CallExpression' && expression.callee.type === 'Identifier') {
      const verb = routes.decorators.get(expression.callee.name);
      if (verb) return { methods: [verb], source: `@${expression.callee.name}()` };
    }
  }
  return undefined;
}

/** Route handlers exported by name: `export async function POST`, `export const action = ...`. */
function exportedNameMethods(name: string, exported: boolean): RouteMethods | undefined {
  const methods = exported ? routes.exports.get(name) : undefined;
  return methods ? { methods, source: `export ${name}` } : undefined;
}

/** The methods of every export a handler has: "export GET, export POST". */
function merged(found: readonly RouteMethods[]): RouteMethods | undefined {
  if (found.length < 2) return found[0];
  return { methods: [...new Set(found.flatMap((route) => route.methods))], source: found.map((route) => route.source).join(', ') };
}

/**
 * The methods a handler (or `withAuth(handler)`) is exported under: `export const POST = handler`,
 * `export const POST = withAuth(...)`, `export { handler as GET, handler as POST }`.
 */
function exportedMethods(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): RouteMethods | undefined {
  const declarator = outermostWrapper(value).parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init === null || declarator.id.type !== 'Identifier') return undefined;
  return (
    exportedNameMethods(declarator.id.name, declarator.parent.parent?.type === 'ExportNamedDeclaration') ??
    methodsByReference(declarator.id, sourceCode, depth + 1)
  );
}

/** Aliases followed from a handler to its export: `const a = b` chains are short, and may loop. */
const maxAliases = 3;

function methodsByReference(id: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): RouteMethods | undefined {
  if (depth > maxAliases) return undefined;
  const variable = sourceCode.getDeclaredVariables(id.parent).find((candidate) => candidate.name === id.name);
  const exported: RouteMethods[] = [];
  for (const reference of variable?.references ?? []) {
    const identifier = reference.identifier;
    const parent = identifier.parent;
    if (parent?.type === 'CallExpression') {
      const methods = routerCallMethods(parent, identifier, sourceCode);
      if (methods) return methods;
    }
    if (reference.init) continue;
    const methods =
      parent?.type === 'ExportSpecifier' && parent.local === identifier
        ? exportedNameMethods(moduleExportName(parent.exported), true)
        : exportedMethods(identifier, sourceCode, depth);
    if (methods) exported.push(methods);
  }
  return merged(exported);
}

/**
 * The methods a function serves as a route handler, judged by where it stands; a named
 * function is also found where a router is given it by name (`router.post('/x', create)`).
 */
function routeMethodsOf(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): RouteMethods | undefined {
  const parent = fn.parent;
  switch (parent.type) {
    case 'CallExpression':
      return routerCallMethods(parent, fn, sourceCode) ?? exportedMethods(fn, sourceCode);
    case 'Property':
      return parent.value === fn ? propertyMethods(parent) : undefined;
    case 'MethodDefinition':
      return decoratorMethods(parent);
    case 'ExportNamedDeclaration':
      return fn.type === 'FunctionDeclaration' && fn.id ? exportedNameMethods(fn.id.name, true) : undefined;
    case 'VariableDeclarator':
      if (parent.id.type !== 'Identifier') return undefined;
      return (
        exportedNameMethods(parent.id.name, parent.parent.parent?.type === 'ExportNamedDeclaration') ??
        methodsByReference(parent.id, sourceCode)
      );
    default:
      break;
  }
  if (fn.type === 'FunctionDeclaration' && fn.id) return methodsByReference(fn.id, sourceCode);
  return undefined;
}

/** Finds the methods of the handler around a node, each function judged once per file. */
export class RouteFinder {
  private readonly byFunction = new Map<FunctionNode, RouteMethods | undefined>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly project?: () => ProjectIndex | undefined,
  ) {}

  private of(fn: FunctionNode): RouteMethods | undefined {
    if (!this.byFunction.has(fn)) this.byFunction.set(fn, routeMethodsOf(fn, this.sourceCode) ?? this.registeredElsewhere(fn));
    return this.byFunction.get(fn);
  }

  /** An exported function that other modules of the project register: `app.post('/login', users.postLogin)` in app.js. */
  private registeredElsewhere(fn: FunctionNode): RouteMethods | undefined {
    const keys = this.project ? exportKeysOf(fn, this.sourceCode) : [];
    const registrations = keys.length > 0 ? (this.project!()?.registrationsOf(keys) ?? []) : [];
    if (registrations.length === 0) return undefined;
    const methods = [...new Set(registrations.flatMap((registration) => registration.methods))];
    const sources = registrations.map(({ methods: registered, source }) => ({ methods: registered, source }));
    return { methods, source: sources[0]!.source, sources };
  }

  /**
   * The methods of the nearest route handler around `node`; a method decorator belongs to its method.
   * With `answer`, a node outside any handler is followed to the handlers that call its function,
   * up to three calls deep: an answer on a `handle` the function is given counts wherever it is
   * called; a `value` (a returned `redirect()`) only where each call gives it back, or where it is thrown.
   */
  around(node: TSESTree.Node, answer?: 'handle' | 'value'): RouteMethods | undefined {
    if (node.parent?.type === 'Decorator') {
      const method = node.parent.parent;
      return method.type === 'MethodDefinition' && isFunctionNode(method.value) ? this.of(method.value) : undefined;
    }
    return this.handlerAround(node)?.methods ?? (answer ? this.throughCalls(node, answer) : undefined);
  }

  private handlerAround(node: TSESTree.Node): { fn: FunctionNode; methods: RouteMethods } | undefined {
    for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
      if (!isFunctionNode(current)) continue;
      const methods = this.of(current);
      if (methods) return { fn: current, methods };
    }
    return undefined;
  }

  private throughCalls(node: TSESTree.Node, answer: 'handle' | 'value'): RouteMethods | undefined {
    const helper = functionAround(node);
    const name = helper && functionName(helper);
    if (!helper || name === undefined) return undefined;
    let mustReturn = false;
    if (answer === 'value') {
      const flow = outflowOf(node, this.sourceCode);
      if (!flow) return undefined;
      mustReturn = flow === 'returned';
    }
    const handlers = this.handlersCalling(helper, mustReturn, 1, new Set());
    if (handlers.length === 0) return undefined;
    const methods = [...new Set(handlers.flatMap((handler) => handler.methods))];
    return { methods, source: handlers[0]!.source, through: { helper: name, handlers } };
  }

  /** The handlers that call `fn`, each call giving its value back where `mustReturn`. */
  private handlersCalling(fn: FunctionNode, mustReturn: boolean, depth: number, visited: Set<FunctionNode>): HandlerCall[] {
    if (depth > MAX_CALLS || visited.has(fn)) return [];
    visited.add(fn);
    const found: HandlerCall[] = [];
    for (const call of callsOf(fn, this.sourceCode)) {
      let returning = mustReturn;
      if (mustReturn) {
        const flow = outflowOf(call, this.sourceCode);
        if (!flow) continue;
        returning = flow === 'returned';
      }
      const caller = functionAround(call);
      if (!caller) continue;
      // A returned value answers only the function that returns it; a thrown one or a response's own answer, any around it.
      const handler = returning ? (this.of(caller) ? { fn: caller, methods: this.of(caller)! } : undefined) : this.handlerAround(call);
      // A handler registered by several modules or lines answers each method where that one registers it.
      if (handler)
        for (const { methods, source } of handler.methods.sources ?? [handler.methods])
          found.push({ name: functionName(handler.fn), methods, source });
      else found.push(...this.handlersCalling(caller, returning, depth + 1, visited));
    }
    return found;
  }
}
