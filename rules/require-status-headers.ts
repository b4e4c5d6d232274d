import type { TSESTree } from '@typescript-eslint/utils';

import { withFileAnalysis } from '../src/analysis/file-analysis.js';
import { headersGivenWithError } from '../src/analysis/response-flow.js';
import type { HandleFlow } from '../src/analysis/response-flow.js';
import { headerRequirements } from '../src/registry/header-requirements.js';
import { statusLabel } from '../src/registry/describe.js';
import type { RequireStatusHeadersOptions } from '../src/rule-options.js';
import { createRule, perOptions } from '../src/util/create-rule.js';

type MessageIds = 'missingHeader';

const requirementsFor = perOptions((options: RequireStatusHeadersOptions) => headerRequirements(options.headers));

/** Header names a handle is known to set, or undefined when it may set others we cannot see. */
function knownHeaders(handle: HandleFlow | undefined): Set<string> | undefined {
  if (!handle) return new Set();
  if (handle.escapes) return undefined;
  const names = new Set<string>();
  for (const event of handle.events) {
    if (event.kind !== 'header') continue;
    if (event.name === undefined) return undefined;
    names.add(event.name);
  }
  return names;
}

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
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ headers: {}, ignoreExceptions: true }],
    messages: {
      missingHeader: 'Set {{header}} on this {{status}} response: it {{level}} carry one. See {{citation}}; without it, {{consequence}}.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const requirements = requirementsFor(options);

    function check(node: TSESTree.Node, code: number | undefined, headers: ReadonlySet<string> | undefined) {
      if (code === undefined || !headers) return;
      for (const requirement of requirements.get(code) ?? []) {
        if (headers.has(requirement.header.toLowerCase())) continue;
        context.report({
          node,
          messageId: 'missingHeader',
          data: {
            status: statusLabel(code),
            level: requirement.level,
            header: requirement.header,
            citation: requirement.citation,
            consequence: requirement.consequence,
          },
        });
      }
    }

    return withFileAnalysis(context, ({ flow, sites }) => {
      for (const handle of flow.handles) {
        // Looked up only for a status that requires a header: most responses need none.
        let headers: ReadonlySet<string> | undefined | null = null;
        for (const event of handle.events) {
          if (event.kind !== 'status' || event.status.code === undefined || !requirements.has(event.status.code)) continue;
          if (headers === null) headers = knownHeaders(handle);
          check(event.status.node ?? event.node, event.status.code, headers);
        }
      }
      for (const value of flow.values) {
        const own = value.headers;
        const fromFactory = knownHeaders(value.factory);
        const headers = own && fromFactory ? new Set([...own, ...fromFactory]) : undefined;
        // A stated status only: defaults (200, a helper's redirect) need nothing or set it themselves.
        if (value.status.node) check(value.status.node, value.status.code, headers);
      }
      if (options.ignoreExceptions === false) {
        for (const { site, value } of sites) {
          if (site.role === 'throw' && value) check(site.node, value.code, headersGivenWithError(site.owner));
        }
      }
    });
  },
});
