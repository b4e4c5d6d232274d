import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { allBuiltinProviders } from '../providers/index.js';
import { getFileFacts } from './file-facts.js';
import type { FileFacts } from './file-facts.js';
import { createFlowBuilder, flowMethods } from './response-flow.js';
import type { ResponseFlow } from './response-flow.js';
import { findStatusSites, siteConstructors, siteMethods } from './status-sites.js';
import type { SiteOwner, StatusSite } from './status-sites.js';
import { createStatusValueResolver, isPlausibleStatus } from './status-value.js';
import type { StatusValue, StatusValueResolver } from './status-value.js';

export interface FoundSite {
  readonly site: StatusSite;
  /** The status's value when the source states it. */
  readonly value: StatusValue | undefined;
}

/** Everything the rules learn about a file, found in one pass that all of them share. */
export interface FileAnalysis {
  readonly facts: FileFacts;
  readonly resolveValue: StatusValueResolver;
  /** Every status position, in visiting order. Sites known by shape only are kept when their value is plausible. */
  readonly sites: readonly FoundSite[];
  readonly flow: ResponseFlow;
}

const cache = new WeakMap<TSESTree.Program, FileAnalysis>();

const alternatives = (names: Iterable<string>) => `/^(?:${[...new Set(names)].sort().join('|')})$/`;

/**
 * The nodes that can hold a status, a header, content or a redirect. ESLint matches these
 * selectors itself, so the analysis is never called for the many calls, objects and
 * expressions that cannot matter.
 */
const selectors = {
  memberCall: `CallExpression[callee.property.name=${alternatives([...siteMethods, ...flowMethods])}]`,
  bareCall: 'CallExpression[callee.type="Identifier"]',
  construction: `NewExpression[callee.name=${alternatives(siteConstructors)}]`,
  assignment: 'AssignmentExpression[left.property.name=/^(?:status|statusCode|body|type|headers)$/]',
  headerAssignment: 'AssignmentExpression[left.object.property.name="headers"]',
  comparison: 'BinaryExpression[operator=/^(?:[=!]==?|[<>]=?)$/]',
  switchCase: 'SwitchCase[test]',
  statusCodeKey: 'Property[key.name="statusCode"]',
  statusCodeString: 'Property[key.value="statusCode"]',
};
const none: readonly StatusSite[] = [];
const noVisitors: TSESLint.RuleListener = Object.freeze({});

/**
 * The file's analysis, shared by every rule of the plugin: the first rule to ask gets the listener
 * that builds it, the others an empty one, so the work is done once however many rules run.
 * Read it at `Program:exit`, when every listener has seen the whole file.
 */
export function getFileAnalysis(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): {
  listener: TSESLint.RuleListener;
  analysis: FileAnalysis;
} {
  const sourceCode = context.sourceCode;
  const cached = cache.get(sourceCode.ast);
  if (cached) return { listener: noVisitors, analysis: cached };

  const facts = getFileFacts(sourceCode);
  const resolveValue = createStatusValueResolver(facts, allBuiltinProviders());
  const sites: FoundSite[] = [];
  const sitesByOwner = new Map<TSESTree.Node, StatusSite[]>();
  const builder = createFlowBuilder(sourceCode, facts, resolveValue, (owner) => sitesByOwner.get(owner)?.[0]);
  const analysis: FileAnalysis = { facts, resolveValue, sites, flow: builder.flow };
  cache.set(sourceCode.ast, analysis);

  const collect = (owner: SiteOwner): readonly StatusSite[] => {
    let found: StatusSite[] | undefined;
    findStatusSites(owner, facts, (site) => {
      const value = resolveValue(site.node);
      if (site.byShape && (value === undefined || !isPlausibleStatus(value.code))) return;
      sites.push({ site, value });
      (found ??= []).push(site);
    });
    if (found) sitesByOwner.set(owner, found);
    return found ?? none;
  };

  const onCall = (node: TSESTree.CallExpression) => {
    collect(node);
    builder.onCall(node);
  };
  const onAssignment = (node: TSESTree.AssignmentExpression) => {
    collect(node);
    builder.onAssignment(node);
  };
  const listener: TSESLint.RuleListener = {
    [selectors.memberCall]: onCall,
    [selectors.bareCall]: onCall,
    [selectors.construction]: (node: TSESTree.NewExpression) => {
      collect(node);
      builder.onNew(node);
    },
    [selectors.assignment]: onAssignment,
    [selectors.headerAssignment]: onAssignment,
    [selectors.comparison]: collect,
    [selectors.switchCase]: collect,
    [selectors.statusCodeKey]: collect,
    [selectors.statusCodeString]: collect,
  };
  return { listener, analysis };
}

/** A rule's listener: the shared analysis's visitors, and `onExit` once the file is analysed. */
export function withFileAnalysis(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onExit: (analysis: FileAnalysis) => void,
): TSESLint.RuleListener {
  const { listener, analysis } = getFileAnalysis(context);
  const exit = () => onExit(analysis);
  // Only the first rule carries the visitors; the others need nothing but the end of the file.
  return listener === noVisitors ? { 'Program:exit': exit } : { ...listener, 'Program:exit': exit };
}
