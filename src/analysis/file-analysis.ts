import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { moduleApis } from '../apis/index.js';
import type { Api } from '../apis/index.js';
import { allBuiltinProviders } from '../providers/index.js';
import type { Provider } from '../providers/index.js';
import { decode } from './decode.js';
import type { DecodableNode, Decoded, DecodeContext } from './decode.js';
import { handleRoot } from './handle-identity.js';
import { parameterCalls } from './callers.js';
import { OwnerFinder, isCandidateOwner } from './owners.js';
import { variableOf } from './scope.js';
import { getFileFacts } from './file-facts.js';
import type { FileFacts, ImportedBinding } from './file-facts.js';
import { statusLeaves } from './leaves.js';
import type { StatusLeaf, ValueContext } from './leaves.js';
import { ParameterStatuses } from './parameter-statuses.js';
import type { ArgumentStatus } from './parameter-statuses.js';
import { Responses } from './responses.js';
import { RouteFinder } from './routes.js';
import type { ProjectIndex } from '../project/index.js';
import { helperCallMayMatter } from '../project/helpers.js';
import { collectSites, unclaimed } from './sites.js';
import type { FoundSite } from './sites.js';
import { createConstantResolver } from './status-value.js';
import type { ConstantResolver, ResolvedConstant } from './status-value.js';

/** Everything the rules learn about a file, found in one pass that all of them share. */
export interface FileAnalysis {
  readonly facts: FileFacts;
  /** Every status position, one per code it can be: by API in visiting order, then by name alone. Read at the end of the file. */
  readonly sites: readonly FoundSite[];
  readonly responses: ResponseModel;
  /** The constant a member expression names, with the provider of its module: `StatusCodes.NOT_FOUND`, `HttpStatus.OK`. */
  constantOf(node: TSESTree.MemberExpression): ResolvedConstant | undefined;
}

/** The answers the rules ask of a file's responses. */
export type ResponseModel = Pick<Responses, 'sentStatuses' | 'contentsWith' | 'redirects'>;

/** The model of a file where no response states a status or redirects. */
const noResponses: ResponseModel = {
  sentStatuses: () => [],
  contentsWith: () => [],
  redirects: () => [],
};

/** A file with no number, constant or redirect: nothing to find, and nothing is built. */
export class EmptyAnalysis implements FileAnalysis {
  readonly sites: readonly FoundSite[] = [];
  readonly responses = noResponses;

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  get facts(): FileFacts {
    return getFileFacts(this.sourceCode);
  }

  constantOf(): undefined {
    return undefined;
  }
}

/** Where the analysis starts: the values and calls that can be a status, found while ESLint walks the file. */
export interface Starts {
  /** Number literals. */
  readonly numbers: readonly (TSESTree.Literal & { value: number })[];
  /** Member expressions rooted at a constants object of the file: `StatusCodes.NOT_FOUND`. */
  readonly constants: readonly TSESTree.MemberExpression[];
  /** Calls by the name of an API that redirects: `res.redirect(url)` has a status though it states none. */
  readonly redirects: readonly TSESTree.CallExpression[];
  /** The project's status-constant modules the file imports, read as the built-in constants packages are. */
  readonly providers?: readonly Provider[];
  /** Calls of functions imported from the project's own modules, which may be response helpers. */
  readonly helperCalls: readonly TSESTree.CallExpression[];
}

/** The API learned from a project module for an imported binding: null when it is no helper, undefined when unknown. */
export type ProjectApis = (binding: ImportedBinding, member?: string) => Api | null | undefined;

/**
 * The analysis of one file, built leaf-first: from each value that can be a status, up to the
 * nodes that may own it; from each response those decode to, to every other use of that response.
 * Only those nodes are decoded, in the order ESLint would have visited them.
 */
