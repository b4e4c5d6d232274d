import type { TSESTree } from '@typescript-eslint/utils';

import { unwrap } from '../ast/nodes.js';
import { statusEffect } from './types.js';
import type { ApiFamily, CallApi, StatusEffect } from './types.js';

const declared: CallApi = { role: 'declare', status: { argument: 0 } };

/** `this.setStatus(201)` in a tsoa Controller: the response's status. */
function decodeSetStatus(call: TSESTree.CallExpression): readonly StatusEffect[] | undefined {
  const receiver = unwrap((unwrap(call.callee) as TSESTree.MemberExpression).object);
  const [status] = call.arguments;
  if (receiver.type !== 'ThisExpression' || !status || status.type === 'SpreadElement') return undefined;
  return [statusEffect(status, 'tsoa', 'send', true)];
}

/** tsoa: `@SuccessResponse(201)`, `@Response(404, 'Not found')` and a controller's `this.setStatus(n)`. */
export const tsoaApis: ApiFamily = {
  framework: 'tsoa',
  imports: [{ modules: ['tsoa'], functions: { SuccessResponse: declared, Response: declared } }],
  shapes: { methods: ['setStatus'], call: decodeSetStatus },
};
