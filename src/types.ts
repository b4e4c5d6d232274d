// The package's public types, written out in full. They name no other package, so a config
// written in TypeScript type-checks without typescript-eslint, and they fit ESLint's own
// `defineConfig` (test/types/ compiles such a config).
import type { No302AfterPostOptions, NoMagicStatusOptions, NoUnknownStatusOptions, RequireStatusHeadersOptions } from './rule-options.js';

export type Severity = 'off' | 'warn' | 'error' | 0 | 1 | 2;

/** A rule's setting in a config: a severity, or a severity followed by the rule's options. */
export type RuleEntry<Options extends readonly unknown[] = []> = Severity | [Severity, ...Partial<Options>];

/** Every rule of the plugin, with the options it takes. */
export interface RuleOptions {
  'no-302-after-post': [No302AfterPostOptions];
  'no-body-on-bodiless-status': [];
  'no-magic-status': [NoMagicStatusOptions];
  'no-unknown-status': [NoUnknownStatusOptions];
  'require-status-headers': [RequireStatusHeadersOptions];
}

export type RuleName = keyof RuleOptions;

/** The plugin's rules as a config's `rules` holds them, each with its own options. */
export type HttpStatusRules = { [Name in RuleName as `http-status/${Name}`]?: RuleEntry<RuleOptions[Name]> };

export type JsonSchema = Record<string, unknown>;

export interface HttpStatusRule {
  meta: {
    type: 'problem' | 'suggestion';
    docs: { description: string; recommended?: 'recommended' | 'strict'; url: string };
    messages: Record<string, string>;
    fixable?: 'code';
    hasSuggestions?: boolean;
    schema: JsonSchema[];
    languages: string[];
    defaultOptions?: unknown[];
  };
  /** The options the rule runs with when a config gives none. */
  defaultOptions: unknown[];
  /** Called by ESLint, with ESLint's own rule context. */
  create(context: unknown): Record<string, (node: unknown) => void>;
}

export interface FlatConfig {
  name: string;
  plugins: { 'http-status': HttpStatusPlugin };
  rules: HttpStatusRules;
}

/** A config for ESLint 8's `.eslintrc`, through `extends: ["plugin:http-status/legacy-..."]`. */
export interface LegacyConfig {
  plugins: ['http-status'];
  rules: HttpStatusRules;
}

export interface HttpStatusPlugin {
  meta: { name: string; version: string };
  rules: Record<RuleName, HttpStatusRule>;
  configs: {
    recommended: FlatConfig;
    strict: FlatConfig;
    all: FlatConfig;
    'legacy-recommended': LegacyConfig;
    'legacy-strict': LegacyConfig;
    'legacy-all': LegacyConfig;
  };
}
