// The plugin's parts agree: rule files, the index, docs, tests, configs and package.json.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

const root = path.resolve(__dirname, '..');
const names = (directory: string, suffix: string) =>
  readdirSync(path.join(root, directory))
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length))
    .sort();
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };

describe('plugin metadata', () => {
  const ruleNames = Object.keys(plugin.rules).sort();

  it('has one file, one doc and one test per rule in the index', () => {
    expect(names('rules', '.ts')).toEqual(ruleNames);
    expect(names('docs/rules', '.md')).toEqual(ruleNames);
    expect(names('test/rules', '.test.ts').filter((name) => !name.includes('.'))).toEqual(ruleNames);
  });

  it('names itself as package.json does', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version });
  });

  it.each(Object.entries(plugin.rules))('%s has complete metadata', (name, rule) => {
    expect(rule.meta.docs?.url).toBe(
      `https://github.com/eslint-plugin-http-status/eslint-plugin-http-status/blob/main/docs/rules/${name}.md`,
    );
    expect(rule.meta.docs?.description).toMatch(/^(Require|Disallow|Enforce) /);
    expect(rule.meta.languages).toEqual(['js/js']);
    for (const message of Object.values(rule.meta.messages)) expect(message).toMatch(/^[A-Z{`].*\.$/s);
  });

  it("builds every config from the rules' metadata", () => {
    const level = (name: string) => plugin.rules[name as keyof typeof plugin.rules].meta.docs?.recommended;
    const recommended = ruleNames.filter((name) => level(name) === 'recommended');
    const strict = ruleNames.filter((name) => level(name) !== undefined);
    expect(Object.keys(plugin.configs.recommended.rules).sort()).toEqual(recommended.map((name) => `http-status/${name}`));
    expect(Object.keys(plugin.configs.strict.rules).sort()).toEqual(strict.map((name) => `http-status/${name}`));
    expect(Object.keys(plugin.configs.all.rules).sort()).toEqual(ruleNames.map((name) => `http-status/${name}`));
    for (const config of ['recommended', 'strict', 'all'] as const) {
      expect(plugin.configs[config].name).toBe(`http-status/${config}`);
      expect(plugin.configs[config].plugins['http-status']).toBe(plugin);
      expect(plugin.configs[`legacy-${config}`]).toEqual({ plugins: ['http-status'], rules: plugin.configs[config].rules });
    }
  });

  it('has every rule in `all` with its default options, and options only in `strict`', () => {
    const everyRuleAtError = Object.fromEntries(ruleNames.map((name) => [`http-status/${name}`, 'error']));
    expect(plugin.configs.all.rules).toEqual(everyRuleAtError);
    for (const entry of Object.values(plugin.configs.recommended.rules)) expect(entry).toBe('error');
    expect(plugin.configs.strict.rules['http-status/no-unknown-status']).toEqual(['error', { checkReads: true }]);
  });
});
