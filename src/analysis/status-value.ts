import type { TSESTree } from '@typescript-eslint/utils';

import type { Provider } from '../providers/index.js';
import { findProviderBinding } from '../providers/resolve.js';
import { ianaStatus, isInStatusRange } from '../registry/index.js';
import type { FileFacts } from './file-facts.js';

/** A status whose value the source states: a number, or a constants-package member. */
export interface StatusValue {
  readonly code: number;
  /** The numeric literal, when the status is written as one (the magic number). */
  readonly literal: TSESTree.NumberLiteral | undefined;
  /** The constant, when the status is written as one: "StatusCodes.METHOD_FAILURE". */
  readonly constantText: string | undefined;
}

export type StatusValueResolver = (node: TSESTree.Node) => StatusValue | undefined;

/** A value that reads as an HTTP status where only the shape of the code suggests one. */
export function isPlausibleStatus(code: number): boolean {
  return ianaStatus(code) !== undefined || (isInStatusRange(code) && code >= 200);
}

/**
 * Resolves status expressions to numbers without type information: literals (through `as`,
 * `satisfies`, `!`), signed literals, and members of the constants packages the file imports.
 */
export function createStatusValueResolver(facts: FileFacts, providers: Iterable<Provider>): StatusValueResolver {
  // Built on the first member expression: most statuses are plain numbers.
  let providerByObject: Map<string, Provider> | undefined;
  const constantsObjects = () => {
    if (!providerByObject) {
      providerByObject = new Map();
      for (const provider of providers) {
        const binding = findProviderBinding(provider, facts);
        if (binding && !providerByObject.has(binding.objectText)) providerByObject.set(binding.objectText, provider);
      }
    }
    return providerByObject;
  };

  const objectText = (node: TSESTree.Node): string | undefined => {
    if (node.type === 'Identifier') return node.name;
    if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
      const owner = objectText(node.object);
      return owner === undefined ? undefined : `${owner}.${node.property.name}`;
    }
    return undefined;
  };

  return (node) => {
    const target = unwrapTypeWrappers(node);
    if (target.type === 'Literal' && typeof target.value === 'number') {
      return { code: target.value, literal: target as TSESTree.NumberLiteral, constantText: undefined };
    }
    if (
      target.type === 'UnaryExpression' &&
      (target.operator === '-' || target.operator === '+') &&
      target.argument.type === 'Literal' &&
      typeof target.argument.value === 'number'
    ) {
      const code = target.operator === '-' ? -target.argument.value : target.argument.value;
      return { code, literal: undefined, constantText: undefined };
    }
    if (target.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier') {
      const byObject = constantsObjects();
      if (byObject.size === 0) return undefined;
      const owner = objectText(target.object);
      const provider = owner === undefined ? undefined : byObject.get(owner);
      const code = provider?.codeOf.get(target.property.name);
      if (code !== undefined) return { code, literal: undefined, constantText: `${owner}.${target.property.name}` };
    }
    return undefined;
  };
}

/** Strips TypeScript-only wrappers that do not change the value: `404 as const`, `x!`, `<number>x`. */
export function unwrapTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion'
  ) {
    current = current.expression;
  }
  return current;
}
