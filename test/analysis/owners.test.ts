// The owner test that replaced the esquery selectors: on every node of the generated corpora it
// must say what the selectors of the selector-driven analysis (61f7199) said, which are restated
// here from the same catalogue names as the reference.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import esquery from 'esquery';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// @ts-expect-error -- plain ES module without types
import { generateCorpus, generateRealMixCorpus } from '../../bench/corpus.mjs';
import { isCandidateOwner } from '../../src/analysis/owners.js';
import { ownerNames } from '../../src/apis/index.js';

const alternatives = (names: Iterable<string>) => `/^(?:${[...new Set(names)].sort().join('|')})$/`;
const wrappers = '/^(?:TSNonNullExpression|TSAsExpression|ChainExpression)$/';
const statusName = String(/^(?:status|statusCode|status_code|httpStatus|httpStatusCode|responseStatus)$|.(?:StatusCode|HttpStatus)$/);
const statusGetter = /^get(?:Http|Response)?Status(?:Code)?$/;
const readsStatus = (at: string) =>
  `:matches([${at}.name=${statusName}], [${at}.property.name=/^(?:status|statusCode)$/], ` +
  `[${at}.callee.property.name=/^(?:status|${statusGetter.source.slice(1, -1)})$/], [${at}.callee.name=${String(statusGetter)}], ` +
  `[${at}.type=${wrappers}])`;
const places = `/${ownerNames.placeName.source}/`;

/** The selectors of the selector-driven analysis, by whether the file imports a catalogue module. */
function formerSelectors(importsApis: boolean): string[] {
  const common = [
    `CallExpression[callee.property.name=${alternatives(ownerNames.methods)}]`,
    'NewExpression[callee.type="Identifier"]',
    'CallExpression[callee.type="Super"]',
    `AssignmentExpression[left.property.name=${alternatives(ownerNames.assignedProperties)}]`,
    `AssignmentExpression[left.object.property.name=${alternatives(ownerNames.headerObjects)}]`,
    `BinaryExpression[operator=/^(?:[=!]==?|[<>]=?)$/]:matches(BinaryExpression${readsStatus('left')}, BinaryExpression${readsStatus('right')})`,
    `SwitchStatement${readsStatus('discriminant')} > SwitchCase[test]`,
    `Property[key.name=${alternatives(ownerNames.propertyKeys)}]`,
    `Property[key.value=${alternatives(ownerNames.propertyKeys)}]`,
    `VariableDeclarator[id.name=${places}]`,
    `PropertyDefinition[key.name=${places}]`,
    `AssignmentPattern[left.name=${places}]`,
    `AssignmentExpression[left.name=${places}]`,
  ];
  return importsApis
    ? [...common, 'CallExpression[callee.type="Identifier"]']
    : [
        ...common,
        `CallExpression[callee.name=${alternatives(ownerNames.functions)}]`,
        `CallExpression[callee.name=/${ownerNames.helperName.source}/]`,
      ];
}

let directory: string;
const files: string[] = [];

beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'http-status-owners-'));
  generateCorpus(path.join(directory, 'handlers'), 300);
  generateRealMixCorpus(path.join(directory, 'real-mix'), 300);
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:[cm]?[jt]sx?)$/.test(entry.name)) files.push(full);
    }
  };
  // Every shape each former selector matched, beside the corpora's.
  const shapes = [
    'if (200 === res.status) {}',
    'if (res.statusCode !== 404 && x < y) {}',
    'if (getStatusCode(err) >= 500) {}',
    'if (response.status() == 200) {}',
    'if (statusCode === 1 || httpStatus > 2 || myHttpStatus < 3) {}',
    'switch (res.statusCode) { case 404: break; default: }',
    'switch (getHttpStatus()) { case 1: }',
    'switch (kind) { case 1: }',
    'const a = { status: 1, statusCode: 2, "status": 3, ["status"]: 4, responses: { 200: {} } };',
    'let statusCode = 1; var responseStatus; const other = 2;',
    'class A { statusCode = 1; other = 2; }',
    'function f(statusCode = 1, other = 2) {}',
    'statusCode = 2; other = 3;',
    'res.statusCode = 1; ctx.status = 2; ctx.body = 3; set.headers["a"] = 1; x.y = 1;',
    'new Foo(); new a.B(); class C extends D { constructor() { super(1); } }',
    'createError(1); redirectWithToast("/", t, { status: 302 }); foo(1); a.b.c(1); res.status(1).json(2);',
  ].join('\n');
  for (const extension of ['js', 'ts']) writeFileSync(path.join(directory, `shapes.${extension}`), shapes);
  walk(directory);
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('isCandidateOwner', () => {
  it('agrees with the former selectors on every node of both generated corpora', () => {
    const disagreements: string[] = [];
    let candidates = 0;
    for (const importsApis of [false, true]) {
      const selectors = formerSelectors(importsApis).map((selector) => esquery.parse(selector));
      const rule: TSESLint.RuleModule<never> = {
        meta: { type: 'problem', schema: [], messages: {} },
        defaultOptions: [],
        create(context) {
          const ancestry: TSESTree.Node[] = [];
          return {
            '*'(node: TSESTree.Node) {
              ancestry.length = 0;
              for (let parent = node.parent; parent; parent = parent.parent) ancestry.push(parent);
              const before = selectors.some((selector) =>
                esquery.matches(node, selector, ancestry, { visitorKeys: context.sourceCode.visitorKeys }),
              );
              const now = isCandidateOwner(node, importsApis);
              if (now) candidates++;
              if (before !== now)
                disagreements.push(`${context.filename}:${node.loc.start.line} ${node.type} ${String(before)} -> ${String(now)}`);
            },
          };
        },
      };
      const linter = new Linter({ configType: 'flat', cwd: directory });
      for (const file of files) {
        const isTypeScript = /\.[cm]?tsx?$/.test(file);
        linter.verify(
          readFileSync(file, 'utf8'),
          {
            files: ['**/*'],
            languageOptions: isTypeScript
              ? { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: true } } }
              : { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
            plugins: { test: { rules: { owners: rule as never } } },
            rules: { 'test/owners': 'error' },
          },
          path.relative(directory, file),
        );
      }
    }
    expect(candidates).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });
});
