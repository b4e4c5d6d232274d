// The value model on real parses with real scope managers: each snippet marks one expression with
// `mark(...)`, a tiny rule hands it to statusLeaves, and the leaves are compared in full.
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
// @ts-expect-error -- ESLint 8 ships no types; its Linter has the same shape
import { Linter as Linter8 } from 'eslint8';
import { Linter as Linter10 } from 'eslint10';
import { describe, expect, it } from 'vitest';

import { statusLeaves, type StatusLeaf, type ValueContext } from '../../src/analysis/values.js';

interface ExpectedLeaf {
  text: string;
  code: number | undefined;
  /** The leaf carries a numeric literal, and it is the leaf node itself. */
  literal: boolean;
  viaVariable: boolean;
  constantText?: string;
}

interface Case {
  name: string;
  code: string;
  parser?: 'espree' | 'typescript';
  sourceType?: 'module' | 'script';
  leaves: ExpectedLeaf[];
}

const literal = (text: string, code: number, viaVariable = false): ExpectedLeaf => ({ text, code, literal: true, viaVariable });
const signed = (text: string, code: number, viaVariable = false): ExpectedLeaf => ({ text, code, literal: false, viaVariable });
const unknown = (text: string, viaVariable = false): ExpectedLeaf => ({ text, code: undefined, literal: false, viaVariable });
const constant = (text: string, code: number, viaVariable = false): ExpectedLeaf => ({
  text,
  code,
  literal: false,
  viaVariable,
  constantText: text,
});

const constants: Record<string, number> = { OK: 200, NOT_FOUND: 404, INTERNAL_SERVER_ERROR: 500 };

