import { ESLintUtils } from '@typescript-eslint/utils';

export const repositoryUrl = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status';

/** The smallest config that enables a rule: strict includes recommended, and `all` holds every rule. */
export type ConfigName = 'recommended' | 'strict';

export interface HttpStatusRuleDocs {
  description: string;
  /** The smallest config that enables the rule; a rule without one is only in `all`. */
  recommended?: ConfigName;
  requiresTypeChecking?: false;
}

export const createRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(
  (name) => `${repositoryUrl}/blob/main/docs/rules/${name}.md`,
);
