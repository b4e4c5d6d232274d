import type { TSESTree } from '@typescript-eslint/utils';

import { routes } from '../apis/index.js';
import { keyName, propertyName, unwrap } from '../ast/nodes.js';

/** A call that registers handlers for HTTP methods: `app.post('/x', ...)`, `router.route('/').post(...).get(...)`. */
export interface RouterCall {
  readonly methods: readonly string[];
  /** "app.post()", "route(...).get()", "route({ method })". */
  readonly source: string;
  /** The arguments that can be handlers: all but the path. */
  readonly handlers: readonly TSESTree.Node[];
}

/**
 * A route path: `'/users/:id'`, `'*'`, a regular expression, a list of paths, a template that starts
 * with `/` or with an expression. `cache.post('key', cb)` and `events.all('saved', fn)` take no path.
 */
function isPathLike(node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  if (node.type === 'Literal') return 'regex' in node || (typeof node.value === 'string' && /^[/*]/.test(node.value));
  if (node.type === 'TemplateLiteral') return node.quasis[0]!.value.raw === '' || node.quasis[0]!.value.raw.startsWith('/');
  return node.type === 'ArrayExpression';
}

/** koa-router's named routes: `router.get('user', '/users/:id', handler)`. */
const isRouteName = (node: TSESTree.Node | undefined) => node?.type === 'Literal' && typeof node.value === 'string';

/** `route('/x')` at the start of a chain of method registrations: `.post(a).get(b)` both hang on it. */
function isChainedRoute(receiver: TSESTree.Node): boolean {
  for (let current = unwrap(receiver); current.type === 'CallExpression';) {
    const name = propertyName(unwrap(current.callee));
    if (name === undefined) return false;
    if (routes.chainedRoutes.has(name)) return true;
    if (!routes.routerMethods.has(name)) return false;
    const callee = unwrap(current.callee);
    if (callee.type !== 'MemberExpression') return false;
    current = unwrap(callee.object);
  }
  return false;
}

/** The string values of a `method` option: `'POST'`, `['GET', 'POST']`. */
export function methodValues(node: TSESTree.Node): string[] | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return [node.value.toUpperCase()];
  if (node.type === 'ArrayExpression') {
    const values = node.elements.map((element) =>
      element?.type === 'Literal' && typeof element.value === 'string' ? element.value.toUpperCase() : undefined,
    );
    return values.every((value) => value !== undefined) ? (values as string[]) : undefined;
  }
  return undefined;
}

/** `fastify.route({ method: 'POST', url, handler })`: the handler option and the methods. */
function routeOptionsCall(call: TSESTree.CallExpression): RouterCall | undefined {
  const method = propertyName(unwrap(call.callee));
  const options = call.arguments[0];
  if (method === undefined || options?.type !== 'ObjectExpression') return undefined;
  for (const spec of routes.routeOptions) {
    if (spec.method !== method) continue;
    let methods: string[] | undefined;
    const handlers: TSESTree.Node[] = [];
    for (const property of options.properties) {
      if (property.type !== 'Property') continue;
      const key = keyName(property);
      if (key === spec.methodKey) methods = methodValues(property.value);
      else if (key === spec.handlerKey) handlers.push(property.value);
    }
    return methods && handlers.length > 0 ? { methods, source: `${spec.method}({ ${spec.methodKey} })`, handlers } : undefined;
  }
  return undefined;
}

/** `express()`, `express.Router()`, `new Router()`, `Fastify()`: a call of a router factory of the catalogue. */
export function makesRouter(node: TSESTree.Node | null | undefined): boolean {
  const made = node && unwrap(node.type === 'AwaitExpression' ? node.argument : node);
  if (made?.type !== 'CallExpression' && made?.type !== 'NewExpression') return false;
  const callee = unwrap(made.callee);
  const name = callee.type === 'Identifier' ? callee.name : propertyName(callee);
  return name !== undefined && routes.routerFactories.has(name);
}

/** The router under a chain of registrations: `router` of `router.get('/', a).post(paths.login, b)`. */
function chainRoot(receiver: TSESTree.Node): TSESTree.Node {
  let current = unwrap(receiver);
  while (current.type === 'CallExpression' && routes.routerMethods.has(propertyName(unwrap(current.callee)) ?? '')) {
    const callee = unwrap(current.callee);
    if (callee.type !== 'MemberExpression') break;
    current = unwrap(callee.object);
  }
  return current;
}

/** A path the code does not state (`paths.login`, `LOGIN`), which only a known router's methods take as one. */
const isPathExpression = (node: TSESTree.Node | undefined) =>
  node?.type === 'Identifier' || node?.type === 'MemberExpression' || node?.type === 'TemplateLiteral';

/**
 * The route a call registers, as the catalogue's router methods say: `app.post('/x', h)`,
 * `router.delete(...)`, `app.route('/x').put(h).get(g)`, `fastify.route({ method, handler })`.
 * `isRouter` tells whether a receiver was made by a router factory, for paths the code does not state.
 */
export function routerCallOf(call: TSESTree.CallExpression, isRouter?: (receiver: TSESTree.Identifier) => boolean): RouterCall | undefined {
  const callee = unwrap(call.callee);
  const method = propertyName(callee);
  const verb = method && routes.routerMethods.get(method);
  if (!verb || callee.type !== 'MemberExpression') return method ? routeOptionsCall(call) : undefined;
  const receiver = unwrap(callee.object);
  const chained = isChainedRoute(receiver);
  const [first, second] = call.arguments;
  let pathAt = chained ? -1 : isPathLike(first) ? 0 : isRouteName(first) && isPathLike(second) ? 1 : undefined;
  if (pathAt === undefined && isPathExpression(first)) {
    const router = chainRoot(receiver);
    if (router.type === 'Identifier' && isRouter?.(router)) pathAt = 0;
  }
  if (pathAt === undefined) return undefined;
  const root = chainRoot(receiver);
  const receiverName =
    receiver.type === 'Identifier' ? receiver.name : chained ? 'route(...)' : root.type === 'Identifier' ? root.name : 'router';
  return { methods: [verb], source: `${receiverName}.${method}()`, handlers: call.arguments.slice(pathAt + 1) };
}