const cases: Case[] = [
  // Literals and signs
  { name: 'a numeric literal', code: 'mark(404);', leaves: [literal('404', 404)] },
  { name: 'a hexadecimal literal', code: 'mark(0x194);', leaves: [literal('0x194', 404)] },
  { name: 'a negative literal', code: 'mark(-1);', leaves: [signed('-1', -1)] },
  { name: 'a plus-signed literal', code: 'mark(+404);', leaves: [signed('+404', 404)] },
  { name: 'a string is unknown', code: "mark('404');", leaves: [unknown("'404'")] },
  { name: 'a negated string is unknown', code: "mark(-'1');", leaves: [unknown("-'1'")] },
  { name: 'a call is unknown', code: 'mark(getStatus());', leaves: [unknown('getStatus()')] },
  { name: 'arithmetic is unknown', code: 'mark(400 + 4);', leaves: [unknown('400 + 4')] },
  { name: 'an undeclared name is unknown', code: 'mark(code);', leaves: [unknown('code')] },

  // Branches and fallbacks
  { name: 'both branches of a ternary', code: 'mark(ok ? 200 : 404);', leaves: [literal('200', 200), literal('404', 404)] },
  {
    name: 'nested ternaries, in source order',
    code: 'mark(a ? 200 : b ? 404 : 500);',
    leaves: [literal('200', 200), literal('404', 404), literal('500', 500)],
  },
  { name: 'a ternary with an unknown branch', code: 'mark(ok ? 200 : code);', leaves: [literal('200', 200), unknown('code')] },
  { name: 'both sides of ??', code: 'mark(error.status ?? 500);', leaves: [unknown('error.status'), literal('500', 500)] },
  { name: 'both sides of ||', code: 'mark(status || 500);', leaves: [unknown('status'), literal('500', 500)] },
  {
    name: 'a fallback inside a branch',
    code: 'mark(ok ? 200 : s ?? 500);',
    leaves: [literal('200', 200), unknown('s'), literal('500', 500)],
  },
  { name: '&& is one unknown value', code: 'mark(failed && 500);', leaves: [unknown('failed && 500')] },
  { name: 'the same node twice is one leaf', code: 'const c = 404; mark(ok ? c : c);', leaves: [literal('404', 404, true)] },

  // Casts
  { name: 'as', code: 'mark(404 as number);', parser: 'typescript', leaves: [literal('404', 404)] },
  { name: 'as const', code: 'mark(404 as const);', parser: 'typescript', leaves: [literal('404', 404)] },
  { name: 'satisfies', code: 'mark(404 satisfies number);', parser: 'typescript', leaves: [literal('404', 404)] },
  { name: 'a non-null assertion', code: 'mark(code!);', parser: 'typescript', leaves: [unknown('code')] },
  { name: 'an angle-bracket assertion', code: 'mark(<number>404);', parser: 'typescript', leaves: [literal('404', 404)] },
  {
    name: 'casts inside branches',
    code: 'mark(ok ? (200 as const) : (<number>404)!);',
    parser: 'typescript',
    leaves: [literal('200', 200), literal('404', 404)],
  },
  { name: 'a signed literal under a cast', code: 'mark(-1 as number);', parser: 'typescript', leaves: [signed('-1', -1)] },
  { name: 'a JSDoc cast in JavaScript', code: 'mark(/** @type {number} */ (404));', leaves: [literal('404', 404)] },
  {
    name: 'a JSDoc cast around a ternary',
    code: 'mark(/** @type {200 | 404} */ (ok ? 200 : 404));',
    leaves: [literal('200', 200), literal('404', 404)],
  },
  {
    name: 'a JSDoc cast in JavaScript under the TypeScript parser',
    code: 'mark(/** @type {number} */ (404));',
    parser: 'typescript',
    leaves: [literal('404', 404)],
  },

  // Variables
  { name: 'a const', code: 'const code = 426; mark(code);', leaves: [literal('426', 426, true)] },
  { name: 'an exported const', code: 'export const code = 426; mark(code);', leaves: [literal('426', 426, true)] },
  {
    name: 'a const under a cast',
    code: 'const code = 426 as const; mark(code as number);',
    parser: 'typescript',
    leaves: [literal('426', 426, true)],
  },
  {
    name: 'a const holding a ternary',
    code: 'const code = ok ? 200 : 404; mark(code);',
    leaves: [literal('200', 200, true), literal('404', 404, true)],
  },
  {
    name: 'a const holding a fallback',
    code: 'const code = e.status ?? 500; mark(code);',
    leaves: [unknown('e.status', true), literal('500', 500, true)],
  },
  { name: 'a const holding a call', code: 'const code = getStatus(); mark(code);', leaves: [unknown('getStatus()', true)] },
  { name: 'a const holding a signed literal', code: 'const code = -1; mark(code);', leaves: [signed('-1', -1, true)] },
  { name: 'a chain of consts', code: 'const a = 404; const b = a; const c = b; mark(c);', leaves: [literal('404', 404, true)] },
  {
    name: 'a const in an outer function',
    code: 'const code = 404; function f() { return () => mark(code); }',
    leaves: [literal('404', 404, true)],
  },
  {
    name: 'a branch through a const',
    code: 'const fallback = 500; mark(ok ? 200 : fallback);',
    leaves: [literal('200', 200), literal('500', 500, true)],
  },
  { name: 'a let written once by its initialiser', code: 'let code = 404; mark(code);', leaves: [literal('404', 404, true)] },
  { name: 'a let written once by an assignment', code: 'let code; code = 404; mark(code);', leaves: [literal('404', 404, true)] },
  { name: 'a var written once', code: 'var code = 404; mark(code);', leaves: [literal('404', 404, true)] },
  { name: 'a var in a script', code: 'var code = 404; mark(code);', sourceType: 'script', leaves: [literal('404', 404, true)] },
  {
    name: 'a var in a TypeScript script',
    code: 'var code = 404; mark(code);',
    parser: 'typescript',
    sourceType: 'script',
    leaves: [literal('404', 404, true)],
  },
  {
    name: 'a let in a script, written twice',
    code: 'let code = 200; code = 404; mark(code);',
    sourceType: 'script',
    leaves: [unknown('code')],
  },
  { name: 'a typed const', code: 'const code: number = 404; mark(code);', parser: 'typescript', leaves: [literal('404', 404, true)] },

  // Variables that cannot be followed
  { name: 'a let written twice', code: 'let code = 200; code = 404; mark(code);', leaves: [unknown('code')] },
  { name: 'a let assigned twice', code: 'let code; if (a) code = 200; else code = 404; mark(code);', leaves: [unknown('code')] },
  { name: 'a let never written', code: 'let code; mark(code);', leaves: [unknown('code')] },
  { name: 'a compound assignment', code: 'let code; code += 404; mark(code);', leaves: [unknown('code')] },
  { name: 'a destructuring assignment', code: 'let code; [code] = [404]; mark(code);', leaves: [unknown('code')] },
  { name: 'an increment', code: 'let code = 403; code++; mark(code);', leaves: [unknown('code')] },
  { name: 'a var declared twice', code: 'var code = 404; var code; mark(code);', leaves: [unknown('code')] },
  { name: 'a parameter', code: 'function f(code = 404) { mark(code); }', leaves: [unknown('code')] },
  { name: 'an import', code: "import { code } from './codes.js'; mark(code);", leaves: [unknown('code')] },
  { name: 'destructuring', code: 'const { code } = { code: 404 }; mark(code);', leaves: [unknown('code')] },
  { name: 'array destructuring', code: 'const [code] = [404]; mark(code);', leaves: [unknown('code')] },
  { name: 'a for-of binding', code: 'for (const code of [404]) mark(code);', leaves: [unknown('code')] },
  { name: 'a function', code: 'function code() {} mark(code);', leaves: [unknown('code')] },
  { name: 'a declared const', code: 'declare const code: 404; mark(code);', parser: 'typescript', leaves: [unknown('code')] },
  { name: 'an enum', code: 'enum Code { A = 404 } mark(Code);', parser: 'typescript', leaves: [unknown('Code')] },
  { name: 'a shadowing parameter', code: 'const code = 404; function f(code) { mark(code); }', leaves: [unknown('code')] },
  { name: 'a cycle', code: 'const a = ok ? 404 : b; const b = a; mark(b);', leaves: [literal('404', 404, true), unknown('b', true)] },
  { name: 'a self reference', code: 'let code = code || 500; mark(code);', leaves: [unknown('code', true), literal('500', 500, true)] },
  {
    name: 'a chain past the depth bound',
    code: 'const a0 = 404; ' + Array.from({ length: 9 }, (_, i) => `const a${i + 1} = a${i};`).join(' ') + ' mark(a9);',
    leaves: [unknown('a1', true)],
  },

  // Provider constants
  { name: 'a provider constant', code: 'mark(StatusCodes.NOT_FOUND);', leaves: [constant('StatusCodes.NOT_FOUND', 404)] },
  { name: 'a member the provider does not have', code: 'mark(StatusCodes.TEAPOT);', leaves: [unknown('StatusCodes.TEAPOT')] },
  { name: 'a member of another object', code: 'mark(res.statusCode);', leaves: [unknown('res.statusCode')] },
  {
    name: 'provider constants in branches',
    code: 'mark(ok ? StatusCodes.OK : StatusCodes.NOT_FOUND);',
    leaves: [constant('StatusCodes.OK', 200), constant('StatusCodes.NOT_FOUND', 404)],
  },
  {
    name: 'a provider constant through a const',
    code: 'const fallback = StatusCodes.INTERNAL_SERVER_ERROR; mark(e.status ?? fallback);',
    leaves: [unknown('e.status'), constant('StatusCodes.INTERNAL_SERVER_ERROR', 500, true)],
  },
  {
    name: 'a provider constant under a cast',
    code: 'mark(StatusCodes.NOT_FOUND as number);',
    parser: 'typescript',
    leaves: [constant('StatusCodes.NOT_FOUND', 404)],
  },
];

