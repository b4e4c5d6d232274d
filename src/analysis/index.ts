import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { moduleApis, selectorNames } from '../apis/index.js';
import { statusReadCondition } from '../ast/status-read.js';
import type { DecodableNode } from './decode.js';
import { Analysis } from './file-analysis.js';
import type { FileAnalysis } from './file-analysis.js';

export type { FileAnalysis } from './file-analysis.js';
export type { FoundSite, StatusSite } from './sites.js';
export type { ContentWithStatus, KnownHeaders, RedirectAnswer, SentStatus, StatusAnswer } from './responses.js';
export type { RouteMethods } from './routes.js';
export type { StatusRole } from '../apis/index.js';
export { contentOnBodilessConsequence } from '../apis/index.js';

const alternatives = (names: Iterable<string>) => `/^(?:${[...new Set(names)].sort().join('|')})$/`;

/**
 * The nodes that can hold a status, a header, content or a redirect, derived from the catalogue.
 * ESLint matches these selectors itself, so the analysis is never called for the many calls,
 * objects and expressions that cannot matter.
 */
const selectors = {
  memberCall: `CallExpression[callee.property.name=${alternatives(selectorNames.methods)}]`,
  /** Functions known by name; a file that imports from a catalogue module gets `importedCall` instead. */
  namedCall: `CallExpression[callee.name=${alternatives(selectorNames.functions)}]`,
  importedCall: 'CallExpression[callee.type="Identifier"]',
  /** Any class: besides the catalogue's, the file's own error classes and other files' by their name. */
  construction: 'NewExpression[callee.type="Identifier"]',
  /** `super(404, msg)` in a class that extends an error class. */
  superCall: 'CallExpression[callee.type="Super"]',
  /** Project helpers known by the shape of their name. */
  helperCall: `CallExpression[callee.name=/${selectorNames.functionPatterns.join('|')}/]:not([callee.name=${alternatives(selectorNames.functions)}])`,
  assignment: `AssignmentExpression[left.property.name=${alternatives(selectorNames.assignedProperties)}]`,
  headerAssignment: `AssignmentExpression[left.object.property.name=${alternatives(selectorNames.headerObjects)}]`,
  comparison: `BinaryExpression[operator=/^(?:[=!]==?|[<>]=?)$/]:matches(BinaryExpression${statusReadCondition('left')}, BinaryExpression${statusReadCondition('right')})`,
  switchCase: `SwitchStatement${statusReadCondition('discriminant')} > SwitchCase[test]`,
  propertyKey: `Property[key.name=${alternatives(selectorNames.propertyKeys)}]`,
  propertyString: `Property[key.value=${alternatives(selectorNames.propertyKeys)}]`,
  ...namedPlaceSelectors(pattern(selectorNames.placeNames)),
};

/** Patterns as one esquery regular expression. */
function pattern(sources: readonly string[]): string {
  return `/${sources.map((source) => `(?:${source})`).join('|') || '^$'}/`;
}

/** Variables, fields, defaults and plain assignments under a status name: `let statusCode = 500`. */
function namedPlaceSelectors(names: string) {
  return {
    namedDeclarator: `VariableDeclarator[id.name=${names}]`,
    namedField: `PropertyDefinition[key.name=${names}]`,
    namedDefault: `AssignmentPattern[left.name=${names}]`,
    namedAssignment: `AssignmentExpression[left.name=${names}]`,
  };
}

/** All per-file state, keyed by the file's AST root. */
const analyses = new WeakMap<TSESTree.Program, Analysis>();

function visitorsFor(analysis: Analysis, importsApis: boolean): TSESLint.RuleListener {
  const visit = analysis.visit as (node: DecodableNode) => void;
  const listener: TSESLint.RuleListener = {
    [selectors.memberCall]: visit,
    [selectors.assignment]: visit,
    [selectors.headerAssignment]: visit,
    [selectors.comparison]: visit,
    [selectors.switchCase]: visit,
    [selectors.propertyKey]: visit,
    [selectors.propertyString]: visit,
    [selectors.construction]: visit,
    [selectors.superCall]: visit,
    [selectors.namedDeclarator]: visit,
    [selectors.namedField]: visit,
    [selectors.namedDefault]: visit,
    [selectors.namedAssignment]: visit,
  };
  // Most files import nothing the catalogue knows: only the known names are called.
  if (importsApis) {
    listener[selectors.importedCall] = visit;
  } else {
    listener[selectors.namedCall] = visit;
    listener[selectors.helperCall] = visit;
  }
  return listener;
}

/**
 * The file's analysis, shared by every rule of the plugin: the first rule to ask gets the visitors
 * that build it, the others none, so the work is done once however many rules run.
 * Read it at `Program:exit`, when every visitor has seen the whole file.
 */
export function getFileAnalysis(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): {
  listener: TSESLint.RuleListener | undefined;
  analysis: FileAnalysis;
} {
  const ast = context.sourceCode.ast;
  const known = analyses.get(ast);
  if (known) return { listener: undefined, analysis: known };
  const analysis = new Analysis(context.sourceCode);
  analyses.set(ast, analysis);
  let importsApis = false;
  for (const module of analysis.facts.modules) importsApis ||= moduleApis(module).length > 0;
  return { listener: visitorsFor(analysis, importsApis), analysis };
}

/** A rule's listener: the shared analysis's visitors, and `onExit` once the file is analysed. */
export function withFileAnalysis(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onExit: (analysis: FileAnalysis) => void,
): TSESLint.RuleListener {
  const { listener, analysis } = getFileAnalysis(context);
  const exit = () => onExit(analysis);
  // Only the first rule carries the visitors; the others need nothing but the end of the file.
  return listener ? { ...listener, 'Program:exit': exit } : { 'Program:exit': exit };
}
