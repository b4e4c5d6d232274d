import type { TSESTree } from '@typescript-eslint/utils';

import { followsInStraightLine } from '../src/analysis/flow-order.js';
import { withFileAnalysis } from '../src/analysis/file-analysis.js';
import { isEmptyContent } from '../src/analysis/response-flow.js';
import type { FlowEvent } from '../src/analysis/response-flow.js';
import { contentOnBodilessConsequence } from '../src/analysis/runtime.js';
import { bodilessEventEdits, bodilessValueEdits } from '../src/fix/bodiless.js';
import type { BodilessEdit } from '../src/fix/bodiless.js';
import { restateStatus, withStatusImports } from '../src/fix/status-text.js';
import { noContentCitation } from '../src/registry/citations.js';
import { statusLabel } from '../src/registry/describe.js';
import { isNullBodyStatus } from '../src/registry/index.js';
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
      contentOnBodilessStatus:
        'Send this {{status}} response without content: it must carry none. See {{citation}}; at run time, {{consequence}}.',
      sendWithoutContent: 'Send it without content: {{replacement}}.',
    },
    languages: ['js/js'],
  },
  create(context) {
    const sourceCode = context.sourceCode;

    function report(node: TSESTree.Node, code: number, framework: string, edits: BodilessEdit[]) {
      context.report({
        node,
        messageId: 'contentOnBodilessStatus',
        data: {
          status: statusLabel(code),
          citation: noContentCitation(code),
          consequence: contentOnBodilessConsequence(framework, code),
        },
        suggest: edits.map((edit) => ({ messageId: 'sendWithoutContent' as const, data: { replacement: edit.text }, fix: edit.fix })),
      });
    }

    return withFileAnalysis(context, (analysis) => {
      const flow = analysis.flow;
      for (const value of flow.values) {
        const code = value.status.code;
        if (value.isRedirect || code === undefined || !isNullBodyStatus(code)) continue;
        if (!value.alwaysHasContent && isEmptyContent(value.content)) continue;
        report(value.content ?? value.node, code, value.framework, bodilessValueEdits(sourceCode, value));
      }
      for (const handle of flow.handles) {
        let status: Extract<FlowEvent, { kind: 'status' }> | undefined;
        for (const event of handle.events) {
          if (event.kind === 'status') status = event;
          else if (event.kind === 'redirect') status = undefined;
          else if (event.kind === 'body' && status) {
            const code = status.status.code;
            if (code === undefined || !isNullBodyStatus(code) || !followsInStraightLine(status.node, event.node)) continue;
            // An edit that repeats the status writes the provider's constant for a bare number, with its import.
            const written = status.status.node && restateStatus(context, analysis.facts, status.status.node, code);
            report(event.content, code, event.framework, withStatusImports(bodilessEventEdits(sourceCode, event, written?.text), written));
          }
        }
      }
    });
  },
});