type Linters = Record<string, new (options: { configType: 'flat' }) => Linter>;
const linters: Linters = {
  'ESLint 9': Linter,
  'ESLint 8.57': Linter8 as Linters[string],
  'ESLint 10': Linter10 as unknown as Linters[string],
};

/** A provider that knows `StatusCodes.<member>` for a few members. */
function testContext(sourceCode: Readonly<TSESLint.SourceCode>): ValueContext {
  return {
    sourceCode,
    resolveConstant(node) {
      if (node.object.type !== 'Identifier' || node.object.name !== 'StatusCodes' || node.property.type !== 'Identifier') return undefined;
      const code = constants[node.property.name];
      return code === undefined ? undefined : { code, constantText: `StatusCodes.${node.property.name}` };
    },
  };
}

/** The leaves of every `mark(...)` argument in `code`, in source order. */
function leavesOf(
  LinterClass: Linters[string],
  code: string,
  { parser = 'espree', sourceType = 'module' }: Pick<Case, 'parser' | 'sourceType'> = {},
): ExpectedLeaf[][] {
  const found: ExpectedLeaf[][] = [];
  const rule = {
    create(context: TSESLint.RuleContext<string, []>) {
      const valueContext = testContext(context.sourceCode);
      return {
        'CallExpression[callee.name="mark"]'(node: TSESTree.CallExpression) {
          found.push(statusLeaves(node.arguments[0]!, valueContext).map((leaf) => describeLeaf(leaf, context.sourceCode)));
        },
      };
    },
  };
  const messages = new LinterClass({ configType: 'flat' }).verify(
    code,
    {
      files: ['**/*.ts', '**/*.js'],
      plugins: { test: { rules: { leaves: rule } } } as never,
      languageOptions: { ecmaVersion: 'latest', sourceType, ...(parser === 'typescript' ? { parser: tsParser as never } : {}) },
      rules: { 'test/leaves': 'error' },
    },
    { filename: parser === 'typescript' ? 'file.ts' : 'file.js' },
  );
  expect(messages).toEqual([]);
  return found;
}

