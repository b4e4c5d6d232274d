import { createRequire } from 'node:module';
import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { fileText } from './files.js';

interface ParseResult {
  ast: unknown;
  scopeManager?: unknown;
  visitorKeys?: Record<string, readonly string[]>;
  services?: unknown;
}

interface Parser {
  parse?: (text: string, options: Record<string, unknown>) => unknown;
  parseForESLint?: (text: string, options: Record<string, unknown>) => ParseResult;
}

/** Reads other modules of the project with the parser the user configured for the linted file. */
export interface ModuleReader {
  /** The module's AST with `parent` links, or undefined when it cannot be read or parsed. */
  read(file: string): TSESTree.Program | undefined;
  /** The module as ESLint's `SourceCode`, with its scopes, for the analysis the linted file gets; built on demand. */
  sourceCode(file: string): Readonly<TSESLint.SourceCode> | undefined;
}

type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/** Sets `parent` as ESLint does while it walks a file: the index reads modules ESLint never walks. */
function linkParents(root: TSESTree.Node, keys: VisitorKeys): void {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as TSESTree.Node).type === 'string') {
          (item as { parent: TSESTree.Node }).parent = node;
          stack.push(item as TSESTree.Node);
        }
      }
    }
  }
}

/** ESLint's own scope analyser, for parsers that give no scopes (espree): a dependency of every ESLint. */
function eslintScope(): { analyze(ast: unknown, options: Record<string, unknown>): unknown } | undefined {
  try {
    const fromProject = createRequire(path.join(process.cwd(), 'noop.js'));
    return createRequire(fromProject.resolve('eslint'))('eslint-scope') as ReturnType<typeof eslintScope>;
  } catch {
    return undefined;
  }
}

/**
 * `HTTP_STATUS_NO_PROJECT=1` reads no other module of the project (no registrations, helpers or
 * status modules): what `npm run bench:project` compares against.
 */
export const projectReadingOff = process.env['HTTP_STATUS_NO_PROJECT'] === '1';

/** Options that would make a parser build a type-checked program: the index never checks types. */
const typeAwareOptions = ['project', 'projects', 'projectService', 'EXPERIMENTAL_useProjectService', 'programs', 'tsconfigRootDir'];

interface ParsedEntry {
  readonly text: string;
  /** Parsed without tokens, comments or scopes (what the index reads), or the whole module's AST. */
  readonly ast: TSESTree.Program | undefined;
  /** Parsed again, whole, when an analysis asks for the module. */
  sourceCode?: Readonly<TSESLint.SourceCode> | null;
}

/** One cache per parser and options: two configs may read one file differently. */
const readers = new WeakMap<object, Map<string, { reader: ModuleReader; parsed: Map<string, ParsedEntry> }>>();

function parserOptionsOf(languageOptions: Record<string, unknown>): Record<string, unknown> {
  const configured = (languageOptions['parserOptions'] ?? {}) as Record<string, unknown>;
  const options = Object.fromEntries(Object.entries(configured).filter(([key]) => !typeAwareOptions.includes(key)));
  return {
    ecmaVersion: languageOptions['ecmaVersion'] ?? 'latest',
    sourceType: languageOptions['sourceType'] ?? 'module',
    ...options,
    loc: true,
    range: true,
    tokens: false,
    comment: false,
  };
}

/**
 * The reader for the linted file's configuration, as eslint-plugin-import reads other modules: the
 * configured parser (`languageOptions.parser`, which ESLint 8's eslintrc mode fills too), its
 * options without those that build a type-checked program. A file is parsed again only when its
 * text changes.
 */
export function moduleReaderOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ModuleReader | undefined {
  if (projectReadingOff) return undefined;
  const languageOptions = (context as unknown as { languageOptions?: Record<string, unknown> }).languageOptions;
  const known = languageOptions && byLanguageOptions.get(languageOptions);
  if (known) return known;
  const reader = newReaderOf(context, languageOptions);
  if (languageOptions && reader) byLanguageOptions.set(languageOptions, reader);
  return reader;
}

/** Readers by the configuration object ESLint hands every file it matches: most files skip the key below. */
const byLanguageOptions = new WeakMap<object, ModuleReader>();

function newReaderOf(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  languageOptions: Record<string, unknown> | undefined,
): ModuleReader | undefined {
  const parser = languageOptions?.['parser'] as Parser | undefined;
  if (!languageOptions || !parser || (typeof parser.parseForESLint !== 'function' && typeof parser.parse !== 'function')) return undefined;
  const options = parserOptionsOf(languageOptions);
  const key = JSON.stringify(options);
  let byOptions = readers.get(parser);
  if (!byOptions) readers.set(parser, (byOptions = new Map()));
  const existing = byOptions.get(key);
  if (existing) return existing.reader;

  const parsed = new Map<string, ParsedEntry>();
  const keys = context.sourceCode.visitorKeys as VisitorKeys;
  const SourceCode = context.sourceCode.constructor as new (config: Record<string, unknown>) => TSESLint.SourceCode;
  const parse = (text: string, file: string, whole: boolean): ParseResult => {
    // ESLint's SourceCode wants tokens and comments; the index does not, nor scopes (`parse` skips them).
    const fileOptions = { ...options, filePath: file, ...(whole && { tokens: true, comment: true }) };
    if (whole && parser.parseForESLint) return parser.parseForESLint(text, fileOptions);
    return { ast: parser.parse ? parser.parse(text, fileOptions) : parser.parseForESLint!(text, fileOptions).ast };
  };
  /** The whole module as ESLint's SourceCode: tokens, comments, scopes. */
  const sourceCodeOf = (text: string, file: string): Readonly<TSESLint.SourceCode> | null => {
    try {
      const result = parse(text, file, true);
      const ast = result.ast as TSESTree.Program;
      const visitorKeys = result.visitorKeys ?? keys;
      linkParents(ast, visitorKeys);
      const scopeManager =
        result.scopeManager ??
        eslintScope()?.analyze(ast, {
          ecmaVersion: 2022,
          sourceType: options['sourceType'] === 'script' ? 'script' : 'module',
          childVisitorKeys: visitorKeys,
          fallback: 'iteration',
        });
      return scopeManager ? new SourceCode({ text, ast, scopeManager, visitorKeys, parserServices: result.services ?? {} }) : null;
    } catch {
      // A module the configured parser cannot read (another language, a syntax error) tells nothing.
      return null;
    }
  };
  /** The module's entry for its current text; parsed whole at once when that is what is asked first. */
  const entryOf = (file: string, whole: boolean): ParsedEntry | undefined => {
    const text = fileText.get(file);
    if (text === undefined) return undefined;
    const cached = parsed.get(file);
    if (cached?.text === text) return cached;
    let entry: ParsedEntry;
    if (whole) {
      const sourceCode = sourceCodeOf(text, file);
      entry = { text, ast: sourceCode?.ast, sourceCode };
    } else {
      try {
        const ast = parse(text, file, false).ast as TSESTree.Program;
        linkParents(ast, keys);
        entry = { text, ast };
      } catch {
        entry = { text, ast: undefined };
      }
    }
    parsed.set(file, entry);
    return entry;
  };
  const reader: ModuleReader = {
    read: (file) => entryOf(file, false)?.ast,
    sourceCode(file) {
      const entry = entryOf(file, true);
      if (!entry?.ast) return undefined;
      if (entry.sourceCode === undefined) entry.sourceCode = sourceCodeOf(entry.text, file);
      return entry.sourceCode ?? undefined;
    },
  };
  byOptions.set(key, { reader, parsed });
  return reader;
}
