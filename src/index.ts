import { rulesFor } from './configs.js';
import type { ConfigName } from './configs.js';
import { packageName, packageVersion } from './meta.js';
import { rules as ruleModules } from './rules.js';
import type { FlatConfig, HttpStatusPlugin, LegacyConfig } from './types.js';

export type { No302AfterPostOptions, NoMagicStatusOptions, NoUnknownStatusOptions, RequireStatusHeadersOptions } from './rule-options.js';
export type { CustomProviderOptions, BuiltinProviderName, ProviderOption } from './providers/types.js';
export type { VendorId } from './registry/types.js';
export type {
  FlatConfig,
  HttpStatusPlugin,
  HttpStatusRule,
  HttpStatusRules,
  LegacyConfig,
  RuleEntry,
  RuleName,
  RuleOptions,
  Severity,
} from './types.js';

const plugin: HttpStatusPlugin = {
  meta: { name: packageName, version: packageVersion },
  // The rules' own types come from @typescript-eslint/utils, which users need not install;
  // test/types/ checks that they agree with the public types.
  rules: ruleModules as unknown as HttpStatusPlugin['rules'],
  configs: {} as HttpStatusPlugin['configs'],
};

const flat = (name: ConfigName): FlatConfig => ({
  name: `http-status/${name}`,
  plugins: { 'http-status': plugin },
  rules: rulesFor(name),
});
const legacy = (name: ConfigName): LegacyConfig => ({ plugins: ['http-status'], rules: rulesFor(name) });

plugin.configs = {
  recommended: flat('recommended'),
  strict: flat('strict'),
  all: flat('all'),
  'legacy-recommended': legacy('recommended'),
  'legacy-strict': legacy('strict'),
  'legacy-all': legacy('all'),
};

export const rules = plugin.rules;
export const configs = plugin.configs;
export const meta = plugin.meta;
export default plugin;
