import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileFacts } from '../analysis/file-facts.js';

/** How the file writes a statement: its quote and whether it ends statements with a semicolon. */
export interface Style {
  readonly quote: string;
  readonly semicolon: string;
}

interface Habits {
  quote?: string | undefined;
  semicolon?: string | undefined;
}

/**
 * The quote and semicolon habits a new import statement copies: the file's first import or
 * require; else the file's own statements and strings; else the project's Prettier config, then
 * its ESLint `semi` and `quotes` settings; else single quotes and semicolons.
 */
export function styleOf(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, filename: string, cwd: string): Style {
  const sample = facts.importDeclarations[0] ?? facts.requireDeclarations[0]?.statement;
  let style: Habits = sample ? { quote: quoteOf(sourceCode.getTokens(sample)), semicolon: semicolonOf(sourceCode, sample) } : {};
  if (style.quote === undefined || style.semicolon === undefined) style = fill(style, statementStyle(sourceCode));
  if (style.quote === undefined || style.semicolon === undefined) style = fill(style, projectStyle(filename, cwd));
  return { quote: style.quote ?? "'", semicolon: style.semicolon ?? ';' };
}

const fill = (style: Habits, more: Habits): Habits => ({ quote: style.quote ?? more.quote, semicolon: style.semicolon ?? more.semicolon });

function quoteOf(tokens: readonly TSESTree.Token[]): string | undefined {
  const literal = tokens.find((token) => token.type === 'String');
  return literal && literal.value[0];
}

/** Statements that end with a semicolon unless the file leaves them out. */
const terminated = new Set([
  'ExpressionStatement',
  'VariableDeclaration',
  'ReturnStatement',
  'ThrowStatement',
  'BreakStatement',
  'ContinueStatement',
  'DoWhileStatement',
  'DebuggerStatement',
  'ImportDeclaration',
  'ExportAllDeclaration',
  'TSTypeAliasDeclaration',
  'TSImportEqualsDeclaration',
  'TSExportAssignment',
]);

function takesSemicolon(node: TSESTree.Node): boolean {
  if (terminated.has(node.type)) {
    // `for (const x of y)` declares without a semicolon of its own.
    return !(node.type === 'VariableDeclaration' && node.parent?.type.startsWith('For'));
  }
  if (node.type === 'ExportNamedDeclaration') return node.declaration === null || takesSemicolon(node.declaration);
  if (node.type === 'ExportDefaultDeclaration') return !/Declaration$/.test(node.declaration.type);
  return false;
}

function semicolonOf(sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node): string {
  return sourceCode.getLastToken(statement)?.value === ';' ? ';' : '';
}

/** How many statements and strings are enough to read a habit. */
const enough = 20;

/** The habits of the file's own statements: most of them decide, a tie keeps the semicolon. */
function statementStyle(sourceCode: Readonly<TSESLint.SourceCode>): Habits {
  let [withSemicolon, without] = [0, 0];
  const pending: TSESTree.Node[] = [sourceCode.ast];
  while (pending.length > 0 && withSemicolon + without < enough) {
    const node = pending.shift()!;
    if (takesSemicolon(node)) {
      if (semicolonOf(sourceCode, node)) withSemicolon++;
      else without++;
    }
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const value of Array.isArray(child) ? child : [child]) {
        if (value && typeof (value as TSESTree.Node).type === 'string') pending.push(value as TSESTree.Node);
      }
    }
  }
  let [single, double] = [0, 0];
  const tokens = sourceCode.ast.tokens;
  for (let index = 0; index < tokens.length && single + double < enough; index++) {
    const token = tokens[index]!;
    // JSX attributes follow their own setting (jsxSingleQuote).
    if (token.type !== 'String' || (tokens[index - 1]?.value === '=' && tokens[index - 2]?.type === 'JSXIdentifier')) continue;
    const [quote, body] = [token.value[0], token.value.slice(1, -1)];
    // A string that holds the other quote says nothing: formatters pick the quote that needs no escape.
    if (body.includes(quote === '"' ? "'" : '"')) continue;
    if (quote === '"') double++;
    else if (quote === "'") single++;
  }
  return {
    quote: single + double === 0 ? undefined : double > single ? '"' : "'",
    semicolon: withSemicolon + without === 0 ? undefined : without > withSemicolon ? '' : ';',
  };
}

const prettierFiles = [
  '.prettierrc',
  '.prettierrc.json',
  '.prettierrc.json5',
  '.prettierrc.yaml',
  '.prettierrc.yml',
  '.prettierrc.toml',
  '.prettierrc.js',
  '.prettierrc.cjs',
  '.prettierrc.mjs',
  '.prettierrc.ts',
  '.prettierrc.cts',
  '.prettierrc.mts',
  'prettier.config.js',
  'prettier.config.cjs',
  'prettier.config.mjs',
  'prettier.config.ts',
  'prettier.config.cts',
  'prettier.config.mts',
];
const eslintFiles = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
  '.eslintrc',
  '.eslintrc.json',
  '.eslintrc.js',
  '.eslintrc.cjs',
  '.eslintrc.yaml',
  '.eslintrc.yml',
];

