import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileFacts } from '../analysis/file-facts.js';
import type { Provider } from '../providers/index.js';
import { moduleSystemOf } from './module-system.js';
import type { ModuleForm } from './module-system.js';

export type ImportEdit = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

/** How the provider's constants become reachable in a file. */
export interface ImportPlan {
  readonly edit: ImportEdit;
  /**
   * False when the edit adds an import statement in a form the file does not settle (CommonJS
   * or ESM): such an edit is only offered as a suggestion.
   */
  readonly settled: boolean;
  /** The statement the edit adds, for messages; undefined when it extends an existing one. */
  readonly statement: string | undefined;
}

interface Style {
  readonly quote: string;
  readonly semicolon: string;
}

/** Copies the quote and semicolon habits of the file's existing imports or first statement. */
function styleOf(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts): Style {
  const sample = facts.importDeclarations[0] ?? facts.requireDeclarations[0]?.statement ?? facts.firstStatement;
  let quote = "'";
  const literal = sample && sourceCode.getTokens(sample).find((token) => token.type === 'String');
  if (literal?.value.startsWith('"')) quote = '"';
  let semicolon = ';';
  if (sample && (sample.type === 'ImportDeclaration' || sample.type === 'VariableDeclaration' || sample.type === 'ExpressionStatement')) {
    semicolon = sourceCode.getLastToken(sample)?.value === ';' ? ';' : '';
  }
  return { quote, semicolon };
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

/** Inserts a whole statement after the leading imports, or before the first statement (and its attached comments). */
function insertStatement(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, text: string): ImportEdit | undefined {
  if (facts.lastLeadingImport) {
    const anchor = facts.lastLeadingImport;
    return (fixer) => fixer.insertTextAfter(anchor, `\n${text}`);
  }
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
  return (fixer) => fixer.insertTextBeforeRange(target.range, `${text}\n\n`);
}

type Planned = { edit: ImportEdit; statement: string | undefined } | undefined;

function newStatement(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, statement: string): Planned {
  const edit = insertStatement(sourceCode, facts, statement);
  return edit && { edit, statement };
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
      if (brace) return { edit: (fixer) => fixer.insertTextBefore(brace, `${localName}, `), statement: undefined };
    } else if (provider.exportName !== 'default' && named.length > 0) {
      return { edit: appendToList(sourceCode, named[named.length - 1]!, specifierText(provider, localName, ' as ')), statement: undefined };
    } else if (provider.exportName !== 'default' && defaultSpecifier && named.length === 0) {
      const text = `, { ${specifierText(provider, localName, ' as ')} }`;
      return { edit: (fixer) => fixer.insertTextAfter(defaultSpecifier, text), statement: undefined };
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
      statement: undefined,
    };
  }
  return undefined;
}

function esmStatement(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, provider: Provider, localName: string): Planned {
  const { quote, semicolon } = styleOf(sourceCode, facts);
  const clause =
    provider.exportName === 'default'
      ? localName
      : provider.exportName === '*'
        ? `* as ${localName}`
        : `{ ${specifierText(provider, localName, ' as ')} }`;
  return newStatement(sourceCode, facts, `import ${clause} from ${quote}${provider.modules[0]}${quote}${semicolon}`);
}

function cjsStatement(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, provider: Provider, localName: string): Planned {
  const isWhole = provider.exportName === '*' || (provider.exportName === 'default' && provider.defaultIsModule === true);
  // Otherwise a default export has no single CommonJS spelling (`require(m)` or `require(m).default`).
  if (!isWhole && provider.exportName === 'default' && provider.exportAliases.length === 0) return undefined;
  const { quote, semicolon } = styleOf(sourceCode, facts);
  const binding = isWhole ? localName : `{ ${specifierText(provider, localName, ': ')} }`;
  return newStatement(sourceCode, facts, `const ${binding} = require(${quote}${provider.modules[0]}${quote})${semicolon}`);
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
      const added = statementIn(system.form, sourceCode, facts, provider, localName);
      plan = added && { ...added, settled: system.settled };
    }
    byProvider.set(key, plan);
  }
  return byProvider.get(key);
}

function statementIn(form: ModuleForm, sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, provider: Provider, localName: string) {
  return form === 'esm' ? esmStatement(sourceCode, facts, provider, localName) : cjsStatement(sourceCode, facts, provider, localName);
}
