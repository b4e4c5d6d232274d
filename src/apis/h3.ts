import { propertyValue } from '../ast/nodes.js';
import { acceptsRange } from './types.js';
import type { ApiFamily, CallApi } from './types.js';

const h3 = acceptsRange(100, 999, 'h3 silently replaces codes outside 100-999 with its default');

const functions: Readonly<Record<string, CallApi>> = {
  setResponseStatus: { status: { argument: 1 }, runtime: h3 },
  // createError({ statusCode }); a bare `createError(404)` is http-errors'.
  createError: {
    when: (call) => call.arguments[0]?.type === 'ObjectExpression',
    role: 'throw',
    status: { pick: ([first]) => propertyValue(first, ['statusCode', 'status']) },
    runtime: h3,
  },
};

/** h3 (Nuxt, Nitro, Vinxi), auto-imported or imported. */
export const h3Apis: ApiFamily = {
  framework: 'h3',
  imports: [{ modules: ['h3', 'nuxt/app', '#app', '#imports', 'nitropack/runtime', 'vinxi/http'], functions }],
  globals: functions,
};
