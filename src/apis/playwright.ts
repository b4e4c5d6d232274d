import type { TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, propertyName, propertyValue, unwrap } from '../ast/nodes.js';
import { statusEffect } from './types.js';
import type { ApiFamily, StatusEffect } from './types.js';

const routeName = /^(?:route|[\w$]*Route)$/;

/** Playwright's Route: named like one, or the handler's parameter in `page.route(url, (r) => ...)`. */
function isRoute(receiver: TSESTree.Node): boolean {
  const target = unwrap(receiver);
  if (target.type !== 'Identifier') return false;
  if (routeName.test(target.name)) return true;
  for (let node: TSESTree.Node | undefined = target.parent; node; node = node.parent) {
    if (!isFunctionNode(node)) continue;
    const declares = node.params.some((param) => param.type === 'Identifier' && param.name === target.name);
    if (declares) return node.parent.type === 'CallExpression' && propertyName(unwrap(node.parent.callee)) === 'route';
  }
  return false;
}

/** `route.fulfill({ status: 404, body })`: a mocked response answers with that status. */
function decodeFulfill(call: TSESTree.CallExpression): readonly StatusEffect[] | undefined {
  const status = propertyValue(call.arguments[0], ['status']);
  if (!status || !isRoute((unwrap(call.callee) as TSESTree.MemberExpression).object)) return undefined;
  return [statusEffect(status, 'test', 'send', true)];
}

/**
 * Playwright's mocked routes. Its `expect(response.status()).toBe(200)` is read with the other
 * assertions (src/apis/assertions.ts).
 */
export const playwrightApis: ApiFamily = {
  framework: 'test',
  shapes: { methods: ['fulfill'], call: decodeFulfill },
};
