import type { TSESTree } from '@typescript-eslint/utils';

import { readerFunctions } from '../apis/index.js';
import { propertyName, unwrap, wrapperTypes } from '../ast/nodes.js';
import { canRunBefore } from './flow-order.js';

/** Names that say a function only reads what it is given: `getSession(req, res)`, `verifySignature(ctx)`, `log(res)`. */
const readerName = /^(?:get|read|parse|is|has|validate|verify|check|log)(?:[A-Z\d_$]|$)/;

/** The name of the function a reference is passed to: `helper` in `helper(res)`, `log` in `console.log(res)`. */
function receivingFunction(reference: TSESTree.Node): string | undefined {
  let argument: TSESTree.Node = reference;
  while (argument.parent && wrapperTypes.has(argument.parent.type)) argument = argument.parent;
  const call = argument.parent;
  if (
    (call?.type !== 'CallExpression' && call?.type !== 'NewExpression') ||
    !call.arguments.includes(argument as TSESTree.CallExpressionArgument)
  )
    return undefined;
  const callee = unwrap(call.callee);
  return callee.type === 'Identifier' ? callee.name : propertyName(callee);
}

/** Whether the code a response is handed to may set its headers: unless its name or the catalogue says it only reads. */
function maySetHeaders(reference: TSESTree.Node, headerSetters: ReadonlySet<string>): boolean {
  const name = receivingFunction(reference);
  if (name === undefined || headerSetters.has(name)) return true;
  return !readerName.test(name) && !readerFunctions.has(name);
}

/**
 * Whether a hand-off may have set headers on the response that `send` sends. `sentLater` says the
 * response leaves after `send` (Express `res.status(401)`, Koa `ctx.status = 401`), so code after
 * it on the same path counts too; a built value or a chain that sends at once takes only what came before.
 */
export function handOffMaySetHeaders(
  reference: TSESTree.Node,
  send: TSESTree.Node,
  sentLater: boolean,
  headerSetters: ReadonlySet<string>,
): boolean {
  if (!maySetHeaders(reference, headerSetters)) return false;
  return canRunBefore(reference, send) || (sentLater && canRunBefore(send, reference));
}

/** `return res.status(401).json(x)`, `res.status(401).end()`: the statement that sets the status also ends the response. */
export function sendsAtOnce(owner: TSESTree.Node): boolean {
  let node = owner;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    if (parent.type === 'MemberExpression' && parent.object === node && parent.parent.type === 'CallExpression') return true;
    if (parent.type === 'ReturnStatement' || (parent.type === 'ArrowFunctionExpression' && parent.body === node)) return true;
    if (!wrapperTypes.has(parent.type) && parent.type !== 'AwaitExpression') return false;
  }
  return false;
}
