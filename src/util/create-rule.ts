import { ESLintUtils } from '@typescript-eslint/utils';

export const repositoryUrl = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status';

/** The config names a rule belongs to; `all` holds every rule. */
export type ConfigName = 'recommended' | 'strict';

export interface HttpStatusRuleDocs {
  description: string;
  /** The smallest config that enables the rule; strict includes recommended. */
  config: ConfigName;
  requiresTypeChecking?: false;
}

export const createRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(
  (name) => `${repositoryUrl}/blob/main/docs/rules/${name}.md`,
);
