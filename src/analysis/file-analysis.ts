import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { allBuiltinProviders } from '../providers/index.js';
import { getFileFacts } from './file-facts.js';
import type { FileFacts } from './file-facts.js';
import { callConcernsFlow, emptyFlow, flowMethods, FlowBuilder } from './response-flow.js';
import type { ResponseFlow } from './response-flow.js';
import { statusReadCondition } from './handles.js';
import { exportsStatusFunctions, findStatusSites, siteConstructors, siteFunctions, siteMethods } from './status-sites.js';
import type { FoundSite, SiteOwner, StatusSite } from './status-sites.js';
import { createStatusValueResolver, isPlausibleStatus } from './status-value.js';
import type { StatusValueResolver } from './status-value.js';

export type { FoundSite } from './status-sites.js';

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
  private readonly firstSiteByOwner = new Map<TSESTree.Node, FoundSite>();
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

  /** Built on the first node that can concern a response; most files never need it. */
  get flowBuilder(): FlowBuilder {
    return (this.builder ??= new FlowBuilder(this.sourceCode, this.facts, (owner) => this.firstSiteByOwner.get(owner)));
  }

  get flow(): ResponseFlow {
    return this.builder?.flow ?? emptyFlow;
  }

  /** Receives the recogniser's sites; one function per file rather than one closure per node. */
  private readonly accept = (site: StatusSite): void => {
    const value = this.resolveValue(site.node);
    if (site.byShape && (value === undefined || !isPlausibleStatus(value.code))) return;
    const found = { site, value };
    this.sites.push(found);
    if (!this.firstSiteByOwner.has(site.owner)) this.firstSiteByOwner.set(site.owner, found);
  };

  collect(owner: SiteOwner): void {
    findStatusSites(owner, this.facts, this.accept);
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
  /** Functions known by name; a file that imports from a status-function module gets `importedCall` instead. */
  namedCall: `CallExpression[callee.name=${alternatives(siteFunctions)}]`,
  importedCall: 'CallExpression[callee.type="Identifier"]',
  construction: `NewExpression[callee.name=${alternatives(siteConstructors)}]`,
  assignment: 'AssignmentExpression[left.property.name=/^(?:status|statusCode|body|type|headers)$/]',
  headerAssignment: 'AssignmentExpression[left.object.property.name="headers"]',
  comparison: `BinaryExpression[operator=/^(?:[=!]==?|[<>]=?)$/]:matches(BinaryExpression${statusReadCondition('left')}, BinaryExpression${statusReadCondition('right')})`,
  switchCase: `SwitchStatement${statusReadCondition('discriminant')} > SwitchCase[test]`,
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
  if (callConcernsFlow(node, analysis.facts)) analysis.flowBuilder.onCall(node);
};
const onAssignment = (node: TSESTree.AssignmentExpression) => {
  const analysis = current!.analysis;
  analysis.collect(node);
  analysis.flowBuilder.onAssignment(node);
};
const collect = (node: SiteOwner) => current!.analysis.collect(node);

const commonVisitors: TSESLint.RuleListener = {
  [selectors.memberCall]: onCall,
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
};
/** Most files import nothing whose functions take a status: only the known names are called. */
const visitors = Object.freeze({ ...commonVisitors, [selectors.namedCall]: onCall });
const visitorsWithImportedCalls = Object.freeze({ ...commonVisitors, [selectors.importedCall]: onCall });

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
  const analysis = new Analysis(context.sourceCode);
  current = { ast, analysis };
  let importsStatusFunctions = false;
  for (const module of analysis.facts.modules) importsStatusFunctions ||= exportsStatusFunctions(module);
  return { listener: importsStatusFunctions ? visitorsWithImportedCalls : visitors, analysis };
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
