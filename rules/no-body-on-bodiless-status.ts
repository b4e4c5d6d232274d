import { contentOnBodilessConsequence, withFileAnalysis } from '../src/analysis/index.js';
import { bodilessEdits } from '../src/fix/bodiless.js';
import { noContentCitation } from '../src/registry/citations.js';
import { ianaStatus, isNullBodyStatus } from '../src/registry/index.js';
import { createRule } from '../src/util/create-rule.js';

type MessageIds = 'contentOnBodilessStatus' | 'sendWithoutContent';

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
      contentOnBodilessStatus: '{{status}} must not carry content ({{citation}}), and {{consequence}}. Send it without a body.',
      sendWithoutContent: 'Send it without content: {{replacement}}.',
    },
    languages: ['js/js'],
  },
  create(context) {
    const sourceCode = context.sourceCode;

    return withFileAnalysis(context, ({ responses }) => {
      for (const sent of responses.contentsWith(isNullBodyStatus)) {
        const { code } = sent;
        context.report({
          node: sent.content,
          messageId: 'contentOnBodilessStatus',
          data: {
            status: `${code} ${ianaStatus(code)?.phrase ?? ''}`.trim(),
            citation: noContentCitation(code),
            consequence: contentOnBodilessConsequence(sent.framework, code),
          },
          suggest: bodilessEdits(sourceCode, sent).map((edit) => ({
            messageId: 'sendWithoutContent' as const,
            data: { replacement: edit.text },
            fix: edit.fix,
          })),
        });
      }
    });
  },
});
