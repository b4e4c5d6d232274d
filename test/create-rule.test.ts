import { ESLintUtils } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
// @ts-expect-error -- ESLint 8 ships no types; its Linter has the same shape
import { Linter as Linter8 } from 'eslint8';
import { Linter as Linter10 } from 'eslint10';
import { describe, expect, it } from 'vitest';

import { applyDefault, createRule } from '../src/util/create-rule.js';

describe('applyDefault', () => {
  it.each([
    [[{ a: 1, b: { c: 2, d: [1] } }], []],
    [[{ a: 1, b: { c: 2, d: [1] } }], [{ b: { d: [2, 3] } }]],
    [[{ a: 1, b: { c: 2 } }], [{ a: undefined, b: { e: 5 } }]],
    [[{ provider: 'auto', ignore: [] }], [{ provider: { module: 'm', export: 'S' }, ignore: [200] }]],
    [[], [{ anything: true }]],
    [['always'], ['never']],
  ] as const)('merges %j with %j as typescript-eslint does', (defaults, user) => {
    expect(applyDefault(defaults as unknown as unknown[], user as unknown as unknown[])).toEqual(
      ESLintUtils.applyDefault(defaults as unknown as unknown[], user as unknown as unknown[]),
    );
  });

  it('never changes the defaults', () => {
    const defaults = [{ a: { b: 1 } }];
    applyDefault(defaults, [{ a: { c: 2 } }]);
    expect(defaults).toEqual([{ a: { b: 1 } }]);
  });
});

describe('createRule', () => {
  /** A rule that hands back the options it was created with. */
  const seen: unknown[] = [];
  const rule = createRule<[{ mode?: string; list?: string[] }], 'm'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'probe' },
      schema: [{ type: 'object' }],
      messages: { m: 'm' },
      defaultOptions: [{ mode: 'a', list: [] }],
    },
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });
  const create = (options: unknown[]) => rule.create({ options } as unknown as Parameters<typeof rule.create>[0]);

  it('merges the defaults under the user options', () => {
    seen.length = 0;
    create([]);
    create([{ mode: 'b' }]);
    expect(seen).toEqual([
      { mode: 'a', list: [] },
      { mode: 'b', list: [] },
    ]);
  });

  it('merges once per distinct value, whether the option object is the same or a copy', () => {
    seen.length = 0;
    const user = { mode: 'c' };
    create([user]);
    create([user]);
    create([{ mode: 'c' }]);
    create([{ mode: 'd' }]);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).toBe(seen[2]);
    expect(seen[3]).toEqual({ mode: 'd', list: [] });
    expect(seen[3]).not.toBe(seen[0]);
  });
});

describe('meta.defaultOptions', () => {
  const seen: unknown[] = [];
  const probe = createRule<[{ mode?: string; list?: string[] }], 'm'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'probe' },
      schema: [{ type: 'object', properties: { mode: { type: 'string' }, list: { type: 'array' } }, additionalProperties: false }],
      messages: { m: 'm' },
      defaultOptions: [{ mode: 'a', list: ['x'] }],
    },
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });

  it('stay in meta, where ESLint 9 and the docs generator read them', () => {
    expect(probe.meta.defaultOptions).toEqual([{ mode: 'a', list: ['x'] }]);
  });

  // ESLint 8.57 ignores meta.defaultOptions: the creator's merge is all it has.
  const linters = { 'ESLint 8.57': Linter8 as typeof Linter, 'ESLint 9': Linter, 'ESLint 10': Linter10 as unknown as typeof Linter };
  it.each(Object.entries(linters))('apply under %s, with and without user options', (_, LinterClass) => {
    seen.length = 0;
    const linter = new LinterClass({ configType: 'flat' });
    for (const setting of ['error', ['error', { mode: 'b' }], ['error', { list: [] }]]) {
      linter.verify('x;', { plugins: { test: { rules: { probe: probe as never } } }, rules: { 'test/probe': setting as never } });
    }
    expect(seen).toEqual([
      { mode: 'a', list: ['x'] },
      { mode: 'b', list: ['x'] },
      { mode: 'a', list: [] },
    ]);
  });
});
