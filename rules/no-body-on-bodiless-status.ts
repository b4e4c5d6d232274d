import { contentOnBodilessConsequence, withFileAnalysis } from '../src/analysis/index.js';
import { bodilessEdits } from '../src/fix/bodiless.js';
import { restateStatus, withStatusImports } from '../src/fix/status-text.js';
import { noContentCitation } from '../src/registry/citations.js';
import { statusLabel } from '../src/registry/describe.js';
import { isNullBodyStatus } from '../src/registry/index.js';
import { createRule } from '../src/util/create-rule.js';

type MessageIds = 'contentOnBodilessStatus' | 'helperContentOnBodilessStatus' | 'sendWithoutContent';

export default createRule<[], MessageIds>({
  name: 'no-body-on-bodiless-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow content in responses whose status carries none (1xx, 204, 205, 304)',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      contentOnBodilessStatus:
        'Send this {{status}} response without content: it must carry none. See {{citation}}; at run time, {{consequence}}.',
      helperContentOnBodilessStatus:
        '`{{helper}}` sends content, which {{code}} must not carry: pass another status. See {{citation}}; at run time, {{consequence}}.',
      sendWithoutContent: 'Send it without content: {{replacement}}.',
    },
    languages: ['js/js'],
  },
  create(context) {
    const sourceCode = context.sourceCode;

    return withFileAnalysis(context, ({ responses, facts }) => {
      for (const sent of responses.contentsWith(isNullBodyStatus)) {
        const { code } = sent;
        const citation = noContentCitation(code);
        const consequence = contentOnBodilessConsequence(sent.framework, code);
        // A status passed to a function of the file that sends content: the call is what to change, the function serves other calls too.
        const through = sent.status.through;
        if (through && sent.status.node) {
          context.report({
            node: sent.status.node,
            messageId: 'helperContentOnBodilessStatus',
            data: { helper: through.helper, code: String(code), citation, consequence },
          });
          continue;
        }
        // An edit that repeats the status writes the provider's constant for a bare number, with its import.
        const written = sent.status.expression && restateStatus(context, facts, sent.status.expression, code);
        context.report({
          node: sent.content,
          messageId: 'contentOnBodilessStatus',
          data: { status: statusLabel(code), citation, consequence },
          suggest: withStatusImports(bodilessEdits(sourceCode, sent, written?.text), written).map((edit) => ({
            messageId: 'sendWithoutContent' as const,
            data: { replacement: edit.text },
            fix: edit.fix,
          })),
        });
      }
    });
  },
});
