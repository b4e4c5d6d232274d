import { withFileAnalysis } from '../src/analysis/index.js';
import { headerRequirements } from '../src/registry/header-requirements.js';
import { statusLabel } from '../src/registry/describe.js';
import type { RequireStatusHeadersOptions } from '../src/rule-options.js';
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
    schema: [
      {
        type: 'object',
        properties: {
          headers: {
            type: 'object',
            description: 'Required headers by status code; a code listed here replaces its default list, e.g. { "429": ["Retry-After"] }.',
            patternProperties: {
              '^[1-5][0-9]{2}$': { type: 'array', items: { type: 'string', pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, uniqueItems: true },
            },
            additionalProperties: false,
          },
          ignoreExceptions: {
            type: 'boolean',
            description:
              'Skip exception-style APIs (`ctx.throw(401)`, `createError(401)`, `new HttpException(x, 401)`), where an error handler may add the header.',
          },
          headerSetters: {
            type: 'array',
            description:
              "The project's functions that set headers on a response they are given, even where the name says they only read (`checkAuth(res)`).",
            items: { type: 'string', pattern: '^[A-Za-z_$][\\w$]*$' },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
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
