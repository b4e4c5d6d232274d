import type { TSESLint } from '@typescript-eslint/utils';

import { rules } from './rules.js';
import type { RuleName } from './rules.js';

type RuleEntry = TSESLint.SharedConfig.RuleEntry;
export type RulesRecord = Record<`http-status/${RuleName}`, RuleEntry>;

/** Rule options that the strict config sets on top of the defaults. */
const strictOptions: Partial<Record<RuleName, Record<string, unknown>>> = {
  'no-unknown-status': { checkReads: true },
};

function prefixed(name: RuleName): `http-status/${RuleName}` {
  return `http-status/${name}`;
}

/** Builds a config's rules from the rules' own metadata, so docs and configs cannot drift. */
export function rulesFor(config: 'recommended' | 'strict' | 'all'): Partial<RulesRecord> {
  const result: Partial<RulesRecord> = {};
  for (const [name, rule] of Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][]) {
    const level = rule.meta.docs?.recommended;
    const included = config === 'all' || level === 'recommended' || (config === 'strict' && level === 'strict');
    if (!included) continue;
    const options = config === 'recommended' ? undefined : strictOptions[name];
    result[prefixed(name)] = options ? ['error', options] : 'error';
  }
  return result;
}
