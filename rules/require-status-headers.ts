import { withFileAnalysis } from '../src/analysis/index.js';
import { headerRequirements } from '../src/registry/header-requirements.js';
import { sameStyleStatus } from '../src/fix/same-style-status.js';
import { statusLabel, writtenStatusLabel } from '../src/registry/describe.js';
import type { RequireStatusHeadersOptions } from '../src/rule-options.js';
import { requireStatusHeadersSchema } from '../src/options/rule-schemas.js';
import { createRule, perOptions } from '../src/util/create-rule.js';

type MessageIds =
  'missingHeader' | 'missingHeaderOrOtherStatus' | 'helperMissingHeader' | 'helperMissingHeaderOrOtherStatus' | 'useOtherStatus';

/** The longest helper name a message names: longer ones would make it too long to read in an editor. */
const maxHelperName = 16;

const requirementsFor = perOptions((options: RequireStatusHeadersOptions) => headerRequirements(options.headers));
const settersFor = perOptions((options: RequireStatusHeadersOptions) => new Set(options.headerSetters));

export default createRule<[RequireStatusHeadersOptions], MessageIds>({
  name: 'require-status-headers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the headers HTTP demands with a status: WWW-Authenticate with 401, Allow with 405, Location with redirects',
      recommended: 'strict',
    },
    hasSuggestions: true,
    schema: requireStatusHeadersSchema,
    defaultOptions: [{ headers: {}, ignoreExceptions: true, headerSetters: [] }],
    messages: {
      missingHeader: 'Set {{header}} on this {{status}} response: it {{level}} carry one. See {{citation}}; without it, {{consequence}}.',
      missingHeaderOrOtherStatus:
        'Set {{header}} on this {{status}} response, or send {{other}} if {{when}}. See {{citation}}; without it, {{consequence}}.',
      helperMissingHeader:
        'Set {{header}} before `{{helper}}` sends {{code}}: it {{level}} carry one. See {{citation}}; without it, {{consequence}}.',
      helperMissingHeaderOrOtherStatus:
        'Set {{header}} before `{{helper}}` sends {{code}}, or send {{other}} if {{when}}. See {{citation}}; without it, {{consequence}}.',
      useOtherStatus: 'Send {{status}} if {{when}}.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const requirements = requirementsFor(options);
    const checksExceptions = options.ignoreExceptions === false;
    const headerSetters = settersFor(options);

    return withFileAnalysis(context, (analysis) => {
      const { responses } = analysis;
      for (const sent of responses.sentStatuses(checksExceptions)) {
        const required = requirements.get(sent.code);
        // Looked up only for a status that requires a header: most responses need none.
        const headers = required ? sent.headers(headerSetters) : undefined;
        if (!required || !headers?.known) continue;
        for (const requirement of required) {
          if (headers.names.has(requirement.header.toLowerCase())) continue;
          const { header, citation, consequence, level, otherStatus: other } = requirement;
          const status = statusLabel(sent.code);
          // A status passed to a function of the file: the message names it, where the name leaves the message short enough.
          const helper = sent.helper !== undefined && sent.helper.length <= maxHelperName ? sent.helper : undefined;
          const named = helper === undefined ? {} : { helper, code: String(sent.code) };
          if (!other) {
            const messageId = helper === undefined ? 'missingHeader' : 'helperMissingHeader';
            context.report({ node: sent.node, messageId, data: { status, level, header, citation, consequence, ...named } });
            continue;
          }
          // A suggestion, never a fix: only the author knows whether the client is signed in.
          const edit = sameStyleStatus(context.sourceCode, sent.node, sent.code, other.code, analysis);
          context.report({
            node: sent.node,
            messageId: helper === undefined ? 'missingHeaderOrOtherStatus' : 'helperMissingHeaderOrOtherStatus',
            data: { status, header, citation, consequence, other: String(other.code), when: other.when, ...named },
            suggest: edit
              ? [
                  {
                    messageId: 'useOtherStatus',
                    data: { status: writtenStatusLabel(edit.written, other.code), when: other.when },
                    fix: (fixer) => fixer.replaceText(edit.node, edit.text),
                  },
                ]
              : [],
          });
        }
      }
    });
  },
});
