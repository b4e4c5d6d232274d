import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { allBuiltinProviders } from '../providers/index.js';
import { getFileFacts } from './file-facts.js';
import type { FileFacts } from './file-facts.js';
import { createFlowBuilder, flowMethods } from './response-flow.js';
import type { FlowBuilder, ResponseFlow } from './response-flow.js';
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

/** The analysis under construction: created per file, filled by the shared visitors. */
class Analysis implements FileAnalysis {
  readonly sites: FoundSite[] = [];
  private readonly sitesByOwner = new Map<TSESTree.Node, StatusSite[]>();
  private factsValue: FileFacts | undefined;
  private resolver: StatusValueResolver | undefined;
  private builder: FlowBuilder | undefined;

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  get facts(): FileFacts {
    return (this.factsValue ??= getFileFacts(this.sourceCode));
  }

  get resolveValue(): StatusValueResolver {
    return (this.resolver ??= createStatusValueResolver(this.facts, allBuiltinProviders()));
  }

  /** Built on the first call that can concern a response; most files never need it. */
  get flowBuilder(): FlowBuilder {
    return (this.builder ??= createFlowBuilder(this.sourceCode, this.facts, this.resolveValue, (owner) => this.sitesByOwner.get(owner)?.[0]));
  }

  get flow(): ResponseFlow {
    return this.flowBuilder.flow;
  }

  collect(owner: SiteOwner): void {
    let found: StatusSite[] | undefined;
    findStatusSites(owner, this.facts, (site) => {
      const value = this.resolveValue(site.node);
      if (site.byShape && (value === undefined || !isPlausibleStatus(value.code))) return;
      this.sites.push({ site, value });
      (found ??= []).push(site);
    });
    if (found) this.sitesByOwner.set(owner, found);
  }
}

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

/**
 * ESLint lints one file at a time in a thread, and every rule of a file runs in the same
 * traversal: the file being analysed is a single slot, and the visitors are one static object
 * that feeds it. A new AST means a new file.
 */
let current: { ast: TSESTree.Program; analysis: Analysis } | undefined;

const onCall = (node: TSESTree.CallExpression) => {
  const analysis = current!.analysis;
  analysis.collect(node);
  analysis.flowBuilder.onCall(node);
};
const onAssignment = (node: TSESTree.AssignmentExpression) => {
  const analysis = current!.analysis;
  analysis.collect(node);
  analysis.flowBuilder.onAssignment(node);
};
const collect = (node: SiteOwner) => current!.analysis.collect(node);

const visitors: TSESLint.RuleListener = Object.freeze({
  [selectors.memberCall]: onCall,
  [selectors.bareCall]: onCall,
  [selectors.construction]: (node: TSESTree.NewExpression) => {
    const analysis = current!.analysis;
    analysis.collect(node);
    analysis.flowBuilder.onNew(node);
  },
  [selectors.assignment]: onAssignment,
  [selectors.headerAssignment]: onAssignment,
  [selectors.comparison]: collect,
  [selectors.switchCase]: collect,
  [selectors.statusCodeKey]: collect,
  [selectors.statusCodeString]: collect,
});

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
  if (current?.ast === ast) return { listener: undefined, analysis: current.analysis };
  current = { ast, analysis: new Analysis(context.sourceCode) };
  return { listener: visitors, analysis: current.analysis };
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
