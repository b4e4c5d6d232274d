import { withFileAnalysis } from '../src/analysis/index.js';
import { headerRequirements } from '../src/registry/header-requirements.js';
import { statusLabel } from '../src/registry/describe.js';
import type { RequireStatusHeadersOptions } from '../src/rule-options.js';
import { requireStatusHeadersSchema } from '../src/options/rule-schemas.js';
import { createRule, perOptions } from '../src/util/create-rule.js';

type MessageIds = 'missingHeader';

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
    schema: requireStatusHeadersSchema,
    defaultOptions: [{ headers: {}, ignoreExceptions: true, headerSetters: [] }],
    messages: {
      missingHeader: 'Set {{header}} on this {{status}} response: it {{level}} carry one. See {{citation}}; without it, {{consequence}}.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const requirements = requirementsFor(options);
    const checksExceptions = options.ignoreExceptions === false;
    const headerSetters = settersFor(options);

    return withFileAnalysis(context, ({ responses }) => {
      for (const sent of responses.sentStatuses(checksExceptions)) {
        const required = requirements.get(sent.code);
        // Looked up only for a status that requires a header: most responses need none.
        const headers = required ? sent.headers(headerSetters) : undefined;
        if (!required || !headers?.known) continue;
        for (const requirement of required) {
          if (headers.names.has(requirement.header.toLowerCase())) continue;
          context.report({
            node: sent.node,
            messageId: 'missingHeader',
            data: {
              status: statusLabel(sent.code),
              level: requirement.level,
              header: requirement.header,
              citation: requirement.citation,
              consequence: requirement.consequence,
            },
          });
        }
      }
    });
  },
});
