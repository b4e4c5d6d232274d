import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { RedirectAnswer } from '../analysis/index.js';

/**
 * The edit that makes a redirect use `text` as its status: replace the code it states, or
 * add one where the API's default applied. Undefined when there is no safe place for it.
 */
export function redirectStatusEdit(
  sourceCode: Readonly<TSESLint.SourceCode>,
  redirect: RedirectAnswer,
  text: string,
): TSESLint.ReportFixFunction | undefined {
  const { call, status } = redirect;
  if (status.node) {
    const node = status.node;
    // A status held in a `const` outside the call may serve other responses too; one passed in is
    // stated in the call that passes it; one assigned to the response before a redirect that keeps it
    // (Koa's `ctx.status = 301`) serves this one.
    const stated = status.through?.calls[status.through.calls.length - 1] ?? call;
    const assigned = typeof redirect.edit === 'object' && node.parent?.type === 'AssignmentExpression' && node.parent.right === node;
    if (!assigned && (node.range[0] < stated.range[0] || node.range[1] > stated.range[1])) return undefined;
    return (fixer) => fixer.replaceText(node, text);
  }
  if (!status.isDefault) return undefined;
  const url: TSESTree.Node | undefined = call.arguments[0];
  const edit = redirect.edit;
  if (edit === 'before-url') return url ? (fixer) => fixer.insertTextBefore(url, `${text}, `) : undefined;
  if (edit === 'after-url') return url && call.arguments.length === 1 ? (fixer) => fixer.insertTextAfter(url, `, ${text}`) : undefined;
  // Koa keeps a 3xx status set before ctx.redirect(); the statement must stand alone.
  const statement = call.parent;
  if (!edit || statement.type !== 'ExpressionStatement' || call.callee.type !== 'MemberExpression') return undefined;
  const handle = sourceCode.getText(call.callee.object);
  const indent = ' '.repeat(statement.loc.start.column);
  return (fixer) => fixer.insertTextBefore(statement, `${handle}.${edit.assign} = ${text};\n${indent}`);
}
