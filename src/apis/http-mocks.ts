import type { TSESTree } from '@typescript-eslint/utils';

import { propertyName, unwrap } from '../ast/nodes.js';
import { statusEffect } from './types.js';
import type { ApiFamily, StatusEffect } from './types.js';

/**
 * Whether `.reply()` ends an interceptor chain: `nock(url).get('/x').reply(...)` starts at a
 * `nock()` call, undici's `mockPool.intercept({ path }).reply(...)` (and nock's own) goes through `intercept`.
 */
function isInterceptorChain(receiver: TSESTree.Node): boolean {
  let current = unwrap(receiver);
  while (current.type === 'CallExpression') {
    const callee = unwrap(current.callee);
    if (callee.type === 'Identifier') return callee.name === 'nock';
    if (callee.type !== 'MemberExpression') return false;
    if (propertyName(callee) === 'intercept') return true;
    current = unwrap(callee.object);
  }
  return false;
}

/** `.reply(200, body)`: the mocked server answers with that status. */
function decodeReply(call: TSESTree.CallExpression): readonly StatusEffect[] | undefined {
  const [status] = call.arguments;
  const receiver = (unwrap(call.callee) as TSESTree.MemberExpression).object;
  if (!status || status.type === 'SpreadElement' || !isInterceptorChain(receiver)) return undefined;
  return [statusEffect(status, 'test', 'send')];
}

/** HTTP mocks of outgoing requests: nock and undici's MockAgent / MockPool. */
export const httpMockApis: ApiFamily = {
  framework: 'test',
  shapes: { methods: ['reply'], call: decodeReply },
};
