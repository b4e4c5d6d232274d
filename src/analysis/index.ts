import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { moduleApis, ownerNames } from '../apis/index.js';
import { allBuiltinProviders } from '../providers/index.js';
import type { Provider } from '../providers/index.js';
import { calleeName } from '../ast/status-read.js';
import { moduleReaderOf, projectReadingOff } from '../project/parse.js';
import { projectStatusProviders } from '../project/status-modules.js';
import { unwrap } from '../ast/nodes.js';
import { projectBindings, projectHelpersOf } from '../project/helpers.js';
import type { ProjectHelpers } from '../project/helpers.js';
import { findProviderBinding } from '../providers/resolve.js';
import { Analysis, EmptyAnalysis } from './file-analysis.js';
import type { FileAnalysis, ProjectApis, Starts } from './file-analysis.js';
import { getFileFacts } from './file-facts.js';
import { ProjectIndex } from '../project/index.js';
import type { FileFacts } from './file-facts.js';

export type { FileAnalysis } from './file-analysis.js';
export type { FoundSite, StatusSite } from './sites.js';
export type { ContentWithStatus, KnownHeaders, RedirectAnswer, SentStatus, StatusAnswer } from './responses.js';
export type { RouteMethods } from './routes.js';
export type { StatusRole } from '../apis/index.js';
export { contentOnBodilessConsequence } from '../apis/index.js';

/** The constants packages the value model knows, and their modules. */
const providers = [...allBuiltinProviders()];
const providerModules: ReadonlySet<string> = new Set(providers.flatMap((provider) => provider.modules));

