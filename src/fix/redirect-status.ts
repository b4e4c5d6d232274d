import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FlowStatus, StatusEdit } from '../analysis/response-flow.js';

/**
 * The edit that makes a redirect use `text` as its status: replace the status it states, or
 * add one where the API's default applied. Undefined when there is no safe place for it.
 */
export function redirectStatusEdit(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
  status: FlowStatus,
  statusEdit: StatusEdit | undefined,
  text: string,
): TSESLint.ReportFixFunction | undefined {
  if (status.node) {
    const node = status.node;
    return (fixer) => fixer.replaceText(node, text);
  }
  const url = call.arguments[0];
  switch (statusEdit) {
    case 'before-url':
      return url ? (fixer) => fixer.insertTextBefore(url, `${text}, `) : undefined;
    case 'after-url':
      return url && call.arguments.length === 1 ? (fixer) => fixer.insertTextAfter(url, `, ${text}`) : undefined;
    case 'assign-before': {
      // Koa keeps a 3xx status set before ctx.redirect(); the statement must stand alone.
      const statement = call.parent;
      if (statement.type !== 'ExpressionStatement' || call.callee.type !== 'MemberExpression') return undefined;
      const context = sourceCode.getText(call.callee.object);
      const indent = ' '.repeat(statement.loc.start.column);
      return (fixer) => fixer.insertTextBefore(statement, `${context}.status = ${text};\n${indent}`);
    }
    default:
      return undefined;
  }
}
