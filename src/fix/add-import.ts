import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { requiredModule } from '../analysis/file-facts.js';
import type { FileFacts } from '../analysis/file-facts.js';
import type { Provider } from '../providers/index.js';
import { styleOf } from './code-style.js';
import { importPosition } from './import-position.js';
import type { ExistingImport } from './import-position.js';
import { moduleSystemOf } from './module-system.js';

export type ImportEdit = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

/** How the provider's constants become reachable in a file. */
export interface ImportPlan {
  readonly edit: ImportEdit;
  /** Where the edit starts: no status before it is ever replaced, so fixes that leave the import to another never overlap it. */
  readonly at: number;
  /**
   * False when the edit adds an import statement in a form the file does not settle (CommonJS
   * or ESM): such an edit is only offered as a suggestion.
   */
  readonly settled: boolean;
  /** The statement the edit adds, for messages; undefined when it extends an existing one. */
  readonly statement: string | undefined;
}

/**
 * Adds `text` after the last element of a list (import specifiers, destructured properties),
 * on its own line when the list is written one element per line, keeping a trailing comma.
 */
export function appendToList(sourceCode: Readonly<TSESLint.SourceCode>, last: TSESTree.Node, text: string): ImportEdit {
  const after = sourceCode.getTokenAfter(last);
  const hasTrailingComma = after?.value === ',';
  const previous = sourceCode.getTokenBefore(last);
  const isMultiline = previous !== null && previous.loc.end.line < last.loc.start.line;
  const indent = isMultiline ? sourceCode.lines[last.loc.start.line - 1]!.slice(0, last.loc.start.column) : '';
  if (hasTrailingComma) {
    const comma = after;
    return (fixer) => fixer.insertTextAfter(comma, isMultiline ? `\n${indent}${text},` : ` ${text},`);
  }
  return (fixer) => fixer.insertTextAfter(last, isMultiline ? `,\n${indent}${text}` : `, ${text}`);
}

function specifierText(provider: Provider, localName: string, separator: ' as ' | ': '): string {
  const exported = provider.exportName === 'default' ? provider.exportAliases[0]! : provider.exportName;
  return exported === localName ? exported : `${exported}${separator}${localName}`;
}

/** Where a new statement goes, and the edit that puts it there. */
interface Insertion {
  readonly edit: ImportEdit;
  readonly at: number;
}

/** The file's import statements of the form the new one takes, each with its module. */
function existingImports(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, form: 'esm' | 'cjs'): ExistingImport[] {
  if (form === 'esm') {
    return facts.importDeclarations.map((statement) => ({
      statement,
      module: statement.source.value,
      sideEffect: statement.specifiers.length === 0 && statement.importKind !== 'type',
    }));
  }
  const imports: ExistingImport[] = [];
  const end = facts.lastLeadingImport?.range[1] ?? -1;
  for (const statement of sourceCode.ast.body) {
    if (statement.range[1] > end) break;
    const init =
      statement.type === 'VariableDeclaration'
        ? statement.declarations[0]?.init
        : statement.type === 'ExpressionStatement'
          ? statement.expression
          : undefined;
    const module = moduleRequiredBy(init);
    // `require('dotenv').config()` runs for its effect; `const debug = require('debug')('app')` binds.
    if (module !== undefined) imports.push({ statement, module, sideEffect: statement.type === 'ExpressionStatement' });
  }
  return imports;
}

/** The module of `require('m')`, `require('m').x` or `require('m')(...)`, however deep the chain. */
function moduleRequiredBy(node: TSESTree.Node | null | undefined): string | undefined {
  for (let current = node; current;) {
    const module = requiredModule(current);
    if (module !== undefined) return module;
    current = current.type === 'MemberExpression' ? current.object : current.type === 'CallExpression' ? current.callee : undefined;
  }
  return undefined;
}

/**
 * Inserts a whole statement where the file's imports say it belongs (see importPosition), after
 * the leading imports when there are none of its form, or before the first statement (and its
 * attached comments).
 */
function insertStatement(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  form: 'esm' | 'cjs',
  module: string,
  text: string,
): Insertion | undefined {
  const position = importPosition(existingImports(sourceCode, facts, form), module);
  if (position && 'before' in position) {
    const next = position.before;
    // Above the comments that introduce the import, unless they head the file.
    let start = next.range[0];
    const before = sourceCode.getTokenBefore(next);
    const introduction = before && sourceCode.getCommentsBefore(next).find((comment) => comment.loc.start.line > before.loc.end.line);
    if (introduction) start = introduction.range[0];
    return { at: start, edit: (fixer) => fixer.insertTextBeforeRange([start, start], `${text}\n`) };
  }
  const previous = position?.after ?? facts.lastLeadingImport;
  if (previous) return { at: previous.range[1], edit: (fixer) => fixer.insertTextAfterRange(previous.range, `\n${text}`) };
  const first = facts.firstStatement;
  if (!first) return undefined;
  // Keep a JSDoc or comment block with the statement it documents; file headers stay on top.
  let anchor: TSESTree.Node | TSESTree.Comment = first;
  const comments = sourceCode.getCommentsBefore(first);
  for (let index = comments.length - 1; index >= 0; index--) {
    const comment = comments[index]!;
    if (comment.loc.end.line < anchor.loc.start.line - 1 || comment.type === ('Shebang' as string)) break;
    anchor = comment;
  }
  const target = anchor;
  // The new import starts the file's import block: a blank line sets it apart from the code.
  return { at: target.range[0], edit: (fixer) => fixer.insertTextBeforeRange(target.range, `${text}\n\n`) };
}