export class Analysis implements FileAnalysis, DecodeContext, ValueContext {
  private readonly apiSites: FoundSite[] = [];
  private readonly namedSites: FoundSite[] = [];
  private allSites: readonly FoundSite[] | undefined;
  private readonly decoded = new Map<DecodableNode, Decoded | undefined>();
  private readonly seenLeaves = new Set<TSESTree.Node>();
  private factsValue: FileFacts | undefined;
  private constants: ConstantResolver | undefined;
  private responsesValue: Responses | undefined;
  private readonly projectProviders: readonly Provider[];

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    starts: Starts,
    private readonly project?: ProjectApis,
    /** The project's other modules: where they register the file's functions as handlers. */
    private readonly projectIndex?: () => ProjectIndex | undefined,
  ) {
    this.projectProviders = starts.providers ?? [];
    this.parameters = new ParameterStatuses(sourceCode);
    if (starts.numbers.length > 0 || starts.constants.length > 0 || starts.redirects.length > 0 || starts.helperCalls.length > 0)
      this.build(starts);
  }

  /** A call's learned API, looked up only where the call can matter: its module is read once, but parsing it costs. */
  projectApi(binding: ImportedBinding, call: TSESTree.CallExpression, member?: string): Api | null | undefined {
    if (!this.project || !helperCallMayMatter(call, this)) return undefined;
    return this.project(binding, member);
  }

  isConstant(node: TSESTree.MemberExpression): boolean {
    return this.resolveConstant(node) !== undefined;
  }

  /**
   * Whether a call stands in a route handler of this file (`export async function action`, `app.post(...)`),
   * or answers one through its functions. Registrations in other modules are not asked for: every
   * exported function would send the project index to its importers, in files with no status at all.
   */
  inRoute(call: TSESTree.CallExpression): boolean {
    return (this.localRoutes ??= new RouteFinder(this.sourceCode)).around(call, 'value') !== undefined;
  }

  private localRoutes: RouteFinder | undefined;

  private routeFinderValue: RouteFinder | undefined;
  private get routeFinder(): RouteFinder {
    return (this.routeFinderValue ??= new RouteFinder(this.sourceCode, this.projectIndex));
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

  /** The response model; a file whose analysis decoded no response has none to build. */
  get responses(): ResponseModel {
    return this.responsesValue ?? noResponses;
  }

  /** Built on the first decoded response. */
  private get model(): Responses {
    return (this.responsesValue ??= new Responses(this.sourceCode, this.routeFinder, this.leavesOf));
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

  constantOf(node: TSESTree.MemberExpression): ResolvedConstant | undefined {
    return this.resolveConstant(node);
  }

  resolveConstant(node: TSESTree.MemberExpression): ResolvedConstant | undefined {
    return (this.constants ??= createConstantResolver(this.facts, [...allBuiltinProviders(), ...this.projectProviders]))(node);
  }

  decodeOnce(node: DecodableNode): Decoded | undefined {
    if (this.decoded.has(node)) return this.decoded.get(node);
    const decoded = decode(node, this);
    this.decoded.set(node, decoded);
    return decoded;
  }

  private build({ numbers, constants, redirects, helperCalls }: Starts): void {
    // Asked only where a bare call may own a status; a call of a project helper may too.
    let imports: boolean | undefined;
    const importsApis = () =>
      (imports ??= helperCalls.length > 0 || [...this.facts.modules].some((module) => moduleApis(module).length > 0));
    const finder = new OwnerFinder(this.sourceCode, importsApis);
    for (const number of numbers) finder.fromNumber(number);
    for (const constant of constants) {
      const resolved = this.resolveConstant(constant) ? constant : constant.parent;
      if (resolved.type === 'MemberExpression' && resolved.object === constant && this.resolveConstant(resolved)) finder.from(resolved);
      else if (resolved === constant) finder.from(constant);
    }
    for (const call of redirects) {
      if (isCandidateOwner(call, importsApis)) finder.owners.add(call);
      finder.from(call);
    }
    // The decoder tells, reading the helper's module on the first call of it.
    for (const call of helperCalls) {
      finder.owners.add(call);
      finder.from(call);
    }
    if (finder.owners.size === 0) return;
    // Every other use of a response that holds a status or a redirect: its headers, content and hand-offs.
    const expanded = new Set<TSESTree.Node>();
    const callersFollowed = new Set<TSESTree.Node>();
    let pending = [...finder.owners];
    while (pending.length > 0) {
      const before = finder.owners.size;
      for (const owner of pending) {
        const decoded = this.decodeOnce(owner);
        if (!decoded || !answersWith(decoded)) continue;
        const factory = decoded.effects.find((effect) => effect.kind === 'value')?.factory;
        for (const handle of [decoded.handle, factory]) {
          if (!handle) continue;
          const root = handleRoot(handle);
          // A response's status, or the status of a value a context builds (Hono `c.json(x, status)`): callers' headers count.
          if (!callersFollowed.has(root) && (handle === decoded.handle ? sendsStatus(decoded) : statesStatus(decoded))) {
            callersFollowed.add(root);
            this.callerUsesOf(root, finder, importsApis, expanded);
          }
          if (expanded.has(root)) continue;
          expanded.add(root);
          this.usesOf(root, finder, importsApis);
        }
      }
      pending = finder.owners.size === before ? [] : [...finder.owners].slice(before);
    }
    // ESLint's order: outer before inner, then left to right.
    const owners = [...finder.owners];
    if (owners.length > 1) owners.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
    for (const owner of owners) this.visit(owner);
  }

  /** The owners of every use of the response `root` stands for, as the handle identity groups them. */
  private usesOf(root: TSESTree.Node, finder: OwnerFinder, importsApis: () => boolean): void {
    const variable = root.type === 'Identifier' ? variableOf(this.sourceCode, root) : undefined;
    if (variable) {
      for (const reference of variable.references) finder.from(reference.identifier);
      return;
    }
    if (root.type !== 'Identifier' && root.type !== 'MemberExpression') return;
    // A response known by a global name or a member (`this.res`): every candidate of its scope.
    const scope = this.sourceCode.getScope(root);
    const region = root.type === 'Identifier' ? scope.block : scope.variableScope.block;
    const keys = this.sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
    const stack: TSESTree.Node[] = [region];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (isCandidateOwner(node, importsApis)) finder.owners.add(node);
      for (const key of keys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child) if (item && typeof (item as TSESTree.Node).type === 'string') stack.push(item as TSESTree.Node);
        } else if (child && typeof (child as TSESTree.Node).type === 'string') stack.push(child as TSESTree.Node);
      }
    }
  }

  /**
   * A response a function of the file is handed (`function sendError(res, code)`): the uses of what
   * each call hands it (`sendError(res, 401)`), whose headers set before the call count for it; calls up to three deep.
   */
  private callerUsesOf(
    root: TSESTree.Node,
    finder: OwnerFinder,
    importsApis: () => boolean,
    expanded: Set<TSESTree.Node>,
    depth = 1,
  ): void {
    if (depth > MAX_CALLER_DEPTH || root.type !== 'Identifier') return;
    for (const { argument } of parameterCalls(variableOf(this.sourceCode, root), this.sourceCode)) {
      const handed = handleRoot(argument);
      if (expanded.has(handed)) continue;
      expanded.add(handed);
      this.usesOf(handed, finder, importsApis);
      this.callerUsesOf(handed, finder, importsApis, expanded, depth + 1);
    }
  }

  /** Decodes a node once and feeds the sites and the response model. */
  private visit(node: DecodableNode): void {
    const decoded = this.decodeOnce(node);
    if (!decoded) return;
    collectSites(decoded, this.leavesOf, this.seenLeaves, this.apiSites, this.namedSites);
    if (decoded.framework === 'code' || decoded.framework === 'test') return;
    this.model.add(decoded);
    for (const effect of decoded.effects) {
      if (effect.kind === 'status' && effect.node && effect.node.type !== 'SpreadElement' && effect.role !== 'range')
        this.defaults.push(...this.parameters.note(effect, this.leavesOf(effect.node)));
    }
  }
}

/** How many calls up a handed response is followed to the response of the caller. */
const MAX_CALLER_DEPTH = 3;

/** A response's own status, stated: whose headers its callers may have set (`res.status(401)` in `sendUnauthorized(res)`). */
function sendsStatus(decoded: Decoded): boolean {
  return decoded.effects.some((effect) => effect.kind === 'status' && effect.node !== undefined && effect.role === 'send');
}

/** A value's own status, stated: `c.json(body, status)` in `fail(c, status)`. */
function statesStatus(decoded: Decoded): boolean {
  return decoded.effects.some((effect) => effect.kind === 'status' && effect.node !== undefined);
}

/** A decoded node whose response the rules ask about: it states a status, redirects, or builds a response. */
function answersWith(decoded: Decoded): boolean {
  if (decoded.framework === 'code' || decoded.framework === 'test') return false;
  return decoded.effects.some(
    (effect) => (effect.kind === 'status' && effect.node !== undefined) || effect.kind === 'redirect' || effect.kind === 'value',
  );
}
