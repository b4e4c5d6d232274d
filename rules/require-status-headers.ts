import type { TSESTree } from '@typescript-eslint/utils';

import { createStatusSiteListener } from '../src/analysis/listener.js';
import { getResponseFlow, headersGivenWithError } from '../src/analysis/response-flow.js';
import type { HandleFlow } from '../src/analysis/response-flow.js';
import { headerRequirements } from '../src/registry/header-requirements.js';
import { ianaStatus } from '../src/registry/index.js';
import { createRule } from '../src/util/create-rule.js';

export interface RequireStatusHeadersOptions {
  headers?: Record<string, string[]>;
  ignoreExceptions?: boolean;
}

type MessageIds = 'missingHeader';

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
            patternProperties: { '^[1-5][0-9]{2}$': { type: 'array', items: { type: 'string', pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, uniqueItems: true } },
            additionalProperties: false,
          },
          ignoreExceptions: {
            type: 'boolean',
            description: 'Skip exception-style APIs (`ctx.throw(401)`, `createError(401)`, `new HttpException(x, 401)`), where an error handler may add the header.',
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingHeader: 'A {{status}} response {{level}} carry {{header}} ({{citation}}); set it in this handler.',
    },
    languages: ['js/js'],
  },
  defaultOptions: [{ headers: {}, ignoreExceptions: true }],
  create(context, [options]) {
    const requirements = headerRequirements(options.headers);
    const { listener, flow } = getResponseFlow(context);
    const errorSites: { node: TSESTree.Node; code: number; headers: ReadonlySet<string> | undefined }[] = [];

    function check(node: TSESTree.Node, code: number | undefined, headers: ReadonlySet<string> | undefined) {
      if (code === undefined || !headers) return;
      for (const requirement of requirements.get(code) ?? []) {
        if (headers.has(requirement.header.toLowerCase())) continue;
        context.report({
          node,
          messageId: 'missingHeader',
          data: { status: `${code} ${ianaStatus(code)?.phrase ?? ''}`.trim(), level: requirement.level, header: requirement.header, citation: requirement.citation },
        });
      }
    }

    const exceptions =
      options.ignoreExceptions === false
        ? createStatusSiteListener(context, (site, value) => {
            if (site.role === 'throw' && value) errorSites.push({ node: site.node, code: value.code, headers: headersGivenWithError(site.owner) });
          }).listener
        : {};

    const merged: typeof listener = { ...exceptions };
    for (const [selector, handler] of Object.entries(listener)) {
      const other = merged[selector];
      merged[selector] = other
        ? (node: never) => {
            (other as (node: never) => void)(node);
            (handler as (node: never) => void)(node);
          }
        : handler;
    }

    return {
      ...merged,
      'Program:exit'() {
        for (const handle of flow.handles) {
          const headers = knownHeaders(handle);
          for (const event of handle.events) {
            if (event.kind === 'status') check(event.status.node ?? event.node, event.status.code, headers);
          }
        }
        for (const value of flow.values) {
          const own = value.headers;
          const fromFactory = knownHeaders(value.factory);
          const headers = own && fromFactory ? new Set([...own, ...fromFactory]) : undefined;
          // A stated status only: defaults (200, a helper's redirect) need nothing or set it themselves.
          if (value.status.node) check(value.status.node, value.status.code, headers);
        }
        for (const site of errorSites) check(site.node, site.code, site.headers);
      },
    };
  },
});
