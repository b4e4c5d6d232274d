import path from 'node:path';

import type { TSESTree } from '@typescript-eslint/utils';

import { moduleExportName, propertyName, stringValue, unwrap } from '../ast/nodes.js';
import { requiredModule } from '../analysis/file-facts.js';
import { makesRouter, routerCallOf } from '../analysis/route-calls.js';
import { resolveProjectModule } from './locate-module.js';

/**
 * A handler that a module registers for HTTP methods, named by where it is exported: `postLogin`
 * (`exports.postLogin`, `export const postLogin`), `default`, `default.update` (a method of the
 * default export), `UserController#update` (a method of an exported class, called on an instance).
 */
export interface Registration {
  readonly methods: readonly string[];
  /** "app.post() in app.js:254". */
  readonly source: string;
  /** The module that exports the handler. */
  readonly file: string;
  /** The export names the handler may be known by; the first that the module exports is it. */
  readonly keys: readonly string[];
}

/** What a name of the registering module is bound to: an import, a `require`, an instance of an imported class. */
type Binding =
  | { readonly kind: 'named'; readonly file: string; readonly name: string }
  | { readonly kind: 'namespace' | 'default' | 'require'; readonly file: string }
  | { readonly kind: 'instance'; readonly file: string; readonly classKey: string };

/** `require('m')`, `await import('m')` -> "m". */
function loadedModule(node: TSESTree.Node | null | undefined): string | undefined {
  const call = node && unwrap(node.type === 'AwaitExpression' ? node.argument : node);
  return call?.type === 'ImportExpression' ? stringValue(call.source) : requiredModule(call);
}

/** Names of a module bound to the project's modules, and to arrays of handlers (`const guard = [auth.login, auth.admin]`). */
interface Bindings {
  readonly modules: Map<string, Binding>;
  readonly arrays: Map<string, TSESTree.ArrayExpression>;
  /** Names of routers the module makes: `const router = express.Router()`. */
  readonly routers: Set<string>;
}

/** Names bound to the project's modules, by name alone: route files bind them once, at the top. */
function bindingsOf(ast: TSESTree.Program, file: string): Bindings {
  const bindings = new Map<string, Binding>();
  const arrays = new Map<string, TSESTree.ArrayExpression>();
  const routers = new Set<string>();
  const resolve = (specifier: string) => resolveProjectModule(specifier, file);
  const declarators: TSESTree.VariableDeclarator[] = [];
  for (const statement of ast.body) {
    if (statement.type === 'ImportDeclaration') {
      if (statement.importKind === 'type') continue;
      const target = resolve(statement.source.value);
      if (!target) continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportNamespaceSpecifier') bindings.set(specifier.local.name, { kind: 'namespace', file: target });
        else if (specifier.type === 'ImportDefaultSpecifier') bindings.set(specifier.local.name, { kind: 'default', file: target });
        else {
          const imported = moduleExportName(specifier.imported);
          bindings.set(specifier.local.name, { kind: 'named', file: target, name: imported });
        }
      }
    } else if (statement.type === 'VariableDeclaration') declarators.push(...statement.declarations);
    else if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration')
      declarators.push(...statement.declaration.declarations);
  }
  for (const { id, init } of declarators) {
    if (init?.type === 'ArrayExpression' && id.type === 'Identifier') arrays.set(id.name, init);
    if (id.type === 'Identifier' && makesRouter(init)) routers.add(id.name);
    const specifier = loadedModule(init);
    const target = specifier === undefined ? undefined : resolve(specifier);
    if (target && id.type === 'Identifier') bindings.set(id.name, { kind: 'require', file: target });
    else if (target && id.type === 'ObjectPattern') {
      for (const property of id.properties) {
        if (property.type === 'Property' && property.key.type === 'Identifier' && property.value.type === 'Identifier')
          bindings.set(property.value.name, { kind: 'named', file: target, name: property.key.name });
      }
    } else if (init?.type === 'NewExpression' && init.callee.type === 'Identifier' && id.type === 'Identifier') {
      // `const users = new UsersController()`: the class's methods, called on an instance.
      const classBinding = bindings.get(init.callee.name);
      const classKey = classBinding && classBinding.kind === 'named' ? classBinding.name : classBinding ? 'default' : undefined;
      if (classBinding && classKey) bindings.set(id.name, { kind: 'instance', file: classBinding.file, classKey });
    }
  }
  return { modules: bindings, arrays, routers };
}