type Planned = { edit: ImportEdit; at: number; statement: string | undefined } | undefined;

function newStatement(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  form: 'esm' | 'cjs',
  module: string,
  statement: string,
): Planned {
  const insertion = insertStatement(sourceCode, facts, form, module, statement);
  return insertion && { ...insertion, statement };
}

/** Extends an import of the module the file already has; the file's own form, so always settled. */
function extendImport(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, provider: Provider, localName: string): Planned {
  if (provider.exportName === '*') return undefined;
  const existing = facts.importDeclarations.find(
    (declaration) =>
      declaration.importKind !== 'type' &&
      provider.modules.includes(declaration.source.value) &&
      declaration.specifiers.length > 0 &&
      !declaration.specifiers.some((specifier) => specifier.type === 'ImportNamespaceSpecifier'),
  );
  if (existing) {
    const named = existing.specifiers.filter((specifier) => specifier.type === 'ImportSpecifier');
    const defaultSpecifier = existing.specifiers.find((specifier) => specifier.type === 'ImportDefaultSpecifier');
    if (provider.exportName === 'default' && !defaultSpecifier && named.length > 0) {
      // import { a } from 'm'  ->  import local, { a } from 'm'
      const brace = sourceCode.getTokenBefore(named[0]!, { filter: (token) => token.value === '{' });
      if (brace) return { edit: (fixer) => fixer.insertTextBefore(brace, `${localName}, `), at: existing.range[0], statement: undefined };
    } else if (provider.exportName !== 'default' && named.length > 0) {
      const edit = appendToList(sourceCode, named[named.length - 1]!, specifierText(provider, localName, ' as '));
      return { edit, at: existing.range[0], statement: undefined };
    } else if (provider.exportName !== 'default' && defaultSpecifier && named.length === 0) {
      const text = `, { ${specifierText(provider, localName, ' as ')} }`;
      return { edit: (fixer) => fixer.insertTextAfter(defaultSpecifier, text), at: existing.range[0], statement: undefined };
    }
  }
  const existingRequire = facts.requireDeclarations.find(
    (declaration) =>
      provider.modules.includes(declaration.module) &&
      declaration.pattern !== undefined &&
      declaration.pattern.properties.length > 0 &&
      declaration.pattern.properties.every((property) => property.type === 'Property'),
  );
  if (existingRequire?.pattern && !(provider.exportName === 'default' && provider.exportAliases.length === 0)) {
    const properties = existingRequire.pattern.properties;
    return {
      edit: appendToList(sourceCode, properties[properties.length - 1]!, specifierText(provider, localName, ': ')),
      at: existingRequire.statement.range[0],
      statement: undefined,
    };
  }
  return undefined;
}

/** The file's path and working directory, whose Prettier or ESLint config speaks when the file itself does not. */
interface Place {
  readonly filename: string;
  readonly cwd: string;
}

function esmStatement(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  provider: Provider,
  localName: string,
  place: Place,
): Planned {
  const { quote, semicolon } = styleOf(sourceCode, facts, place.filename, place.cwd);
  const clause =
    provider.exportName === 'default'
      ? localName
      : provider.exportName === '*'
        ? `* as ${localName}`
        : `{ ${specifierText(provider, localName, ' as ')} }`;
  const module = provider.modules[0]!;
  return newStatement(sourceCode, facts, 'esm', module, `import ${clause} from ${quote}${module}${quote}${semicolon}`);
}

function cjsStatement(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  provider: Provider,
  localName: string,
  place: Place,
): Planned {
  const isWhole = provider.exportName === '*' || (provider.exportName === 'default' && provider.defaultIsModule === true);
  // Otherwise a default export has no single CommonJS spelling (`require(m)` or `require(m).default`).
  if (!isWhole && provider.exportName === 'default' && provider.exportAliases.length === 0) return undefined;
  const { quote, semicolon } = styleOf(sourceCode, facts, place.filename, place.cwd);
  const binding = isWhole ? localName : `{ ${specifierText(provider, localName, ': ')} }`;
  const module = provider.modules[0]!;
  return newStatement(sourceCode, facts, 'cjs', module, `const ${binding} = require(${quote}${module}${quote})${semicolon}`);
}

const plans = new WeakMap<FileFacts, Map<string, ImportPlan | undefined>>();

/**
 * The edit that makes `localName` a top-level binding of the provider's constants, or undefined
 * if none can be written. The same for every site of a file, so planned once per file and provider.
 * `filename` and `cwd` let the file's extension and package.json decide CommonJS or ESM.
 */
export function planImport(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  provider: Provider,
  localName: string,
  filename = '',
  cwd = '',
): ImportPlan | undefined {
  let byProvider = plans.get(facts);
  if (!byProvider) plans.set(facts, (byProvider = new Map()));
  const key = `${provider.name}\0${provider.modules[0]}\0${localName}`;
  if (!byProvider.has(key)) {
    const extended = extendImport(sourceCode, facts, provider, localName);
    let plan: ImportPlan | undefined;
    if (extended) {
      plan = { ...extended, settled: true };
    } else {
      const system = moduleSystemOf(sourceCode, facts, filename, cwd);
      const place = { filename, cwd };
      const added =
        system.form === 'esm'
          ? esmStatement(sourceCode, facts, provider, localName, place)
          : cjsStatement(sourceCode, facts, provider, localName, place);
      plan = added && { ...added, settled: system.settled };
    }
    byProvider.set(key, plan);
  }
  return byProvider.get(key);
}
