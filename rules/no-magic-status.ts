import { withFileAnalysis } from '../src/analysis/index.js';
import type { StatusRole } from '../src/analysis/index.js';
import { planConstantFix } from '../src/fix/constant-fix.js';
import { fixOrSuggest } from '../src/fix/fix-or-suggest.js';
import { providerChoices } from '../src/fix/provider-choices.js';
import { providerOptionSchema, statusListSchema } from '../src/options/provider-schema.js';
import { chooseProvider } from '../src/providers/resolve.js';
import { statusMeaning } from '../src/registry/describe.js';
import { isInStatusRange } from '../src/registry/index.js';
import type { NoMagicStatusOptions } from '../src/rule-options.js';
import { createRule, perOptions } from '../src/util/create-rule.js';

const derive = perOptions((options: NoMagicStatusOptions) => ({
  ignored: new Set(options.ignore),
  checked: {
    send: true,
    throw: true,
    redirect: true,
    declare: true,
    compare: options.checkComparisons !== false,
    assert: options.checkTests !== false,
    range: options.checkRanges === true,
  } satisfies Record<StatusRole, boolean>,
}));

type MessageIds =
  | 'magicStatus'
  | 'magicStatusNoProvider'
  | 'magicStatusNoMember'
  | 'unreadableProvider'
  | 'useConstant'
  | 'useConstantFrom'
  | 'useConstantWithImport';

export default createRule<[NoMagicStatusOptions], MessageIds>({
  name: 'no-magic-status',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require named constants instead of numeric HTTP status codes',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          provider: providerOptionSchema,
          ignore: statusListSchema('Status codes that may stay numbers.'),
          checkComparisons: {
            type: 'boolean',
            description: 'Check statuses compared with `.status` or `.statusCode`, in `switch` cases and `[...].includes()`.',
          },
          checkTests: { type: 'boolean', description: 'Check statuses in test assertions (supertest, expect, assert, chai-http).' },
          checkRanges: { type: 'boolean', description: 'Check relational range checks such as `res.status >= 400`.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ provider: 'auto', ignore: [], checkComparisons: true, checkTests: true, checkRanges: false }],
    messages: {
      magicStatus: 'Use {{constant}} instead of the magic number {{code}}. A name says what the number means: {{meaning}}.',
      magicStatusNoProvider:
        'Magic number {{code}}: no constants package in dependencies; run `npm i http-status-codes` or set the `provider` option. ' +
        '{{code}} is {{meaning}}. `provider` takes "http-status-codes", "http-status", "@nestjs/common", "@angular/common", "node:http2" or a module of your own.',
      magicStatusNoMember:
        'The magic number {{code}} has no constant in {{provider}}: define one, or list {{code}} in `ignore`. A name says what the number means: {{meaning}}.',
      useConstant: 'Replace {{code}} with {{constant}}.',
      useConstantFrom: "Replace {{code}} with {{constant}}, imported from '{{module}}'.",
      unreadableProvider:
        'The `provider` option gives no constants: {{problem}}. It names {{provider}}; nothing is fixed until it names a readable module.',
      useConstantWithImport: 'Replace {{code}} with {{constant}}. This adds `{{statement}}`.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const { ignored, checked } = derive(options);
    const option = options.provider ?? 'auto';

    return withFileAnalysis(context, (analysis) => {
      let provider: ReturnType<typeof chooseProvider> | null = null;
      let problemReported = false;
      for (const { site, value } of analysis.sites) {
        const literal = value?.literal;
        if (!literal || !checked[site.role] || !isInStatusRange(value.code) || ignored.has(value.code)) continue;
        const facts = analysis.facts;
        provider ??= chooseProvider(option, facts, context.physicalFilename, context.cwd);
        const code = String(value.code);
        const meaning = statusMeaning(value.code);
        if (provider?.problem !== undefined && !problemReported) {
          problemReported = true;
          context.report({ node: literal, messageId: 'unreadableProvider', data: { provider: provider.name, problem: provider.problem } });
        }
        const where = { filename: context.physicalFilename, cwd: context.cwd, role: site.role, framework: site.framework };
        const plan = planConstantFix(context.sourceCode, facts, provider, value.code, literal, where);
        switch (plan.kind) {
          case 'no-provider': {
            const choices =
              option !== 'auto' ? [] : providerChoices(context.sourceCode, facts, context.physicalFilename, site, value.code, literal);
            const suggest = choices.map(({ constant, module, fix }) => ({
              messageId: 'useConstantFrom' as const,
              data: { code, constant, module },
              fix,
            }));
            context.report({ node: literal, messageId: 'magicStatusNoProvider', data: { code, meaning }, suggest });
            break;
          }
          case 'no-member':
            context.report({ node: literal, messageId: 'magicStatusNoMember', data: { code, meaning, provider: provider!.name } });
            break;
          case 'unsafe':
            context.report({ node: literal, messageId: 'magicStatus', data: { code, meaning, constant: plan.constant } });
            break;
          case 'suggestion': {
            const { constant, statement } = plan;
            context.report({
              node: literal,
              messageId: 'magicStatus',
              data: { code, meaning, constant },
              suggest: [
                statement === undefined
                  ? { messageId: 'useConstant', data: { code, constant }, fix: plan.fix }
                  : { messageId: 'useConstantWithImport', data: { code, constant, statement }, fix: plan.fix },
              ],
            });
            break;
          }
          case 'fix':
            context.report({
              node: literal,
              messageId: 'magicStatus',
              data: { code, meaning, constant: plan.constant },
              ...fixOrSuggest(plan.kind, { messageId: 'useConstant', data: { code, constant: plan.constant }, fix: plan.fix }),
            });
            break;
        }
      }
    });
  },
});