/** `web.admin.users.update` -> the root `web` and the path `admin.users.update`. */
function memberPath(node: TSESTree.Node): { root: TSESTree.Node; path: string } | undefined {
  const names: string[] = [];
  let current = unwrap(node);
  while (current.type === 'MemberExpression') {
    const name = propertyName(current);
    if (name === undefined) return undefined;
    names.unshift(name);
    current = unwrap(current.object);
  }
  return names.length > 0 ? { root: current, path: names.join('.') } : undefined;
}

/** The export names a handler reference can stand for: `users.create` of `require('./users')` is `create`. */
function keysOf(reference: TSESTree.Node, bindings: ReadonlyMap<string, Binding>): { file: string; keys: string[] } | undefined {
  const node = unwrap(reference);
  if (node.type === 'Identifier') {
    const binding = bindings.get(node.name);
    if (!binding) return undefined;
    if (binding.kind === 'named') return { file: binding.file, keys: [binding.name] };
    return binding.kind === 'default' || binding.kind === 'require' ? { file: binding.file, keys: ['default'] } : undefined;
  }
  const member = memberPath(node);
  if (!member) return undefined;
  const { root, path: names } = member;
  const single = !names.includes('.');
  if (root.type === 'NewExpression' && root.callee.type === 'Identifier' && single) {
    const classBinding = bindings.get(root.callee.name);
    if (classBinding?.kind === 'named') return { file: classBinding.file, keys: [`${classBinding.name}#${names}`] };
    return classBinding?.kind === 'default' || classBinding?.kind === 'require'
      ? { file: classBinding.file, keys: [`default#${names}`] }
      : undefined;
  }
  if (root.type !== 'Identifier') return undefined;
  const binding = bindings.get(root.name);
  switch (binding?.kind) {
    case 'namespace':
      return { file: binding.file, keys: [names] };
    case 'require':
      // CommonJS `module.exports = { create }`, or an ES module's default export object.
      return { file: binding.file, keys: [names, `default.${names}`] };
    case 'default':
      return { file: binding.file, keys: [`default.${names}`, names] };
    case 'named':
      return { file: binding.file, keys: [`${binding.name}.${names}`] };
    case 'instance':
      return single ? { file: binding.file, keys: [`${binding.classKey}#${names}`] } : undefined;
    default:
      return undefined;
  }
}

/** `catchAsync(users.create)`, `users.create.bind(users)`, `[auth.required, users.update]`: the functions under wrappers and in arrays. */
function handlerReferences(argument: TSESTree.Node, arrays: ReadonlyMap<string, TSESTree.ArrayExpression>, depth = 0): TSESTree.Node[] {
  const node = unwrap(argument);
  if (depth > 2) return [];
  if (node.type === 'Identifier' && arrays.has(node.name)) return handlerReferences(arrays.get(node.name)!, arrays, depth + 1);
  if (node.type === 'ArrayExpression')
    return node.elements.flatMap((element) =>
      element && element.type !== 'SpreadElement' ? handlerReferences(element, arrays, depth + 1) : [],
    );
  if (node.type !== 'CallExpression') return [node];
  const callee = unwrap(node.callee);
  if (propertyName(callee) === 'bind' && callee.type === 'MemberExpression') return [callee.object];
  return node.arguments.flatMap((inner) => handlerReferences(inner, arrays, depth + 1));
}

/**
 * The handlers a module registers that other modules export: every router call of the catalogue
 * (`app.post('/login', users.postLogin)`, `router.route('/').post(auth(), users.create)`,
 * `fastify.route({ method: 'POST', handler: users.create })`) given a name bound to a project module.
 */
