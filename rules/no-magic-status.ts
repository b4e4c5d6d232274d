import { withFileAnalysis } from '../src/analysis/index.js';
import type { TSESTree } from '@typescript-eslint/utils';

import { planConstantFix } from '../src/fix/constant-fix.js';
import type { ConstantPlan } from '../src/fix/constant-fix.js';
import { fixOrSuggest } from '../src/fix/fix-or-suggest.js';
import { importOnce } from '../src/fix/import-once.js';
import { providerChoices } from '../src/fix/provider-choices.js';
import { magicStatusChecks, noMagicStatusSchema } from '../src/options/provider-schema.js';
import { moduleReaderOf } from '../src/project/parse.js';
import { chooseProvider } from '../src/providers/resolve.js';
import { registryNameNote, statusCitation, statusMeaning } from '../src/registry/describe.js';
import { isInStatusRange } from '../src/registry/index.js';
import type { NoMagicStatusOptions } from '../src/rule-options.js';
import { createRule } from '../src/util/create-rule.js';

const messages = {
  magicStatus: 'Use {{constant}}{{registryName}} instead of {{code}}. See {{citation}}.',
  magicStatusNoProvider:
    'No constants package to name {{code}}: run `npm i http-status-codes` or set `provider` (choices in the rule docs). {{code}} is {{meaning}}.',
  magicStatusNoMember:
    'The magic number {{code}} has no constant in {{provider}}: define one, or list {{code}} in `ignore`. {{code}} is {{meaning}}.',
  useConstant: 'Replace {{code}} with {{constant}}.',
  useConstantFrom: "Replace {{code}} with {{constant}}, imported from '{{module}}'.",
  unreadableProvider:
    'The `provider` option gives no constants: {{problem}}. It names {{provider}}; nothing is fixed until it names a readable module.',
  useConstantWithImport: 'Replace {{code}} with {{constant}}. This adds `{{statement}}`.',
};

type MessageIds = keyof typeof messages;

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
    schema: noMagicStatusSchema,
    defaultOptions: [{ provider: 'auto', ignore: [], checkComparisons: true, checkTests: true, checkRanges: false }],
    messages,
    languages: ['js/js'],
  },
  create(context, [options]) {
    const { ignored, checked } = magicStatusChecks(options);
    const option = options.provider ?? 'auto';

    return withFileAnalysis(context, (analysis) => {
      const { sourceCode, physicalFilename: filename, cwd } = context;
      let provider: ReturnType<typeof chooseProvider> | null = null;
      let problemReported = false;
      // Reports with a fix wait until all are known: the first fix in the file adds the import for all of them.
      const fixed: { literal: TSESTree.Node; data: Record<string, string>; plan: Extract<ConstantPlan, { kind: 'fix' }> }[] = [];
      for (const { site, value } of analysis.sites) {
        const literal = value?.literal;
        if (!literal || !checked[site.role] || !isInStatusRange(value.code) || ignored.has(value.code)) continue;
        const facts = analysis.facts;
        provider ??= chooseProvider(option, facts, filename, cwd, () => moduleReaderOf(context));
        if (provider?.problem !== undefined && !problemReported) {
          problemReported = true;
          context.report({ node: literal, messageId: 'unreadableProvider', data: { provider: provider.name, problem: provider.problem } });
        }
        const [code, meaning] = [String(value.code), statusMeaning(value.code)];
        const plan = planConstantFix(sourceCode, facts, provider, value.code, literal, { filename, cwd, ...site });
        if (plan.kind === 'no-provider') {
          const choices = option === 'auto' ? providerChoices(sourceCode, facts, filename, site, value.code, literal) : [];
          const suggest = choices.map(({ constant, module, fix }) => ({
            messageId: 'useConstantFrom' as const,
            data: { code, constant, module },
            fix,
          }));
          context.report({ node: literal, messageId: 'magicStatusNoProvider', data: { code, meaning }, suggest });
        } else if (plan.kind === 'no-member') {
          context.report({ node: literal, messageId: 'magicStatusNoMember', data: { code, meaning, provider: provider!.name } });
        } else if (plan.kind === 'unsafe') {
          const data = {
            code,
            constant: plan.constant,
            registryName: registryNameNote(value.code, plan.constant),
            citation: statusCitation(value.code),
          };
          context.report({ node: literal, messageId: 'magicStatus', data });
        } else if (plan.kind === 'fix') {
          const { constant } = plan;
          const data = { code, constant, registryName: registryNameNote(value.code, constant), citation: statusCitation(value.code) };
          fixed.push({ literal, data, plan });
        } else {
          const { constant, fix, statement } = plan;
          const suggestion =
            statement === undefined
              ? { messageId: 'useConstant' as const, data: { code, constant }, fix }
              : { messageId: 'useConstantWithImport' as const, data: { code, constant, statement }, fix };
          const data = { code, constant, registryName: registryNameNote(value.code, constant), citation: statusCitation(value.code) };
          context.report({ node: literal, messageId: 'magicStatus', data, ...fixOrSuggest('suggest', suggestion) });
        }
      }
      const fixes = importOnce(
        sourceCode,
        context.id,
        fixed.map(({ plan }) => plan),
      );
      fixed.forEach(({ literal, data }, index) => {
        const edit = { messageId: 'useConstant' as const, data, fix: fixes[index]! };
        context.report({ node: literal, messageId: 'magicStatus', data, ...fixOrSuggest('fix', edit) });
      });
    });
  },
});
