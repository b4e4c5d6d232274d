import type { TSESTree } from '@typescript-eslint/utils';

import type { StatusValueResolver } from './status-value.js';

/** One code a status expression can be: a literal, a provider constant, or an expression we cannot read. */
export interface StatusLeaf {
  readonly node: TSESTree.Node;
  /** undefined = unknown. */
  readonly code: number | undefined;
  /** The numeric literal a fix replaces. */
  readonly literal: TSESTree.NumberLiteral | undefined;
  /** "StatusCodes.NOT_FOUND" when written as a provider constant. */
  readonly constantText: string | undefined;
  /** Reached through a same-file variable's initialiser. */
  readonly viaVariable: boolean;
}

/** The codes a status expression can be. */
export function statusLeaves(node: TSESTree.Node, resolve: StatusValueResolver): readonly StatusLeaf[] {
  const value = resolve(node);
  return [{ node, code: value?.code, literal: value?.literal, constantText: value?.constantText, viaVariable: false }];
}
