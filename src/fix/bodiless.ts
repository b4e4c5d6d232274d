import type { TSESLint } from '@typescript-eslint/utils';

import type { FlowEvent, ResponseValue } from '../analysis/response-flow.js';

export interface BodilessEdit {
  /** The code as it reads after the edit, for the suggestion's message. */
  readonly text: string;
  readonly fix: TSESLint.ReportFixFunction;
}

type BodyEvent = Extract<FlowEvent, { kind: 'body' }>;

/** `res.status(204).json(x)` -> `res.status(204).end()`, `reply.send(x)` -> `reply.send()`, `ctx.body = x` -> `ctx.body = null`. */
export function bodilessEventEdits(
  sourceCode: Readonly<TSESLint.SourceCode>,
  event: BodyEvent,
  statusText: string | undefined,
): BodilessEdit[] {
  const node = event.node;
  if (node.type === 'AssignmentExpression') {
    return [{ text: `${sourceCode.getText(node.left)} = null`, fix: (fixer) => fixer.replaceText(node.right, 'null') }];
  }
  const callee = node.callee;
  if (callee.type !== 'MemberExpression') return [];
  const emptyCall = event.framework === 'fastify' ? 'send()' : 'end()';
  const receiver = sourceCode.getText(callee.object);
  const edits: BodilessEdit[] = [
    { text: `${receiver}.${emptyCall}`, fix: (fixer) => fixer.replaceTextRange([callee.property.range[0], node.range[1]], emptyCall) },
  ];
  // Express: res.status(204).json(x) -> res.sendStatus(204)
  const inner = callee.object;
  if (
    event.framework === 'express' &&
    statusText !== undefined &&
    inner.type === 'CallExpression' &&
    inner.callee.type === 'MemberExpression' &&
    !inner.callee.computed &&
    inner.callee.property.type === 'Identifier' &&
    inner.callee.property.name === 'status'
  ) {
    const text = `${sourceCode.getText(inner.callee.object)}.sendStatus(${statusText})`;
    edits.push({ text, fix: (fixer) => fixer.replaceText(node, text) });
  }
  return edits;
}

/** `new Response(x, init)` -> `new Response(null, init)`, `Response.json(x, init)` -> `new Response(null, init)`, `c.json(x, 204)` -> `c.body(null, 204)`. */
export function bodilessValueEdits(sourceCode: Readonly<TSESLint.SourceCode>, value: ResponseValue): BodilessEdit[] {
  const node = value.node;
  const rest = node.arguments.slice(1).map((argument) => sourceCode.getText(argument));
  if (node.type === 'NewExpression') {
    const content = node.arguments[0];
    if (!content) return [];
    const text = `${sourceCode.getText(node.callee)}(${['null', ...rest].join(', ')})`;
    return [{ text: `new ${text}`, fix: (fixer) => fixer.replaceText(content, 'null') }];
  }
  const callee = node.callee;
  if (value.framework === 'hono' && callee.type === 'MemberExpression') {
    const text = `${sourceCode.getText(callee.object)}.body(${['null', ...rest].join(', ')})`;
    return [{ text, fix: (fixer) => fixer.replaceText(node, text) }];
  }
  // Response.json / NextResponse.json / Remix json(): a Response of the same class with no content.
  const constructor = value.framework === 'next' ? 'NextResponse' : 'Response';
  const text = `new ${constructor}(${['null', ...rest].join(', ')})`;
  return [{ text, fix: (fixer) => fixer.replaceText(node, text) }];
}
