import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileFacts } from '../analysis/file-facts.js';
import type { Provider } from '../providers/index.js';

export type ImportEdit = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

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
  return (fixer) => fixer.insertTextBeforeRange(target.range, `${text}\n`);
}

function esmEdit(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  provider: Provider,
  localName: string,
): ImportEdit | undefined {
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
      if (brace) return (fixer) => fixer.insertTextBefore(brace, `${localName}, `);
    } else if (provider.exportName !== 'default' && named.length > 0) {
      const last = named[named.length - 1]!;
      return (fixer) => fixer.insertTextAfter(last, `, ${specifierText(provider, localName, ' as ')}`);
    } else if (provider.exportName !== 'default' && defaultSpecifier && named.length === 0) {
      return (fixer) => fixer.insertTextAfter(defaultSpecifier, `, { ${specifierText(provider, localName, ' as ')} }`);
    }
  }
  const { quote, semicolon } = styleOf(sourceCode, facts);
  const clause = provider.exportName === 'default' ? localName : `{ ${specifierText(provider, localName, ' as ')} }`;
  return insertStatement(sourceCode, facts, `import ${clause} from ${quote}${provider.modules[0]}${quote}${semicolon}`);
}

function cjsEdit(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  provider: Provider,
  localName: string,
): ImportEdit | undefined {
  // A CommonJS default export has no single spelling (`require(m)` or `require(m).default`).
  if (provider.exportName === 'default' && provider.exportAliases.length === 0) return undefined;
  const existing = facts.requireDeclarations.find(
    (declaration) =>
      provider.modules.includes(declaration.module) &&
      declaration.pattern !== undefined &&
      declaration.pattern.properties.length > 0 &&
      declaration.pattern.properties.every((property) => property.type === 'Property'),
  );
  if (existing?.pattern) {
    const last = existing.pattern.properties[existing.pattern.properties.length - 1]!;
    return (fixer) => fixer.insertTextAfter(last, `, ${specifierText(provider, localName, ': ')}`);
  }
  const { quote, semicolon } = styleOf(sourceCode, facts);
  return insertStatement(
    sourceCode,
    facts,
    `const { ${specifierText(provider, localName, ': ')} } = require(${quote}${provider.modules[0]}${quote})${semicolon}`,
  );
}

const plans = new WeakMap<FileFacts, Map<string, ImportEdit | undefined>>();

/**
 * The edit that makes `localName` a top-level binding of the provider's constants, or undefined
 * if none is safe. The same for every site of a file, so planned once per file and provider.
 */
export function planProviderImport(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  provider: Provider,
  localName: string,
): ImportEdit | undefined {
  let byProvider = plans.get(facts);
  if (!byProvider) plans.set(facts, (byProvider = new Map()));
  const key = `${provider.name}\0${localName}`;
  if (!byProvider.has(key)) {
    byProvider.set(
      key,
      facts.moduleKind === 'esm' ? esmEdit(sourceCode, facts, provider, localName) : cjsEdit(sourceCode, facts, provider, localName),
    );
  }
  return byProvider.get(key);
}
