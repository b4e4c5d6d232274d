import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { moduleApis, ownerNames } from '../apis/index.js';
import { allBuiltinProviders } from '../providers/index.js';
import { findProviderBinding } from '../providers/resolve.js';
import { Analysis, EmptyAnalysis } from './file-analysis.js';
import type { FileAnalysis, Starts } from './file-analysis.js';
import { getFileFacts } from './file-facts.js';
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

/** `HTTP_STATUS_NO_GATE=1` listens in every file, to show that the gate loses nothing. */
const ungated = process.env['HTTP_STATUS_NO_GATE'] === '1';

/** The names of the constants objects the file binds: `StatusCodes`, `HttpStatus`, `http2` of `http2.constants`. */
function constantRoots(facts: FileFacts): Set<string> | undefined {
  let imports = false;
  for (const binding of facts.bindings.values()) imports ||= providerModules.has(binding.module);
  if (!imports) return undefined;
  const roots = new Set<string>();
  for (const provider of providers) {
    const binding = findProviderBinding(provider, facts);
    if (binding) roots.add(binding.objectText.split('.')[0]!);
  }
  return roots;
}

/** Whether the file can call a redirecting API: by its own name in the text, or imported. */
function mayRedirect(text: string, facts: FileFacts): boolean {
  if (ownerNames.redirectWords.some((word) => text.includes(word))) return true;
  for (const binding of facts.bindings.values())
    if (ownerNames.importedRedirects.has(binding.imported) && moduleApis(binding.module).length > 0) return true;
  return false;
}

function calleeName(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  if (callee.type === 'Identifier') return callee.name;
  return callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : undefined;
}

/** One file's starts, gathered while ESLint walks it, and its analysis, built on the first question. */
class FileState implements Starts {
  readonly numbers: (TSESTree.Literal & { value: number })[] = [];
  readonly constants: TSESTree.MemberExpression[] = [];
  readonly redirects: TSESTree.CallExpression[] = [];
  /** Rules of the plugin that have yet to read the analysis; at none, the state is dropped. */
  readers = 0;
  private analysisValue: FileAnalysis | undefined;

  constructor(readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  get analysis(): FileAnalysis {
    if (!this.analysisValue) {
      const empty = this.numbers.length === 0 && this.constants.length === 0 && this.redirects.length === 0;
      this.analysisValue = empty ? new EmptyAnalysis(this.sourceCode) : new Analysis(this.sourceCode, this);
    }
    return this.analysisValue;
  }

  /**
   * Plain node-type listeners, as core `no-magic-numbers` has: every number literal; members only
   * in files that bind a constants object, and calls only in files that can call a redirecting API.
   */
  listener(): TSESLint.RuleListener {
    const listener: TSESLint.RuleListener = {
      Literal: (node) => {
        if (typeof node.value === 'number') this.numbers.push(node as TSESTree.Literal & { value: number });
      },
    };
    // The file's imports and requires, from its top-level statements only.
    const facts = getFileFacts(this.sourceCode);
    const roots = constantRoots(facts);
    if (roots?.size)
      listener.MemberExpression = (node) => {
        if (node.object.type === 'Identifier' && roots.has(node.object.name)) this.constants.push(node);
      };
    if (ungated || mayRedirect(this.sourceCode.text, facts)) {
      listener.CallExpression = (node) => {
        const name = calleeName(node);
        if (name !== undefined && ownerNames.redirects.has(name)) this.redirects.push(node);
      };
    }
    return listener;
  }
}

/** Per-file state, keyed by the file's AST root, dropped once every rule has read it. */
const states = new WeakMap<TSESTree.Program, FileState>();

/**
 * The file's analysis, shared by every rule of the plugin: the first rule to ask gets the
 * listeners that gather where a status can be, the others none, so the work is done once.
 * Read the analysis at `Program:exit`, when ESLint has walked the whole file.
 */
export function getFileAnalysis(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): {
  listener: TSESLint.RuleListener | undefined;
  readonly analysis: FileAnalysis;
} {
  const ast = context.sourceCode.ast;
  const known = states.get(ast);
  if (known)
    return {
      listener: undefined,
      get analysis() {
        return known.analysis;
      },
    };
  const state = new FileState(context.sourceCode);
  states.set(ast, state);
  return {
    listener: state.listener(),
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
  const ast = context.sourceCode.ast;
  let state = states.get(ast);
  const first = !state;
  if (!state) states.set(ast, (state = new FileState(context.sourceCode)));
  state.readers++;
  const own = state;
  const exit = () => {
    try {
      onExit(own.analysis);
    } finally {
      if (--own.readers === 0 && states.get(ast) === own) states.delete(ast);
    }
  };
  return first ? { ...own.listener(), 'Program:exit': exit } : { 'Program:exit': exit };
}
