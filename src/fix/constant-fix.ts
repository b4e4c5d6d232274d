import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileFacts } from '../analysis/file-facts.js';
import type { Provider } from '../providers/index.js';
import { findProviderBinding } from '../providers/resolve.js';
import { planProviderImport } from './add-import.js';
import { isNameFree, isTopLevelBindingVisible } from './scope.js';

export type ConstantPlan =
  /** The constant, and the edit that writes it (adding the import when needed). */
  | { readonly kind: 'fix'; readonly constant: string; readonly fix: TSESLint.ReportFixFunction }
  /** The constant exists, but no edit is safe here (its name is shadowed, or no import can be added). */
  | { readonly kind: 'unsafe'; readonly constant: string }
  | { readonly kind: 'no-member' }
  | { readonly kind: 'no-provider' };

/**
 * Plans the replacement of a numeric status with the provider's named constant. Every edit it
 * returns keeps the value, resolves to the provider's export at that point, and binds no name
 * that other code already means something else by.
 */
export function planConstantFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  provider: Provider | undefined,
  code: number,
  target: TSESTree.Node,
): ConstantPlan {
  if (!provider) return { kind: 'no-provider' };
  const member = provider.memberOf.get(code);
  if (member === undefined) return { kind: 'no-member' };

  // `404 as const` becomes the constant itself: `as const` is not allowed on a property access.
  const replaced = target.parent?.type === 'TSAsExpression' && isConstAssertion(target.parent) ? target.parent : target;

  const binding = findProviderBinding(provider, facts);
  if (binding) {
    const constant = `${binding.objectText}.${member}`;
    if (!isTopLevelBindingVisible(sourceCode, target, binding.local)) return { kind: 'unsafe', constant };
    return { kind: 'fix', constant, fix: (fixer) => fixer.replaceText(replaced, constant) };
  }

  const constant = `${provider.localName}.${member}`;
  // Another import of the same module under a different shape (type-only, side effect) still lets us add ours.
  if (!isNameFree(sourceCode, target, provider.localName)) return { kind: 'unsafe', constant };
  const addImport = planProviderImport(sourceCode, facts, provider, provider.localName);
  if (!addImport) return { kind: 'unsafe', constant };
  return { kind: 'fix', constant, fix: (fixer) => [addImport(fixer), fixer.replaceText(replaced, constant)] };
}

function isConstAssertion(node: TSESTree.TSAsExpression): boolean {
  const annotation = node.typeAnnotation;
  return annotation.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && annotation.typeName.name === 'const';
}
