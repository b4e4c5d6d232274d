import type { TSESLint } from '@typescript-eslint/utils';

import { rulesFor } from './configs.js';
import { packageName, packageVersion } from './meta.js';
import type { RulesRecord } from './configs.js';
import { rules } from './rules.js';

export type { NoMagicStatusOptions } from '../rules/no-magic-status.js';
export type { NoUnknownStatusOptions } from '../rules/no-unknown-status.js';
export type { CustomProviderOptions, BuiltinProviderName, ProviderOption } from './providers/index.js';
export type { VendorId } from './registry/index.js';
export type { RuleName } from './rules.js';

export interface FlatConfig {
  name: string;
  plugins: { 'http-status': TSESLint.FlatConfig.Plugin };
  rules: Partial<RulesRecord>;
}

export interface LegacyConfig {
  plugins: ['http-status'];
  rules: Partial<RulesRecord>;
}

export interface HttpStatusPlugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: {
    recommended: FlatConfig;
    strict: FlatConfig;
    all: FlatConfig;
    'legacy-recommended': LegacyConfig;
    'legacy-strict': LegacyConfig;
    'legacy-all': LegacyConfig;
  };
}

const plugin = {
  meta: { name: packageName, version: packageVersion },
  rules,
  configs: {},
} as HttpStatusPlugin;

const flat = (name: 'recommended' | 'strict' | 'all'): FlatConfig => ({
  name: `http-status/${name}`,
  plugins: { 'http-status': plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: rulesFor(name),
});
const legacy = (name: 'recommended' | 'strict' | 'all'): LegacyConfig => ({
  plugins: ['http-status'],
  rules: rulesFor(name),
});

plugin.configs = {
  recommended: flat('recommended'),
  strict: flat('strict'),
  all: flat('all'),
  'legacy-recommended': legacy('recommended'),
  'legacy-strict': legacy('strict'),
  'legacy-all': legacy('all'),
};

export { rules };
export const configs = plugin.configs;
export const meta = plugin.meta;
export default plugin;
