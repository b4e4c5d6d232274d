import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileAnalysis } from '../analysis/index.js';

export interface SameStyleStatus {
  /** The node to replace and its new text. */
  readonly node: TSESTree.Node;
  readonly text: string;
  /** The whole status as it reads after the edit: "403", "StatusCodes.FORBIDDEN". */
  readonly written: string;
}

/**
 * The status at `node` (which states `from`) rewritten as `to` in the same style: a number stays a
 * number (`401` -> `403`), a provider's constant becomes that provider's member
 * (`StatusCodes.UNAUTHORIZED` -> `StatusCodes.FORBIDDEN`), the member of the module the constant
 * is bound to, never a namesake of another. Undefined where the code is held elsewhere (a
 * variable) or the module has no such member.
 */
export function sameStyleStatus(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  from: number,
  to: number,
  analysis: Pick<FileAnalysis, 'constantOf'>,
): SameStyleStatus | undefined {
  if (node.type === 'Literal') return node.value === from ? { node, text: String(to), written: String(to) } : undefined;
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') return undefined;
  const constant = analysis.constantOf(node);
  const text = constant?.code === from ? constant.provider.memberOf.get(to) : undefined;
  return text
    ? { node: node.property, text, written: `${sourceCode.text.slice(node.range[0], node.property.range[0])}${text}` }
    : undefined;
}
