import { isStringLike } from '../ast/nodes.js';
import { acceptsRange } from './types.js';
import type { ApiFamily, CallApi } from './types.js';

// http-errors takes its arguments in any order; the number is the status.
const createError: CallApi = {
  role: 'throw',
  status: { pick: (args) => args.find((argument) => !isStringLike(argument) && argument.type !== 'ObjectExpression') },
  runtime: acceptsRange(100, 599, 'http-errors replaces codes outside 100-599 with 500'),
};

/**
 * http-errors: `createError(404, msg, { headers })`, imported or global. Its classes (`NotFound`,
 * `HttpError`) take a message, not a status; the module itself can be constructed or extended
 * (`class Gone extends createError { constructor() { super(410) } }`) and takes what `createError` takes.
 */
export const httpErrorsApis: ApiFamily = {
  framework: 'http-errors',
  imports: [{ modules: ['http-errors'], functions: { '*': createError }, constructors: { default: createError, '*': createError } }],
  globals: {
    createError: {
      ...createError,
      status: { argument: 0 },
      when: ({ arguments: [first] }) => first !== undefined && !isStringLike(first) && first.type !== 'ObjectExpression',
    },
  },
};
