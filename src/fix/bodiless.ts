import type { TSESLint } from '@typescript-eslint/utils';

import type { ContentWithStatus } from '../analysis/index.js';
import { propertyName, unwrap } from '../ast/nodes.js';

export interface BodilessEdit {
  /** The code as it reads after the edit, for the suggestion's message. */
  readonly text: string;
  readonly fix: TSESLint.ReportFixFunction;
}

/**
 * The edits that send the same response without content, as the catalogue describes for its API:
 * `res.json(x)` -> `res.end()` (or `res.sendStatus(204)`), `ctx.body = x` -> `ctx.body = null`,
 * `new Response(x, init)` -> `new Response(null, init)`, `c.json(x, 204)` -> `c.body(null, 204)`,
 * `Response.json(x, init)` -> `new Response(null, init)`.
 */
export function bodilessEdits(
  sourceCode: Readonly<TSESLint.SourceCode>,
  sent: ContentWithStatus,
  /** The status as the edit writes it again; by default its own text. */
  statusText = sent.status.expression && sourceCode.getText(sent.status.expression),
): BodilessEdit[] {
  const { sender: node, emptyBody } = sent;
  if (!emptyBody) return [];
  if (node.type === 'AssignmentExpression') {
    return emptyBody.kind === 'assign-null'
      ? [{ text: `${sourceCode.getText(node.left)} = null`, fix: (fixer) => fixer.replaceText(node.right, 'null') }]
      : [];
  }
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return [];
  const rest = node.arguments.slice(1).map((argument) => sourceCode.getText(argument));
  const callee = node.callee;
  switch (emptyBody.kind) {
    case 'null-content': {
      const content = node.arguments[0];
      if (!content) return [];
      const text = `new ${sourceCode.getText(callee)}(${['null', ...rest].join(', ')})`;
      return [{ text, fix: (fixer) => fixer.replaceText(content, 'null') }];
    }
    case 'construct': {
      const text = `new ${emptyBody.constructor}(${['null', ...rest].join(', ')})`;
      return [{ text, fix: (fixer) => fixer.replaceText(node, text) }];
    }
    case 'method': {
      if (callee.type !== 'MemberExpression') return [];
      const text = `${sourceCode.getText(callee.object)}.${emptyBody.method}(${['null', ...rest].join(', ')})`;
      return [{ text, fix: (fixer) => fixer.replaceText(node, text) }];
    }
    case 'call': {
      if (callee.type !== 'MemberExpression') return [];
      const emptyCall = emptyBody.call;
      const edits: BodilessEdit[] = [
        {
          text: `${sourceCode.getText(callee.object)}.${emptyCall}`,
          fix: (fixer) => fixer.replaceTextRange([callee.property.range[0], node.range[1]], emptyCall),
        },
      ];
      // res.status(204).json(x) -> res.sendStatus(204)
      const inner = callee.object;
      if (emptyBody.sendStatus && statusText && inner === sent.statusOwner && inner.type === 'CallExpression') {
        const statusCallee = unwrap(inner.callee);
        if (statusCallee.type === 'MemberExpression' && propertyName(statusCallee) === emptyBody.statusMethod) {
          const text = `${sourceCode.getText(statusCallee.object)}.${emptyBody.sendStatus}(${statusText})`;
          edits.push({ text, fix: (fixer) => fixer.replaceText(node, text) });
        }
      }
      return edits;
    }
    default:
      return [];
  }
}
