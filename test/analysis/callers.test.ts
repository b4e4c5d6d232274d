// Which calls are calls of a function of the file (src/analysis/callers.ts): by name, `this.name()`
// of the class around the call, `object.name()` of a `const` object literal; and no others.
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { calledFunction, callsOf } from '../../src/analysis/callers.js';
import { functionName, isFunctionNode } from '../../src/ast/nodes.js';
import type { FunctionNode } from '../../src/ast/nodes.js';

/** Every call of the code, as `callee text -> name of the function it calls`, and `name <- callee texts` for each named function. */
function callsIn(code: string): { called: string[]; callers: string[] } {
  const called: string[] = [];
  const callers: string[] = [];
  const linter = new Linter({ configType: 'flat' });
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', messages: {}, schema: [] },
    defaultOptions: [],
    create(context) {
      const sourceCode = context.sourceCode;
      const functions: FunctionNode[] = [];
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const fn = calledFunction(node, sourceCode);
          called.push(`${sourceCode.getText(node.callee)} -> ${fn ? (functionName(fn) ?? '?') + '@' + fn.loc.start.line : '-'}`);
        },
        ':function'(node: TSESTree.Node) {
          if (isFunctionNode(node)) functions.push(node);
        },
        'Program:exit'() {
          for (const fn of functions) {
            const calls = callsOf(fn, sourceCode);
            if (calls.length > 0)
              callers.push(
                `${functionName(fn)}@${fn.loc.start.line} <- ${calls.map((call) => `${sourceCode.getText(call.callee)}@${call.loc.start.line}`).join(', ')}`,
              );
          }
        },
      };
    },
  };
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { probe: { rules: { calls: rule as unknown as never } } },
        rules: { 'probe/calls': 'error' },
      },
    ],
    'file.ts',
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return { called, callers };
}

describe('calls of functions of the file', () => {
  it('by name: declarations and const functions, not shadowed names', () => {
    const code = 'function a() {}\nconst b = () => {};\na();\nb();\nfunction c(a) {\n  a();\n}';
    expect(callsIn(code)).toEqual({
      called: ['a -> a@1', 'b -> b@2', 'a -> -'],
      callers: ['a@1 <- a@3', 'b@2 <- b@4'],
    });
  });

  it('this.name() of the class around the call, through arrows, not through nested functions or other classes', () => {
    const code = [
      'class A {',
      '  send(res) {}',
      '  done = (res) => {};',
      '  handle(res) {',
      '    this.send(res);',
      '    list.forEach(() => this.done(res));',
      '    list.forEach(function () { this.send(res); });',
      '  }',
      '  static make() { this.send(); }',
      '}',
      'class B {',
      '  handle(res) { this.send(res); }',
      '}',
    ].join('\n');
    expect(callsIn(code)).toEqual({
      called: [
        'this.send -> send@2',
        'list.forEach -> -',
        'this.done -> done@3',
        'list.forEach -> -',
        'this.send -> -',
        'this.send -> -',
        'this.send -> -',
      ],
      callers: ['send@2 <- this.send@5', 'done@3 <- this.done@6'],
    });
  });

  it('object.name() of a const object literal of the file; not let, not spread, not imported, not computed', () => {
    const code = [
      "import { other } from './other';",
      'const utils = { finish(res) {}, stop: (res) => {} };',
      'let mutable = { finish(res) {} };',
      'const spread = { finish(res) {}, ...more };',
      'utils.finish(res);',
      'utils.stop(res);',
      "utils['finish'](res);",
      'mutable.finish(res);',
      'spread.finish(res);',
      'other.finish(res);',
    ].join('\n');
    expect(callsIn(code)).toEqual({
      called: [
        'utils.finish -> finish@2',
        'utils.stop -> stop@2',
        "utils['finish'] -> -",
        'mutable.finish -> -',
        'spread.finish -> -',
        'other.finish -> -',
      ],
      callers: ['finish@2 <- utils.finish@5', 'stop@2 <- utils.stop@6'],
    });
  });
});