/** Words of which a file that may hold them must contain one, as a pattern: `http-status` also finds `http-status-codes`. */
function anyWordOf(words: Iterable<string>): RegExp {
  const list = [...new Set(words)];
  const shortest = list.filter((word) => !list.some((other) => other !== word && word.includes(other)));
  return new RegExp(shortest.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
}

/** A redirecting API's name, or a constants module's: one scan of the text rules out most files. */
const redirectText = anyWordOf(ownerNames.redirects);
const gateText = anyWordOf([...ownerNames.redirects, ...providerModules]);

/** An import or require: the file may import a status-constant module of the project. */
const importText = /\bfrom\s*['"]|\brequire\s*\(\s*['"]/;

/** `HTTP_STATUS_NO_GATE=1` listens in every file, to show that the gate loses nothing. */
const ungated = process.env['HTTP_STATUS_NO_GATE'] === '1';

/**
 * The names of the constants objects the file binds: `StatusCodes`, `HttpStatus`, `http2` of
 * `http2.constants`, and those of the project's status-constant modules it imports.
 */
function constantRoots(facts: FileFacts, projectProviders: readonly Provider[]): Set<string> | undefined {
  let imports = projectProviders.length > 0;
  for (const binding of facts.bindings.values()) imports ||= providerModules.has(binding.module);
  if (!imports) return undefined;
  const roots = new Set<string>();
  for (const provider of [...providers, ...projectProviders]) {
    const binding = findProviderBinding(provider, facts);
    if (binding) roots.add(binding.objectText.split('.')[0]!);
  }
  return roots;
}

/** The names the file calls redirecting APIs by: theirs, and the local names it imports them as. */
function redirectNames(facts: FileFacts): ReadonlySet<string> {
  let names: Set<string> | undefined;
  for (const binding of facts.bindings.values()) {
    if (binding.local === binding.imported || !ownerNames.importedRedirects.has(binding.imported)) continue;
    if (moduleApis(binding.module).length > 0) (names ??= new Set(ownerNames.redirects)).add(binding.local);
  }
  return names ?? ownerNames.redirects;
}

/** One file's starts, gathered while ESLint walks it, and its analysis, built on the first question. */
class FileState implements Starts {
  readonly numbers: (TSESTree.Literal & { value: number })[] = [];
  readonly constants: TSESTree.MemberExpression[] = [];
  readonly redirects: TSESTree.CallExpression[] = [];
  providers: readonly Provider[] = [];
  readonly helperCalls: TSESTree.CallExpression[] = [];
  /** Rules of the plugin that have yet to read the analysis. */
  readers = 0;
  private analysisValue: FileAnalysis | undefined;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** What the project's modules answer, looked up only in a file that imports from them. */
  private helpers: ProjectHelpers | undefined;

  private projectValue: ProjectIndex | undefined | null = null;

  constructor(private readonly context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>) {
    this.sourceCode = context.sourceCode;
  }

  /** The rest of the project, read only when a rule asks what it says about a function of this file. */
  readonly project = (): ProjectIndex | undefined => {
    if (this.projectValue === null) this.projectValue = ProjectIndex.of(this.context);
    return this.projectValue;
  };

  get analysis(): FileAnalysis {
    if (!this.analysisValue) {
      const empty =
        this.numbers.length === 0 && this.constants.length === 0 && this.redirects.length === 0 && this.helperCalls.length === 0;
      const helpers = this.helpers;
      const filename = this.context.filename;
      const apis: ProjectApis | undefined = helpers && ((binding, member) => helpers.apiOf(binding, filename, member));
      this.analysisValue = empty ? new EmptyAnalysis(this.sourceCode) : new Analysis(this.sourceCode, this, apis, this.project);
    }
    return this.analysisValue;
  }

  /**
   * Plain node-type listeners, as core `no-magic-numbers` has: every number literal; members only
   * in files that bind a constants object, and calls only in files whose text names a redirecting API.
   */
  listener(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TSESLint.RuleListener {
    const listener: TSESLint.RuleListener = {
      Literal: (node) => {
        if (typeof node.value === 'number') this.numbers.push(node as TSESTree.Literal & { value: number });
      },
    };
    // Calls of what the file imports from its project's modules, which may be response helpers.
    const helpers = projectReadingOff ? undefined : projectBindings(getFileFacts(this.sourceCode), this.context.physicalFilename);
    if (helpers) this.helpers = projectHelpersOf(this.context);
    const helperCall = helpers && this.helpers && ((node: TSESTree.CallExpression) => this.isHelperCall(node, helpers));
    // Most files name no constants module and no redirecting API: one scan of the text tells.
    const text = this.sourceCode.text;
    const imports = !projectReadingOff && (ungated || importText.test(text));
    if (!ungated && !imports && !gateText.test(text)) {
      if (helperCall)
        listener.CallExpression = (node) => {
          if (helperCall(node)) this.helperCalls.push(node);
        };
      return listener;
    }
    const facts = getFileFacts(this.sourceCode);
    // Files that import pay for resolving their specifiers (once per folder) and reading the modules (once per change).
    if (imports) this.providers = projectStatusProviders(facts, text, context.physicalFilename, context.cwd, () => moduleReaderOf(context));
    const roots = constantRoots(facts, this.providers);
    if (roots?.size)
      listener.MemberExpression = (node) => {
        if (node.object.type === 'Identifier' && roots.has(node.object.name)) this.constants.push(node);
      };
    const names = ungated || redirectText.test(text) ? redirectNames(facts) : undefined;
    if (names || helperCall)
      listener.CallExpression = (node) => {
        if (helperCall?.(node)) this.helperCalls.push(node);
        else {
          const name = names && calleeName(node);
          if (name !== undefined && names!.has(name)) this.redirects.push(node);
        }
      };
    return listener;
  }

  /** `helper(...)` or `module.helper(...)` with the name imported from a project module. */
  private isHelperCall(node: TSESTree.CallExpression, helpers: { direct: ReadonlySet<string>; namespaces: ReadonlySet<string> }): boolean {
    const callee = unwrap(node.callee);
    if (callee.type === 'Identifier') return helpers.direct.has(callee.name);
    return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && helpers.namespaces.has(callee.object.name);
  }
}

/**
 * The state of the file being linted. ESLint lints one file at a time (rules created, the AST
 * walked, `Program:exit`), so one slot serves. It is emptied once every rule has read it: a linter
 * may hand the next file in the same AST object (oxlint's JS plugins do).
 */
let current: FileState | undefined;

function stateOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): { state: FileState; first: boolean } {
  const sourceCode = context.sourceCode;
  if (current?.sourceCode.ast === sourceCode.ast && current.sourceCode.text === sourceCode.text) return { state: current, first: false };
  current = new FileState(context);
  return { state: current, first: true };
}

/**
 * The file's analysis, shared by every rule of the plugin: the first rule to ask gets the
 * listeners that gather where a status can be, the others none, so the work is done once.
 * Read the analysis at `Program:exit`, when ESLint has walked the whole file.
 */
export function getFileAnalysis(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): {
  listener: TSESLint.RuleListener | undefined;
  readonly analysis: FileAnalysis;
} {
  const { state, first } = stateOf(context);
  return {
    listener: first ? state.listener(context) : undefined,
    get analysis() {
      return state.analysis;
    },
  };
}

/** A rule's listener: the shared listeners (first rule only), and `onExit` with the file's analysis. */
export function withFileAnalysis(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onExit: (analysis: FileAnalysis) => void,
): TSESLint.RuleListener {
  const { state, first } = stateOf(context);
  state.readers++;
  const exit = () => {
    try {
      onExit(state.analysis);
    } finally {
      if (--state.readers === 0 && current === state) current = undefined;
    }
  };
  return first ? { ...state.listener(context), 'Program:exit': exit } : { 'Program:exit': exit };
}