export function registrationsIn(ast: TSESTree.Program, file: string, root: string): Registration[] {
  const { modules: bindings, arrays, routers } = bindingsOf(ast, file);
  if (bindings.size === 0) return [];
  const isRouter = (receiver: TSESTree.Identifier) => routers.has(receiver.name);
  const where = path.relative(root, file).split(path.sep).join('/');
  const found: Registration[] = [];
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...(value as unknown[]));
      continue;
    }
    if (!value || typeof value !== 'object' || typeof (value as TSESTree.Node).type !== 'string') continue;
    const node = value as TSESTree.Node;
    if (node.type === 'CallExpression') {
      const route = routerCallOf(node, isRouter);
      // The line of `.post(`, where a chain of registrations names the method.
      const line = (node.callee.type === 'MemberExpression' ? node.callee.property : node).loc.start.line;
      for (const argument of route?.handlers ?? []) {
        for (const reference of handlerReferences(argument, arrays)) {
          const target = keysOf(reference, bindings);
          if (target) found.push({ methods: route!.methods, source: `${route!.source} in ${where}:${line}`, ...target });
        }
      }
    }
    for (const key in node) {
      if (key === 'parent' || key === 'loc' || key === 'range' || key === 'tokens' || key === 'comments') continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (child && typeof child === 'object') stack.push(child);
    }
  }
  return found;
}

/**
 * A module that hands on another module's exports under names of its own: `module.exports = { auth:
 * require('./auth') }`, `exports.auth = require('./auth')`, `export { default as auth } from './auth'`,
 * `export * from './auth'`, `import auth from './auth'; export { auth }`.
 */
export interface ReExport {
  /** The module whose exports are handed on. */
  readonly file: string;
  /** Its export keys as this module exports them: `login` -> `auth.login`. */
  readonly rename: (key: string) => string | undefined;
}

/** The whole module under `name`: `default` is `name` itself, `default.x` and `x` are `name.x`. */
const asMember = (name: string) => (key: string) =>
  key === 'default' ? name : `${name}.${key.startsWith('default.') ? key.slice('default.'.length) : key}`;

/** The re-exports of a module, found once per parse of it. */
export function reExportsIn(ast: TSESTree.Program, file: string): ReExport[] {
  const resolve = (specifier: string) => resolveProjectModule(specifier, file);
  const { modules: bindings } = bindingsOf(ast, file);
  const found: ReExport[] = [];
  /** A value handed on under `name`: `require('./auth')`, or a name bound to a module. */
  const handOn = (value: TSESTree.Node, name: string) => {
    const specifier = loadedModule(value);
    const target = specifier === undefined ? undefined : resolve(specifier);
    if (target) return void found.push({ file: target, rename: asMember(name) });
    const binding = value.type === 'Identifier' ? bindings.get(value.name) : undefined;
    if (!binding || binding.kind === 'instance') return;
    if (binding.kind === 'named') {
      const imported = binding.name;
      found.push({
        file: binding.file,
        rename: (key) => (key === imported ? name : key.startsWith(`${imported}.`) ? `${name}${key.slice(imported.length)}` : undefined),
      });
    } else found.push({ file: binding.file, rename: asMember(name) });
  };
  for (const statement of ast.body) {
    if (statement.type === 'ExportAllDeclaration') {
      const target = resolve(statement.source.value);
      const exported = statement.exported as TSESTree.Identifier | TSESTree.StringLiteral | null;
      const as = exported && moduleExportName(exported);
      if (target)
        found.push({
          file: target,
          rename: as ? asMember(as) : (key) => (key === 'default' || key.startsWith('default.') ? undefined : key),
        });
    } else if (statement.type === 'ExportNamedDeclaration') {
      const target = statement.source ? resolve(statement.source.value) : undefined;
      for (const specifier of statement.specifiers) {
        const local = moduleExportName(specifier.local);
        const exported = moduleExportName(specifier.exported);
        if (target)
          found.push({
            file: target,
            rename: (key) => (key === local ? exported : key.startsWith(`${local}.`) ? `${exported}${key.slice(local.length)}` : undefined),
          });
        else if (!statement.source) handOn(specifier.local as TSESTree.Identifier, exported);
      }
    } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const { left, right } = statement.expression;
      const target = left.type === 'MemberExpression' ? memberPath(left) : undefined;
      if (!target || target.root.type !== 'Identifier') continue;
      const path = target.root.name === 'module' ? target.path : target.root.name === 'exports' ? `exports.${target.path}` : undefined;
      if (path === 'exports' && right.type === 'ObjectExpression') {
        // module.exports = { auth: require('./auth'), admin }
        for (const property of right.properties) {
          const name =
            property.type === 'Property' && !property.computed && property.key.type === 'Identifier' ? property.key.name : undefined;
          if (name !== undefined && property.type === 'Property') handOn(property.value, name);
        }
      } else if (path?.startsWith('exports.') && !path.slice('exports.'.length).includes('.')) handOn(right, path.slice('exports.'.length));
    }
  }
  return found;
}