const setting = (text: string, name: string) => new RegExp(`["']?\\b${name}["']?\\s*[:=]\\s*(true|false)\\b`).exec(text)?.[1];

/** Prettier's options as its config writes them; a config that leaves one out means Prettier's default. */
function prettierStyle(text: string | Record<string, unknown>): Habits {
  const [semi, singleQuote] =
    typeof text === 'string' ? [setting(text, 'semi'), setting(text, 'singleQuote')] : [String(text.semi), String(text.singleQuote)];
  return { semicolon: semi === 'false' ? '' : ';', quote: singleQuote === 'true' ? "'" : '"' };
}

const rulePrefix = `["']?(?:@stylistic\\/(?:js\\/|ts\\/)?|@typescript-eslint\\/)?`;
const severity = `\\[\\s*["']?(?:error|warn|2|1)["']?\\s*,\\s*["']`;
const semiRule = new RegExp(`${rulePrefix}semi["']?\\s*:\\s*${severity}(always|never)["']`);
const quotesRule = new RegExp(`${rulePrefix}quotes["']?\\s*:\\s*${severity}(single|double)["']`);

/** The `semi` and `quotes` rules of an ESLint config, `@stylistic`'s customize() and the standard style. */
function eslintStyle(text: string): Habits {
  const style: { quote?: string; semicolon?: string } = {};
  const customize = /customize\(\s*\{([^}]*)\}/.exec(text)?.[1];
  if (customize !== undefined || /["']standard["']|neostandard\(/.test(text)) {
    // Both default to single quotes and no semicolons.
    style.semicolon = setting(customize ?? '', 'semi') === 'true' ? ';' : '';
    style.quote = /quotes\s*:\s*["']double/.test(customize ?? '') ? '"' : "'";
  }
  const semi = semiRule.exec(text)?.[1];
  if (semi) style.semicolon = semi === 'never' ? '' : ';';
  const quotes = quotesRule.exec(text)?.[1];
  if (quotes) style.quote = quotes === 'double' ? '"' : "'";
  return style;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** What one directory's config files say, if anything. */
function directoryStyle(directory: string): { prettier?: Habits; eslint?: Habits } {
  let names: Set<string>;
  try {
    names = new Set(readdirSync(directory));
  } catch {
    return {};
  }
  const found: { prettier?: Habits; eslint?: Habits } = {};
  const manifest = names.has('package.json') ? parseJson(read(join(directory, 'package.json'))) : undefined;
  const prettierFile = prettierFiles.find((name) => names.has(name));
  if (prettierFile) found.prettier = prettierStyle(read(join(directory, prettierFile)));
  else if (manifest?.prettier && typeof manifest.prettier === 'object')
    found.prettier = prettierStyle(manifest.prettier as Record<string, unknown>);
  const eslintFile = eslintFiles.find((name) => names.has(name));
  if (eslintFile) found.eslint = eslintStyle(read(join(directory, eslintFile)));
  else if (manifest?.eslintConfig && typeof manifest.eslintConfig === 'object')
    found.eslint = eslintStyle(JSON.stringify(manifest.eslintConfig));
  return found;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(text);
    return json && typeof json === 'object' ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** How long a directory's reading stays trusted: a CLI run reads it once, an editor notices edits within seconds. */
const recheckAfterMs = 2000;
const byDirectory = new Map<string, { style: Habits; checkedAt: number }>();

/** The nearest Prettier config's style, else the nearest ESLint config's, for files of `directory`. */
function styleForDirectory(directory: string): Habits {
  const now = Date.now();
  const cached = byDirectory.get(directory);
  if (cached && now - cached.checkedAt < recheckAfterMs) return cached.style;
  let prettier: Habits | undefined;
  let eslint: Habits | undefined;
  for (let current = directory; ;) {
    const found = directoryStyle(current);
    prettier ??= found.prettier;
    eslint ??= found.eslint;
    const parent = dirname(current);
    if (prettier || parent === current) break;
    current = parent;
  }
  const style = prettier ? fill(prettier, eslint ?? {}) : (eslint ?? {});
  byDirectory.set(directory, { style, checkedAt: now });
  return style;
}

/** The project's configured style for a file, read from its directory upwards; nothing for a file without a path. */
export function projectStyle(filename: string, cwd: string): Habits {
  if (!filename || filename.startsWith('<')) return {};
  return styleForDirectory(dirname(isAbsolute(filename) ? filename : resolve(cwd, filename)));
}
