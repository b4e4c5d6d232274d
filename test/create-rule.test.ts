import { ESLintUtils } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { applyDefault } from '../src/util/create-rule.js';

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
