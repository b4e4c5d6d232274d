import { withFileAnalysis } from '../src/analysis/index.js';
import { redirectStatusEdit } from '../src/fix/redirect-status.js';
import { statusText } from '../src/fix/status-text.js';
import { createRule, perOptions } from '../src/util/create-rule.js';

export interface No302AfterPostOptions {
  methods?: string[];
}

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
    defaultOptions: [{ methods: ['POST', 'PUT', 'PATCH', 'DELETE'] }],
    messages: {
      redirectAfterUnsafeMethod:
        'A {{code}} redirect from {{source}} ({{method}}) lets clients change the method (RFC 9110 section {{section}}): browsers turn a POST into a GET, and Fetch-based clients send PUT, PATCH and DELETE again to the new URL. Use 303 See Other to have the client GET the new URL (RFC 9110 section 15.4.4), or 307 or 308 to repeat the same method (RFC 9110 sections 15.4.8, 15.4.9).',
      useSeeOther: 'Redirect with 303 See Other ({{status}}): the client follows with GET.',
      useTemporaryRedirect: 'Redirect with 307 Temporary Redirect ({{status}}): the client repeats the {{method}}.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const methods = methodsOf(options);

    return withFileAnalysis(context, ({ responses, facts }) => {
      for (const redirect of responses.redirects()) {
        const { status, route, call } = redirect;
        const code = status.code;
        if ((code !== 301 && code !== 302) || !route) continue;
        const method = route.methods.find((candidate) => methods.has(candidate));
        if (!method) continue;
        const suggest = [
          { messageId: 'useSeeOther' as const, code: 303 },
          { messageId: 'useTemporaryRedirect' as const, code: 307 },
        ].flatMap(({ messageId, code: replacement }) => {
          const text = statusText(sourceCode, facts, call, replacement);
          const fix = redirectStatusEdit(sourceCode, redirect, text);
          return fix ? [{ messageId, data: { status: text, method }, fix }] : [];
        });
        context.report({
          node: status.node ?? call,
          messageId: 'redirectAfterUnsafeMethod',
          data: { code: String(code), source: route.source, method, section: sections[code]! },
          suggest,
        });
      }
    });
  },
});
