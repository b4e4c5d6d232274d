import type { TSESLint } from '@typescript-eslint/utils';

import { allBuiltinProviders } from '../providers/index.js';
import type { Provider } from '../providers/index.js';
import { getFileFacts } from './file-facts.js';
import type { FileFacts } from './file-facts.js';
import { findStatusSites, siteOwnerTypes } from './status-sites.js';
import type { SiteOwner, StatusSite } from './status-sites.js';
import { createStatusValueResolver, isPlausibleStatus } from './status-value.js';
import type { StatusValue } from './status-value.js';

export type StatusSiteHandler = (site: StatusSite, value: StatusValue | undefined) => void;

export interface StatusSiteListenerOptions {
  /** A provider from the rule's options that is not one of the built-in packages. */
  readonly extraProvider?: Provider | undefined;
}

/**
 * The one way rules learn about status positions: a listener that calls `handle` for each,
 * with its value when the source states one. Sites known only by their shape
 * (`x.status === n`) are passed on only when the value is a plausible status.
 */
export function createStatusSiteListener(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  handle: StatusSiteHandler,
  options: StatusSiteListenerOptions = {},
): { facts: FileFacts; listener: TSESLint.RuleListener } {
  const facts = getFileFacts(context.sourceCode);
  const providers = options.extraProvider ? [options.extraProvider, ...allBuiltinProviders()] : allBuiltinProviders();
  const resolveValue = createStatusValueResolver(facts, providers);
  const visit = (owner: SiteOwner) => {
    findStatusSites(owner, facts, (site) => {
      const value = resolveValue(site.node);
      if (site.byShape && (value === undefined || !isPlausibleStatus(value.code))) return;
      handle(site, value);
    });
  };
  const listener: TSESLint.RuleListener = {};
  for (const type of siteOwnerTypes) listener[type] = visit as never;
  return { facts, listener };
}
