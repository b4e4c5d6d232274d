import type { TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, unwrap } from '../ast/nodes.js';
import type { FunctionNode } from '../ast/nodes.js';
import { isEmptyContent } from './decode.js';
import { enclosingFunction } from './scope.js';

/** `reply` in `reply.code(204).header(...)`, `reply.send(x)`: the name an expression starts from. */
function rootName(node: TSESTree.Node): string | undefined {
  let current = unwrap(node);
  for (;;) {
    if (current.type === 'CallExpression') current = unwrap(current.callee);
    else if (current.type === 'MemberExpression') current = unwrap(current.object);
    else if (current.type === 'AwaitExpression') current = unwrap(current.argument);
    else return current.type === 'Identifier' ? current.name : undefined;
  }
}

/** A value the code states, never `undefined`: `{ ok: true }`, `[]`, `'done'`. A call may resolve to nothing. */
function isSurelyContent(node: TSESTree.Node | null): boolean {
  if (!node || isEmptyContent(node)) return false;
  const value = unwrap(node);
  return (
    value.type === 'ObjectExpression' || value.type === 'ArrayExpression' || value.type === 'Literal' || value.type === 'TemplateLiteral'
  );
}

/** The nearest function around `node` that takes the handle as a parameter: the route handler. */
function handlerOf(node: TSESTree.Node, handle: string): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) && current.params.some((param) => param.type === 'Identifier' && param.name === handle)) return current;
  }
  return undefined;
}

/** Whether what `fn` returns is what `handler` returns: it is the handler, or a callback whose call the handler returns. */
function resultOf(fn: TSESTree.Node, handler: FunctionNode): boolean {
  if (fn === handler) return true;
  let current: TSESTree.Node = fn;
  // `return db.transaction(async (trx) => { ...; return x })`, `return await run(() => ...)`.
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    if (parent.type === 'ReturnStatement' || (parent.type === 'ArrowFunctionExpression' && parent.body === current))
      return enclosingFunction(current) === handler || parent === handler;
    const passes =
      (parent.type === 'CallExpression' &&
        (parent.callee === current || parent.arguments.includes(current as TSESTree.CallExpressionArgument))) ||
      (parent.type === 'MemberExpression' && parent.object === current) ||
      parent.type === 'AwaitExpression' ||
      parent.type === 'ChainExpression';
    if (!passes) return false;
  }
  return false;
}

/**
 * The value a handler returns after the statement that sets the status, which the framework
 * sends as content (Fastify's handlers): `reply.code(204); return { deleted: true }`. Only a
 * return in the same statement list, reaching the handler's result, of a value the code states.
 */
export function returnedAfter(statusOwner: TSESTree.Node, handle: TSESTree.Node): TSESTree.ReturnStatement | undefined {
  const name = rootName(handle);
  let statement: TSESTree.Node = statusOwner;
  while (statement.parent?.type === 'AwaitExpression') statement = statement.parent;
  statement = statement.parent!;
  const block = statement?.type === 'ExpressionStatement' ? statement.parent : undefined;
  if (!name || (block?.type !== 'BlockStatement' && block?.type !== 'SwitchCase')) return undefined;
  const list: readonly TSESTree.Node[] = block.type === 'BlockStatement' ? block.body : block.consequent;
  const returned = list.slice(list.indexOf(statement) + 1).find((node) => node.type === 'ReturnStatement');
  if (returned?.type !== 'ReturnStatement' || !isSurelyContent(returned.argument)) return undefined;
  const handler = handlerOf(statusOwner, name);
  return handler && resultOf(enclosingFunction(returned), handler) ? returned : undefined;
}

/** The `return` statements of a function body, outside the functions inside it. */
function* returnsIn(node: TSESTree.Node): Iterable<TSESTree.ReturnStatement> {
  if (node.type === 'ReturnStatement') yield node;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof (child as TSESTree.Node).type === 'string' && !isFunctionNode(child as TSESTree.Node))
        yield* returnsIn(child as TSESTree.Node);
    }
  }
}

/** `@Res() res`: a method that sends the response itself, whose return value Nest does not send. */
const sendsItself = (method: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression) =>
  method.params.some((param) =>
    (param.decorators ?? []).some((decorator) => {
      const call = decorator.expression;
      return call.type === 'CallExpression' && call.callee.type === 'Identifier' && ['Res', 'Response'].includes(call.callee.name);
    }),
  );

/** The values a method returns that its decorator's status applies to: `@HttpCode(204) remove() { return { ok } }`. */
export function methodReturns(decoratorCall: TSESTree.Node): TSESTree.ReturnStatement[] {
  const method = decoratorCall.parent?.type === 'Decorator' ? decoratorCall.parent.parent : undefined;
  if (method?.type !== 'MethodDefinition' || !method.value.body || sendsItself(method.value)) return [];
  return [...returnsIn(method.value.body)].filter((returned) => isSurelyContent(returned.argument));
}
