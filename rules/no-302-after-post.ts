import type { TSESTree } from '@typescript-eslint/utils';

import { withFileAnalysis } from '../src/analysis/file-analysis.js';
import type { FileAnalysis } from '../src/analysis/file-analysis.js';
import type { FlowStatus, StatusEdit } from '../src/analysis/response-flow.js';
import type { RouteMethods } from '../src/analysis/route-methods.js';
import { redirectStatusEdit } from '../src/fix/redirect-status.js';
import { statusText } from '../src/fix/status-text.js';
import type { No302AfterPostOptions } from '../src/rule-options.js';
import { createRule, perOptions } from '../src/util/create-rule.js';

type MessageIds = 'redirectAfterUnsafeMethod' | 'useSeeOther' | 'useTemporaryRedirect';

const methodsOf = perOptions((options: No302AfterPostOptions) => new Set(options.methods));

/** RFC 9110 sections of the two codes that change the method by accident. */
const sections: Readonly<Record<number, string>> = { 301: '15.4.2', 302: '15.4.3' };

export default createRule<[No302AfterPostOptions], MessageIds>({
  name: 'no-302-after-post',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow 301 and 302 redirects from handlers of POST, PUT, PATCH and DELETE',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          methods: {
            type: 'array',
            description: 'The HTTP methods whose handlers must not answer 301 or 302.',
            items: { type: 'string', enum: ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      redirectAfterUnsafeMethod:
        'A {{code}} redirect from {{source}} ({{method}}) lets clients change the method (RFC 9110 section {{section}}): browsers turn a POST into a GET, and Fetch-based clients send PUT, PATCH and DELETE again to the new URL. Use 303 See Other to have the client GET the new URL (RFC 9110 section 15.4.4), or 307 or 308 to repeat the same method (RFC 9110 sections 15.4.8, 15.4.9).',
      useSeeOther: 'Redirect with 303 See Other ({{status}}): the client follows with GET.',
      useTemporaryRedirect: 'Redirect with 307 Temporary Redirect ({{status}}): the client repeats the {{method}}.',
    },
    languages: ['js/js'],
  },
  defaultOptions: [{ methods: ['POST', 'PUT', 'PATCH', 'DELETE'] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const methods = methodsOf(options);
    function check(call: TSESTree.CallExpression, status: FlowStatus, statusEdit: StatusEdit | undefined, route: RouteMethods | undefined) {
      const code = status.code;
      if ((code !== 301 && code !== 302) || !route) return;
      const method = route.methods.find((candidate) => methods.has(candidate));
      if (!method) return;
      const suggest = [
        { messageId: 'useSeeOther' as const, code: 303 },
        { messageId: 'useTemporaryRedirect' as const, code: 307 },
      ].flatMap(({ messageId, code: replacement }) => {
        const text = statusText(sourceCode, analysis.facts, call, replacement);
        const fix = redirectStatusEdit(sourceCode, call, status, statusEdit, text);
        return fix ? [{ messageId, data: { status: text, method }, fix }] : [];
      });
      context.report({
        node: status.node ?? call,
        messageId: 'redirectAfterUnsafeMethod',
        data: { code: String(code), source: route.source, method, section: sections[code]! },
        suggest,
      });
    }

    let analysis: FileAnalysis;
    return withFileAnalysis(context, (fileAnalysis) => {
      analysis = fileAnalysis;
      for (const handle of analysis.flow.handles) {
        for (const event of handle.events) {
          if (event.kind === 'redirect') check(event.node, event.status, event.statusEdit, event.routeMethods);
        }
      }
      for (const value of analysis.flow.values) {
        if (value.isRedirect && value.node.type === 'CallExpression') check(value.node, value.status, value.statusEdit, value.routeMethods);
      }
    });
  },
});