function describeLeaf(leaf: StatusLeaf, sourceCode: Readonly<TSESLint.SourceCode>): ExpectedLeaf {
  return {
    text: sourceCode.getText(leaf.node),
    code: leaf.code,
    literal: leaf.literal !== undefined && leaf.literal === leaf.node,
    viaVariable: leaf.viaVariable,
    ...(leaf.constantText === undefined ? {} : { constantText: leaf.constantText }),
  };
}

describe('statusLeaves', () => {
  describe.each(Object.entries(linters))('%s', (_, LinterClass) => {
    it.each(cases)('$name', ({ code, leaves, ...options }) => {
      expect(leavesOf(LinterClass, code, options)).toEqual([leaves]);
    });
  });

  it('answers the same for every use of a memoised variable', () => {
    const code = 'const code = ok ? 200 : 404; mark(code); function f() { mark(code); } mark(code ?? 500);';
    const through = [literal('200', 200, true), literal('404', 404, true)];
    expect(leavesOf(Linter, code)).toEqual([through, through, [...through, literal('500', 500)]]);
  });

  it('keeps a variable cut short by a cycle from being memoised short', () => {
    // Entered from `b`, `a` is cut at `b`; entered from `a` afterwards, `a` is read whole again.
    const code = 'const a = ok ? 404 : b; const b = a; mark(b); mark(a);';
    expect(leavesOf(Linter, code)).toEqual([
      [literal('404', 404, true), unknown('b', true)],
      [literal('404', 404, true), unknown('a', true)],
    ]);
  });

  it('gives a literal leaf its own literal node, the one a fix replaces', () => {
    const found: StatusLeaf[] = [];
    new Linter({ configType: 'flat' }).verify('const code = 404 as const; mark(code);', {
      languageOptions: { parser: tsParser as never },
      plugins: {
        test: {
          rules: {
            leaves: {
              create: (context) => ({
                'CallExpression[callee.name="mark"]': (node: TSESTree.CallExpression) =>
                  found.push(...statusLeaves(node.arguments[0]!, testContext(context.sourceCode as never))),
              }),
            },
          },
        },
      },
      rules: { 'test/leaves': 'error' },
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.literal).toMatchObject({ type: 'Literal', value: 404, range: [13, 16] });
  });
});
