import type { TSESTree } from '@typescript-eslint/utils';

import { unwrap } from '../ast/nodes.js';
import { statusEffect } from './types.js';
import type { ApiFamily, Arguments, StatusEffect } from './types.js';

/** `new NotFoundError(...)`, `new HttpException(...)`: a project's error classes, by name. */
const errorClassName = /[a-z](?:Error|Exception)$/;
/** Error classes whose number is something else: a duration, a size, a count, a position. */
const nonStatusName =
  /Time|Size|Length|Limit|Range|Overflow|Quota|Retry|Rate|Count|Syntax|Parse|Exit|Process|Socket|Close|Db|Database|Sql|Query/;

/**
 * `new HttpException(422, { errors })`, `new AppError('Not found', 404)`: an error class of the
 * project's whose only number is a registered 4xx or 5xx code throws with that status.
 */
function decodeConstruction(callee: TSESTree.Identifier, args: Arguments): readonly StatusEffect[] | undefined {
  if (!errorClassName.test(callee.name) || nonStatusName.test(callee.name)) return undefined;
  const numbers = args.filter((argument) => {
    const value = unwrap(argument);
    return value.type === 'Literal' && typeof value.value === 'number';
  });
  const [only] = numbers;
  if (numbers.length !== 1 || !only) return undefined;
  const code = (unwrap(only) as TSESTree.NumberLiteral).value;
  return code >= 400 && code <= 599 ? [{ ...statusEffect(only, 'code', 'throw', true), byName: true }] : undefined;
}

/** Error classes a project declares elsewhere, known by their name and their one status-like argument. */
export const errorClassApis: ApiFamily = {
  framework: 'code',
  shapes: { construction: decodeConstruction },
};
