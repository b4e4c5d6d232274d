import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';

export const repositoryUrl = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status';

/** The smallest config that enables a rule: strict includes recommended, and `all` holds every rule. */
export type ConfigName = 'recommended' | 'strict';

export interface HttpStatusRuleDocs {
  description: string;
  /** The smallest config that enables the rule; a rule without one is only in `all`. */
  recommended?: ConfigName;
  requiresTypeChecking?: false;
}

/**
 * Derived state of a rule's options (sets, lookup tables), computed once per options object.
 * `createRule` hands every file with the same options the same object, so this is once per config.
 */
export function perOptions<Options extends object, Derived>(derive: (options: Options) => Derived): (options: Options) => Derived {
  const cache = new WeakMap<Options, Derived>();
  return (options) => {
    let derived = cache.get(options);
    if (derived === undefined) {
      derived = derive(options);
      cache.set(options, derived);
    }
    return derived;
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key present in `override` wins, even when undefined; objects on both sides merge. */
function deepMerge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = isPlainObject(value) && isPlainObject(base[key]) ? deepMerge(base[key], value) : value;
  }
  return merged;
}

/**
 * typescript-eslint's `applyDefault`, to the letter: for each default, the user's option merged
 * deeply over it (options beyond the defaults are dropped, as the schema forbids them anyway).
 */
export function applyDefault<Options extends readonly unknown[]>(defaults: Options, user: readonly unknown[]): Options {
  const options = structuredClone(defaults) as unknown as unknown[];
  options.forEach((fallback, index) => {
    const value = user[index];
    if (value === undefined) return;
    options[index] = isPlainObject(value) && isPlainObject(fallback) ? deepMerge(fallback, value) : value;
  });
  return options as unknown as Options;
}

/** Deep equality of JSON-like option values, without building a key or a list of keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameValue(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue;
    if (!Object.hasOwn(right, key) || !sameValue(left[key], right[key])) return false;
    count++;
  }
  for (const key in right) if (Object.hasOwn(right, key)) count--;
  return count === 0;
}

/**
 * `ESLintUtils.RuleCreator`, without loading @typescript-eslint/utils at run time (its entry point
 * loads some 400 modules), and with the default options merged once per distinct user options
 * rather than once per file. ESLint 9.15+ merges `meta.defaultOptions` itself; 8.57 ignores them,
 * so the merge stays here (over options ESLint already merged, it changes nothing).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, HttpStatusRuleDocs>>,
): TSESLint.RuleModule<MessageIds, Options, HttpStatusRuleDocs> & { name: string } {
  const defaults = (rule.meta.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  const mergedByObject = new WeakMap<object, Options>();
  // ESLint 9.15+ hands every file a fresh copy of the same options: compare with the last by value.
  let last: { user: readonly unknown[]; options: Options } | undefined;
  return {
    name: rule.name,
    meta: { ...rule.meta, docs: { ...rule.meta.docs, url: `${repositoryUrl}/blob/main/docs/rules/${rule.name}.md` } },
    create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) {
      const user = context.options;
      let options = last && (last.user === user || sameValue(last.user, user)) ? last.options : undefined;
      if (!options) {
        // Known objects skip the JSON key; either way, merge once per distinct value.
        const first = user[0];
        const byIdentity = user.length === 1 && typeof first === 'object' && first !== null;
        options = byIdentity ? mergedByObject.get(first) : undefined;
        if (!options) {
          const key = user.length === 0 ? '' : JSON.stringify(user);
          options = merged.get(key);
          if (!options) merged.set(key, (options = applyDefault(defaults, user)));
          if (byIdentity) mergedByObject.set(first, options);
        }
        last = { user, options };
      }
      return rule.create(context, options);
    },
  };
}
