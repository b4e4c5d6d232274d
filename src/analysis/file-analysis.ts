import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { allBuiltinProviders } from '../providers/index.js';
import { decode } from './decode.js';
import type { DecodableNode, DecodeContext } from './decode.js';
import { getFileFacts } from './file-facts.js';
import type { FileFacts } from './file-facts.js';
import { statusLeaves } from './leaves.js';
import type { StatusLeaf, ValueContext } from './leaves.js';
import { ParameterStatuses } from './parameter-statuses.js';
import type { ArgumentStatus } from './parameter-statuses.js';
import { Responses } from './responses.js';
import { RouteFinder } from './routes.js';
import { collectSites, unclaimed } from './sites.js';
import type { FoundSite } from './sites.js';
import { createConstantResolver } from './status-value.js';
import type { ConstantResolver } from './status-value.js';

/** Everything the rules learn about a file, found in one pass that all of them share. */
export interface FileAnalysis {
  readonly facts: FileFacts;
  /** Every status position, one per code it can be: by API in visiting order, then by name alone. Read at the end of the file. */
  readonly sites: readonly FoundSite[];
  readonly responses: Responses;
}

/** The analysis of one file: every per-file answer and cache hangs off it. */
export class Analysis implements FileAnalysis, DecodeContext, ValueContext {
  private readonly apiSites: FoundSite[] = [];
  private readonly namedSites: FoundSite[] = [];
  private allSites: readonly FoundSite[] | undefined;
  /** Nodes already decoded: two selectors can match one node. */
  private readonly visited = new Set<TSESTree.Node>();
  private readonly seenLeaves = new Set<TSESTree.Node>();
  private factsValue: FileFacts | undefined;
  private constants: ConstantResolver | undefined;
  private responsesValue: Responses | undefined;

  constructor(readonly sourceCode: Readonly<TSESLint.SourceCode>) {
    this.parameters = new ParameterStatuses(sourceCode);
  }

  get facts(): FileFacts {
    return (this.factsValue ??= getFileFacts(this.sourceCode));
  }

  /** Parameters of the file's functions used as statuses, and the defaults found on the way. */
  private readonly parameters: ParameterStatuses;
  private readonly defaults: ArgumentStatus[] = [];

  get sites(): readonly FoundSite[] {
    if (!this.allSites) {
      const passed: FoundSite[] = [];
      for (const { node, effect, owner } of [...this.defaults, ...this.parameters.arguments(this.leavesOf)]) {
        // Framework 'code': the function's own parameter type, not the API's, decides what a constant may be.
        collectSites(
          { owner, effects: [{ ...effect, node, framework: 'code', byShape: true }] },
          this.leavesOf,
          this.seenLeaves,
          passed,
          [],
        );
      }
      const byApi = [...this.apiSites, ...unclaimed(this.apiSites, passed)];
      this.allSites = [...byApi, ...unclaimed(byApi, this.namedSites)];
    }
    return this.allSites;
  }

  /** Built on the first response; most files never need it. */
  get responses(): Responses {
    return (this.responsesValue ??= new Responses(this.sourceCode, new RouteFinder(this.sourceCode), this.leavesOf));
  }

  private readonly leaves = new Map<TSESTree.Node, readonly StatusLeaf[]>();

  /** The codes a status expression can be; the sites and the response model both ask. */
  private readonly leavesOf = (node: TSESTree.Node): readonly StatusLeaf[] => {
    let leaves = this.leaves.get(node);
    if (!leaves) {
      leaves = statusLeaves(node, this);
      this.leaves.set(node, leaves);
    }
    return leaves;
  };

  resolveConstant(node: TSESTree.MemberExpression): { code: number; constantText: string } | undefined {
    return (this.constants ??= createConstantResolver(this.facts, allBuiltinProviders()))(node);
  }

  /** Decodes a node once and feeds the sites and the response model. */
  readonly visit = (node: DecodableNode): void => {
    if (this.visited.has(node)) return;
    this.visited.add(node);
    const decoded = decode(node, this);
    if (!decoded) return;
    collectSites(decoded, this.leavesOf, this.seenLeaves, this.apiSites, this.namedSites);
    if (decoded.framework === 'code' || decoded.framework === 'test') return;
    this.responses.add(decoded);
    for (const effect of decoded.effects) {
      if (effect.kind === 'status' && effect.node && effect.node.type !== 'SpreadElement' && effect.role !== 'range')
        this.defaults.push(...this.parameters.note(effect, this.leavesOf(effect.node)));
    }
  };
}
