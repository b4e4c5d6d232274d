import { ESLintUtils } from '@typescript-eslint/utils';
import type { TSESLint } from '@typescript-eslint/utils';

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

const withDocsUrl = ESLintUtils.RuleCreator<HttpStatusRuleDocs>((name) => `${repositoryUrl}/blob/main/docs/rules/${name}.md`);

/**
 * `ESLintUtils.RuleCreator`, but with the default options merged once per distinct user options
 * instead of once per file: ESLint passes a fresh options array to every file's `create`, and the
 * deep merge was the single largest cost of the plugin on large code bases.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, HttpStatusRuleDocs>>,
): TSESLint.RuleModule<MessageIds, Options, HttpStatusRuleDocs> & { name: string } {
  const module = withDocsUrl(rule);
  const defaults = (rule.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  return {
    ...module,
    create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) {
      // Nearly every file comes with the same options: merge them once per distinct value.
      const key = context.options.length === 0 ? '' : JSON.stringify(context.options);
      let options = merged.get(key);
      if (!options) {
        options = ESLintUtils.applyDefault(defaults, context.options as unknown as Options) as Options;
        merged.set(key, options);
      }
      return rule.create(context, options);
    },
  };
}
