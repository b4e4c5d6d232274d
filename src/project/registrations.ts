import path from 'node:path';

import type { TSESTree } from '@typescript-eslint/utils';

import { propertyName, unwrap } from '../ast/nodes.js';
import { routerCallOf } from '../analysis/route-calls.js';
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

function requiredModule(node: TSESTree.Node | null | undefined): string | undefined {
  const call = node && unwrap(node.type === 'AwaitExpression' ? node.argument : node);
  if (call?.type === 'CallExpression' && call.callee.type === 'Identifier' && call.callee.name === 'require') {
    const [argument] = call.arguments;
    return argument?.type === 'Literal' && typeof argument.value === 'string' ? argument.value : undefined;
  }
  if (call?.type === 'ImportExpression' && call.source.type === 'Literal' && typeof call.source.value === 'string')
    return call.source.value;
  return undefined;
}

/** Names bound to the project's modules, by name alone: route files bind them once, at the top. */
function bindingsOf(ast: TSESTree.Program, file: string): Map<string, Binding> {
  const bindings = new Map<string, Binding>();
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
          const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
          bindings.set(specifier.local.name, { kind: 'named', file: target, name: imported });
        }
      }
    } else if (statement.type === 'VariableDeclaration') declarators.push(...statement.declarations);
    else if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration')
      declarators.push(...statement.declaration.declarations);
  }
  for (const { id, init } of declarators) {
    const specifier = requiredModule(init);
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
  return bindings;
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
  const member = propertyName(node);
  if (member === undefined || node.type !== 'MemberExpression') return undefined;
  const object = unwrap(node.object);
  if (object.type === 'NewExpression' && object.callee.type === 'Identifier') {
    const classBinding = bindings.get(object.callee.name);
    if (classBinding?.kind === 'named') return { file: classBinding.file, keys: [`${classBinding.name}#${member}`] };
    return classBinding?.kind === 'default' || classBinding?.kind === 'require'
      ? { file: classBinding.file, keys: [`default#${member}`] }
      : undefined;
  }
  if (object.type !== 'Identifier') return undefined;
  const binding = bindings.get(object.name);
  switch (binding?.kind) {
    case 'namespace':
      return { file: binding.file, keys: [member] };
    case 'require':
      // CommonJS `module.exports = { create }`, or an ES module's default export object.
      return { file: binding.file, keys: [member, `default.${member}`] };
    case 'default':
      return { file: binding.file, keys: [`default.${member}`, member] };
    case 'named':
      return { file: binding.file, keys: [`${binding.name}.${member}`] };
    case 'instance':
      return { file: binding.file, keys: [`${binding.classKey}#${member}`] };
    default:
      return undefined;
  }
}

/** `catchAsync(users.create)`, `users.create.bind(users)`: the function under a wrapper. */
function handlerReferences(argument: TSESTree.Node, depth = 0): TSESTree.Node[] {
  const node = unwrap(argument);
  if (node.type !== 'CallExpression') return [node];
  if (depth > 1) return [];
  const callee = unwrap(node.callee);
  if (propertyName(callee) === 'bind' && callee.type === 'MemberExpression') return [callee.object];
  return node.arguments.flatMap((inner) => handlerReferences(inner, depth + 1));
}

/**
 * The handlers a module registers that other modules export: every router call of the catalogue
 * (`app.post('/login', users.postLogin)`, `router.route('/').post(auth(), users.create)`,
 * `fastify.route({ method: 'POST', handler: users.create })`) given a name bound to a project module.
 */
export function registrationsIn(ast: TSESTree.Program, file: string, root: string): Registration[] {
  const bindings = bindingsOf(ast, file);
  if (bindings.size === 0) return [];
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
      const route = routerCallOf(node);
      for (const argument of route?.handlers ?? []) {
        for (const reference of handlerReferences(argument)) {
          const target = keysOf(reference, bindings);
          if (target) found.push({ methods: route!.methods, source: `${route!.source} in ${where}:${node.loc.start.line}`, ...target });
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
