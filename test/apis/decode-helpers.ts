// Decodes snippets the way the plugin does (its own candidate test, its own decoder) and describes each
// decoded node in one line, so the catalogue's tables can be checked against plain text.
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { expect, it } from 'vitest';

import { moduleApis } from '../../src/apis/index.js';
import type { ApiFamily, Effect, RuntimeCheck } from '../../src/apis/index.js';
import { decode } from '../../src/analysis/decode.js';
import { computeFileFacts } from '../../src/analysis/file-facts.js';
import { isCandidateOwner } from '../../src/analysis/owners.js';

/** The codes a run-time check accepts, as ranges: "100-999", "301-303, 307-308". */
export function accepted(check: RuntimeCheck): string {
  const ranges: [number, number][] = [];
  for (let code = 0; code <= 1000; code++) {
    if (!check.accepts(code)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(', ');
}

function describeEffect(effect: Effect, text: (node: TSESTree.Node) => string): string {
  switch (effect.kind) {
    case 'status': {
      const value = effect.node ? text(effect.node) : effect.defaultCode === undefined ? 'unknown' : `default ${effect.defaultCode}`;
      const runtime = effect.runtime ? ` [${accepted(effect.runtime)}]` : '';
      return `status ${effect.role} ${value}${effect.byName ? ' by name' : effect.byShape ? ' by shape' : ''}${runtime}`;
    }
    case 'header':
      return `headers ${effect.names ? [...effect.names].join(',') || '-' : 'unknown'}`;
    case 'content':
      return `content ${text(effect.node)}`;
    case 'redirect':
      return `redirect ${typeof effect.edit === 'object' ? `assign ${effect.edit.assign} before` : (effect.edit ?? 'in place')}`;
    case 'value':
      return effect.factory ? `value from ${text(effect.factory)}` : 'value';
    case 'method-result':
      return 'status of the method result';
  }
}

/** One line per node the plugin decodes: "express res: status send 404 [100-999]". */
export function decodeSnippet(code: string): string[] {
  const entries: { prefix: string; effects: readonly Effect[]; text: (node: TSESTree.Node) => string }[] = [];
  const collector: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      const facts = computeFileFacts(context.sourceCode.ast);
      const importsApis = [...facts.modules].some((module) => moduleApis(module).length > 0);
      const text = (node: TSESTree.Node) => context.sourceCode.getText(node);
      return {
        // Every node the analysis would decode were a status to lead it there, in ESLint's order.
        '*'(node: TSESTree.Node) {
          if (!isCandidateOwner(node, importsApis)) return;
          const decoded = decode(node, { sourceCode: context.sourceCode, facts });
          if (!decoded) return;
          const handle = decoded.handle ? ` ${text(decoded.handle)}` : '';
          entries.push({ prefix: `${decoded.framework}${handle}`, effects: decoded.effects, text });
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { test: { rules: { decode: collector as never } } },
      rules: { 'test/decode': 'error' },
    },
    'file.ts',
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${fatal.message} in:\n${code}`);
  // As the analysis does: a status found by name alone counts only where no API claims the same value.
  const claimed = new Set(
    entries.flatMap(({ effects }) =>
      effects.flatMap((effect) => (effect.kind === 'status' && !effect.byName && effect.node ? [effect.node] : [])),
    ),
  );
  return entries.flatMap(({ prefix, effects, text }) => {
    const kept = effects.filter((effect) => !(effect.kind === 'status' && effect.byName && effect.node && claimed.has(effect.node)));
    if (kept.length === 0 && effects.length > 0) return [];
    return [`${prefix}: ${kept.map((effect) => describeEffect(effect, text)).join('; ') || 'no effect'}`];
  });
}

/** Every name an API family declares: its methods, statics, constructors, functions and assigned properties. */
export function declaredNames(family: ApiFamily): string[] {
  const names = new Set<string>();
  for (const handle of Object.values(family.handles ?? {})) {
    for (const name of Object.keys(handle?.methods ?? {})) names.add(name);
    for (const name of Object.keys(handle?.assignments ?? {})) names.add(name);
  }
  for (const [object, methods] of Object.entries(family.statics ?? {}))
    for (const name of Object.keys(methods)) names.add(`${object}.${name}`);
  for (const name of Object.keys(family.constructors ?? {})) names.add(name);
  for (const name of Object.keys(family.globals ?? {})) names.add(name);
  for (const imports of family.imports ?? []) {
    for (const name of Object.keys(imports.functions ?? {})) if (name !== '*') names.add(name);
    // "default" and "*" are the module itself, sampled by its import.
    for (const name of Object.keys(imports.constructors ?? {})) if (name !== '*' && name !== 'default') names.add(name);
    for (const [object, methods] of Object.entries(imports.statics ?? {}))
      for (const name of Object.keys(methods)) names.add(`${object}.${name}`);
  }
  for (const name of family.shapes?.methods ?? []) names.add(name);
  return [...names];
}

/**
 * A table of snippets and what each decodes to, plus a check that the samples use every name
 * the family declares, so an API added without a sample fails here.
 */
export function catalogueTable(family: ApiFamily, table: Record<string, string[]>): void {
  for (const [code, expected] of Object.entries(table)) {
    it(code.split('\n').pop()!, () => {
      expect(decodeSnippet(code)).toEqual(expected);
    });
  }
  it('samples every API the family declares', () => {
    const samples = Object.keys(table).join('\n');
    const unsampled = declaredNames(family).filter((name) => !new RegExp(`\\b${name.replace('.', '\\.')}\\b`).test(samples));
    expect(unsampled).toEqual([]);
  });
}
