import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileFacts } from '../analysis/file-facts.js';
import type { Provider } from '../providers/index.js';
import { findProviderBinding } from '../providers/resolve.js';
import { appendToList, planImport } from './add-import.js';
import type { SharedImport } from './import-once.js';
import { isNameFree, isTopLevelBindingVisible } from './scope.js';
import { typeMayMatter } from './type-matters.js';

export type ConstantPlan =
  /**
   * The constant, and the edit that writes it (adding the import when needed). When the edit adds
   * the import, `importShared` is that edit without the import, for a site whose file gets the
   * import from another fix (see importOnce).
   */
  | {
      readonly kind: 'fix';
      readonly constant: string;
      readonly fix: TSESLint.ReportFixFunction;
      readonly importShared?: SharedImport;
    }
  /**
   * An edit that is right but not certain to keep the project working: the file does not settle
   * which import form it takes, or the constant's type is wider than the number's. Offer it as a
   * suggestion; `statement` is the import it adds, if any.
   */
  | {
      readonly kind: 'suggestion';
      readonly constant: string;
      readonly fix: TSESLint.ReportFixFunction;
      readonly statement: string | undefined;
      readonly reason: 'module-system' | 'literal-type';
    }
  /** The constant exists, but no edit is safe here (its name is shadowed, or no import can be added). */
  | { readonly kind: 'unsafe'; readonly constant: string }
  | { readonly kind: 'no-member' }
  | { readonly kind: 'no-provider' };

/** Where the number stands: the file (for its module system and language) and the status site. */
export interface FixSite {
  readonly filename?: string;
  readonly cwd?: string;
  /** The site's role ("send", "compare", ...) and framework, which tell where a constant's type can matter. */
  readonly role?: string;
  readonly framework?: string;
}

/**
 * Plans the replacement of a numeric status with the provider's named constant. Every edit it
 * returns as a fix keeps the value, resolves to the provider's export at that point, binds no
 * name that other code already means something else by, adds an import only in the form the
 * file settles, and keeps TypeScript's literal type where the type can matter.
 */
export function planConstantFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  provider: Provider | undefined,
  code: number,
  target: TSESTree.Node,
  site: FixSite = {},
): ConstantPlan {
  if (!provider || provider.problem !== undefined) return { kind: 'no-provider' };
  const member = provider.memberOf.get(code);
  if (member === undefined) return { kind: 'no-member' };

  // `404 as const` becomes the constant itself: `as const` is not allowed on a property access.
  const replaced = target.parent?.type === 'TSAsExpression' && isConstAssertion(target.parent) ? target.parent : target;
  const widensType = !provider.literalTypes && typeMayMatter(target, site);

  const binding = findProviderBinding(provider, facts);
  if (binding) {
    const constant = `${binding.objectText}.${member}`;
    if (!isTopLevelBindingVisible(sourceCode, target, binding.local)) return { kind: 'unsafe', constant };
    const fix: TSESLint.ReportFixFunction = (fixer) => fixer.replaceText(replaced, inPlaceOf(replaced, constant));
    if (widensType) return { kind: 'suggestion', constant, fix, statement: undefined, reason: 'literal-type' };
    return { kind: 'fix', constant, fix };
  }

  // Constants the file imports by name: `import { OK } from '...'`.
  if (provider.exportName === '*') {
    const byName = planByName(sourceCode, facts, provider, member, replaced, target, widensType);
    if (byName) return byName;
  }

  const constant = `${provider.localName}.${member}`;
  // Another import of the same module under a different shape (type-only, side effect) still lets us add ours.
  if (!isNameFree(sourceCode, target, provider.localName, membersOf(provider))) return { kind: 'unsafe', constant };
  const plan = planImport(sourceCode, facts, provider, provider.localName, site.filename, site.cwd);
  if (!plan) return { kind: 'unsafe', constant };
  const addImport = plan.edit;
  const replace = (fixer: TSESLint.RuleFixer) => fixer.replaceText(replaced, inPlaceOf(replaced, constant));
  const fix: TSESLint.ReportFixFunction = (fixer) => [addImport(fixer), replace(fixer)];
  if (!plan.settled) return { kind: 'suggestion', constant, fix, statement: plan.statement, reason: 'module-system' };
  if (widensType) return { kind: 'suggestion', constant, fix, statement: plan.statement, reason: 'literal-type' };
  return { kind: 'fix', constant, fix, importShared: { replace, importAt: plan.at, site: replaced.range, imports: addImport } };
}

/**
 * A module of named constants that the file imports by name (`import { OK } from '...'`): the
 * constant is written by its name, and added to that import when the file lacks it.
 */
function planByName(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  provider: Provider,
  member: string,
  replaced: TSESTree.Node,
  target: TSESTree.Node,
  widensType: boolean,
): ConstantPlan | undefined {
  const declaration = facts.importDeclarations.find(
    (candidate) =>
      candidate.importKind !== 'type' &&
      provider.modules.includes(candidate.source.value) &&
      candidate.specifiers.some((specifier) => specifier.type === 'ImportSpecifier' && specifier.importKind !== 'type'),
  );
  if (!declaration) return undefined;
  const asPlan = (constant: string, fix: TSESLint.ReportFixFunction): ConstantPlan =>
    widensType ? { kind: 'suggestion', constant, fix, statement: undefined, reason: 'literal-type' } : { kind: 'fix', constant, fix };

  for (const binding of facts.bindings.values()) {
    if (binding.typeOnly || binding.imported !== member || !provider.modules.includes(binding.module)) continue;
    const constant = binding.local;
    if (!isTopLevelBindingVisible(sourceCode, target, constant)) return { kind: 'unsafe', constant };
    return asPlan(constant, (fixer) => fixer.replaceText(replaced, inPlaceOf(replaced, constant)));
  }
  if (!isNameFree(sourceCode, target, member)) return { kind: 'unsafe', constant: member };
  const named = declaration.specifiers.filter((specifier) => specifier.type === 'ImportSpecifier');
  const addSpecifier = appendToList(sourceCode, named[named.length - 1]!, member);
  return asPlan(member, (fixer) => [addSpecifier(fixer), fixer.replaceText(replaced, inPlaceOf(replaced, member))]);
}

const members = new WeakMap<Provider, ReadonlySet<string>>();

/** The names of the provider's constants. */
function membersOf(provider: Provider): ReadonlySet<string> {
  let names = members.get(provider);
  if (!names) members.set(provider, (names = new Set(provider.memberOf.values())));
  return names;
}

/** The text that puts a constant where the number stood: a property key becomes a computed key, `{ [StatusCodes.OK]: schema }`. */
function inPlaceOf(number: TSESTree.Node, constant: string): string {
  const parent = number.parent;
  return parent?.type === 'Property' && parent.key === number && !parent.computed ? `[${constant}]` : constant;
}

function isConstAssertion(node: TSESTree.TSAsExpression): boolean {
  const annotation = node.typeAnnotation;
  return annotation.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && annotation.typeName.name === 'const';
}
