import { withFileAnalysis } from '../src/analysis/index.js';
import type { RouteMethods } from '../src/analysis/index.js';
import { redirectStatusEdit } from '../src/fix/redirect-status.js';
import { withStatusImport, writeStatus } from '../src/fix/status-text.js';
import { rfc9110Section } from '../src/registry/citations.js';
import { writtenStatusLabel } from '../src/registry/describe.js';
import type { No302AfterPostOptions } from '../src/rule-options.js';
import { createRule, perOptions } from '../src/util/create-rule.js';

type MessageIds = 'redirectAfterUnsafeMethod' | 'helperRedirectAfterUnsafeMethod' | 'useSeeOther' | 'useTemporaryRedirect';

/** Where the handler is registered for the reported method: "app.post() in app.js:254". */
function sourceOf(route: RouteMethods, method: string): string {
  return route.sources?.find((candidate) => candidate.methods.includes(method))?.source ?? route.source;
}

const methodsOf = perOptions((options: No302AfterPostOptions) => new Set(options.methods));

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
        'A {{code}} redirect answering {{method}} may change the method: use 303 for a GET, or 307 to keep {{method}}. RFC 9110 section {{section}} lets clients change it. Handler: {{source}}.',
      helperRedirectAfterUnsafeMethod:
        '`{{helper}}` answers the {{method}} {{handler}} with a {{code}} redirect: use 303, or 307 to keep {{method}}. RFC 9110 section {{section}} lets clients change it. Handler: {{source}}.',
      useSeeOther: 'Redirect with {{status}}: the client follows with a GET.',
      useTemporaryRedirect: 'Redirect with {{status}}: the client repeats the {{method}}.',
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
          const written = writeStatus(context, facts, status.node ?? call, replacement);
          const fix = redirectStatusEdit(sourceCode, redirect, written.text);
          const data = { status: writtenStatusLabel(written.text, replacement), method };
          return fix ? [{ messageId, data, fix: withStatusImport(fix, written) }] : [];
        });
        const section = rfc9110Section(code)!;
        const handler =
          route.through?.handlers.find((candidate) => candidate.methods.includes(method)) ??
          // A helper of another module: the handler that calls it.
          (redirect.helper && { name: redirect.helper.caller, source: route.source });
        const helper = route.through?.helper ?? redirect.helper?.name;
        if (helper !== undefined && handler)
          context.report({
            node: status.node ?? call,
            messageId: 'helperRedirectAfterUnsafeMethod',
            data: {
              helper,
              handler: handler.name === undefined ? 'handler' : `\`${handler.name}\``,
              code: String(code),
              method,
              section,
              source: handler.source,
            },
            suggest,
          });
        else
          context.report({
            node: status.node ?? call,
            messageId: 'redirectAfterUnsafeMethod',
            data: { code: String(code), source: sourceOf(route, method), method, section },
            suggest,
          });
      }
    });
  },
});
