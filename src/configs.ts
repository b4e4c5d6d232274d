import { rules } from './rules.js';
import type { RuleName } from './rules.js';
import type { HttpStatusRules, RuleEntry } from './types.js';

export type ConfigName = 'recommended' | 'strict' | 'all';

/** Rule options that the strict config sets on top of the defaults. */
const strictOptions: Partial<Record<RuleName, Record<string, unknown>>> = {
  'no-unknown-status': { checkReads: true },
};

/**
 * Builds a config's rules from the rules' own metadata, so docs and configs cannot drift.
 * `all` is every rule with its default options; only `strict` sets options.
 */
export function rulesFor(config: ConfigName): HttpStatusRules {
  const result: Record<string, RuleEntry<unknown[]>> = {};
  for (const [name, rule] of Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][]) {
    const level = rule.meta.docs?.recommended;
    const included = config === 'all' || level === 'recommended' || (config === 'strict' && level === 'strict');
    if (!included) continue;
    const options = config === 'strict' ? strictOptions[name] : undefined;
    result[`http-status/${name}`] = options ? ['error', options] : 'error';
  }
  return result;
}
