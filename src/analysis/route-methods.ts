import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { unwrapExpression } from './handles.js';

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** The HTTP methods a handler serves, and how that is known (for messages). */
export interface RouteMethods {
  readonly methods: readonly string[];
  /** "app.post()", "@Post()", "export function POST", "a form action". */
  readonly source: string;
}

const routerMethods = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'options', 'head', 'all']);
const exportedMethods = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
const nestDecorators: Readonly<Record<string, string>> = {
  Get: 'GET',
  Post: 'POST',
  Put: 'PUT',
  Patch: 'PATCH',
  Delete: 'DELETE',
  Options: 'OPTIONS',
  Head: 'HEAD',
  All: 'ALL',
};

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression';
}

function isPathLike(node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  if (node.type === 'Literal') return typeof node.value === 'string' || 'regex' in node;
  return node.type === 'TemplateLiteral' || node.type === 'ArrayExpression';
}

function methodName(method: string): string {
  return method === 'del' ? 'DELETE' : method === 'all' ? 'ALL' : method.toUpperCase();
}

/** `app.post('/x', handler)`, `router.delete(...)`, `app.route('/x').put(handler)`, Hono, koa-router. */
function routerCallMethods(call: TSESTree.CallExpression, handler: TSESTree.Node): RouteMethods | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  const method = callee.property.name;
  if (!routerMethods.has(method) || !call.arguments.includes(handler as TSESTree.CallExpressionArgument)) return undefined;
  const receiver = unwrapExpression(callee.object);
  const chainedRoute =
    receiver.type === 'CallExpression' &&
    receiver.callee.type === 'MemberExpression' &&
    !receiver.callee.computed &&
    receiver.callee.property.type === 'Identifier' &&
    receiver.callee.property.name === 'route';
  if (!chainedRoute && !isPathLike(call.arguments[0])) return undefined;
  const receiverName = receiver.type === 'Identifier' ? receiver.name : chainedRoute ? 'route(...)' : 'router';
  return { methods: [methodName(method)], source: `${receiverName}.${method}()` };
}

function stringValues(node: TSESTree.Node): string[] | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return [node.value.toUpperCase()];
  if (node.type === 'ArrayExpression') {
    const values = node.elements.map((element) =>
      element?.type === 'Literal' && typeof element.value === 'string' ? element.value.toUpperCase() : undefined,
    );
    return values.every((value) => value !== undefined) ? (values as string[]) : undefined;
  }
  return undefined;
}

/** `fastify.route({ method: 'POST', url, handler })` */
function fastifyRouteMethods(property: TSESTree.Property): RouteMethods | undefined {
  if (property.key.type !== 'Identifier' || property.key.name !== 'handler') return undefined;
  const options = property.parent;
  if (options.type !== 'ObjectExpression') return undefined;
  const call = options.parent;
  if (
    call?.type !== 'CallExpression' ||
    call.callee.type !== 'MemberExpression' ||
    call.callee.property.type !== 'Identifier' ||
    call.callee.property.name !== 'route'
  )
    return undefined;
  for (const other of options.properties) {
    if (other.type === 'Property' && other.key.type === 'Identifier' && other.key.name === 'method') {
      const methods = stringValues(other.value);
      return methods ? { methods, source: 'route({ method })' } : undefined;
    }
  }
  return undefined;
}

/** NestJS: a class method under @Post(), @Put(), ... */
function nestMethods(method: TSESTree.MethodDefinition): RouteMethods | undefined {
  for (const decorator of method.decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type === 'CallExpression' && expression.callee.type === 'Identifier') {
      const verb = nestDecorators[expression.callee.name];
      if (verb) return { methods: [verb], source: `@${expression.callee.name}()` };
    }
  }
  return undefined;
}

/** Next.js route handlers and SvelteKit endpoints: `export async function POST`, `export const DELETE = ...`. */
function exportedNameMethods(name: string, exported: boolean): RouteMethods | undefined {
  if (!exported) return undefined;
  if (exportedMethods.has(name)) return { methods: [name], source: `export ${name}` };
  // Remix and React Router actions answer every method but GET and HEAD.
  if (name === 'action') return { methods: ['POST', 'PUT', 'PATCH', 'DELETE'], source: 'export action' };
  return undefined;
}

/** SvelteKit form actions: `export const actions = { default: async () => {...} }`, always POST. */
function svelteActionMethods(property: TSESTree.Property): RouteMethods | undefined {
  const object = property.parent;
  if (object.type !== 'ObjectExpression') return undefined;
  const declarator = object.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier' || declarator.id.name !== 'actions')
    return undefined;
  return declarator.parent.parent?.type === 'ExportNamedDeclaration' ? { methods: ['POST'], source: 'a SvelteKit form action' } : undefined;
}

/**
 * The methods a function serves as a route handler, judged by where it stands; a named
 * function is also found where a router is given it by name (`router.post('/x', create)`).
 */
export function routeMethodsOf(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): RouteMethods | undefined {
  const parent = fn.parent;
  switch (parent.type) {
    case 'CallExpression':
      return routerCallMethods(parent, fn);
    case 'Property':
      return parent.value === fn ? (fastifyRouteMethods(parent) ?? svelteActionMethods(parent)) : undefined;
    case 'MethodDefinition':
      return nestMethods(parent);
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

function methodsByReference(id: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): RouteMethods | undefined {
  const variable = sourceCode.getDeclaredVariables(id.parent).find((candidate) => candidate.name === id.name);
  for (const reference of variable?.references ?? []) {
    const parent = reference.identifier.parent;
    if (parent?.type === 'CallExpression') {
      const methods = routerCallMethods(parent, reference.identifier);
      if (methods) return methods;
    }
  }
  return undefined;
}
