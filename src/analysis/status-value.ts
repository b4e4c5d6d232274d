import type { TSESTree } from '@typescript-eslint/utils';

import type { Provider } from '../providers/index.js';
import { findProviderBinding } from '../providers/resolve.js';
import { ianaStatus, isInStatusRange } from '../registry/index.js';
import type { FileFacts } from './file-facts.js';

/** A constant of a constants module: its code, its text, and the provider that describes the module. */
export interface ResolvedConstant {
  readonly code: number;
  readonly constantText: string;
  readonly provider: Provider;
}

export type ConstantResolver = (node: TSESTree.MemberExpression) => ResolvedConstant | undefined;

/** A value that reads as an HTTP status where only the shape of the code suggests one. */
export function isPlausibleStatus(code: number): boolean {
  return ianaStatus(code) !== undefined || (isInStatusRange(code) && code >= 200);
}

/**
 * A value that reads as an HTTP status where only a name says so (`statusCode = 500`): a code in
 * the IANA registry from 200 (1xx numbers are too often percentages or counts, and a vendor's
 * code there would only ever be reported as unregistered).
 */
export function isRegisteredStatus(code: number): boolean {
  return code >= 200 && ianaStatus(code) !== undefined;
}

function objectText(node: TSESTree.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
    const owner = objectText(node.object);
    return owner === undefined ? undefined : `${owner}.${node.property.name}`;
  }
  return undefined;
}

/** Resolves members of the constants packages the file imports: `StatusCodes.NOT_FOUND` -> 404. */
export function createConstantResolver(facts: FileFacts, providers: Iterable<Provider>): ConstantResolver {
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

  return (target) => {
    if (target.computed || target.property.type !== 'Identifier') return undefined;
    const byObject = constantsObjects();
    if (byObject.size === 0) return undefined;
    const owner = objectText(target.object);
    const provider = owner === undefined ? undefined : byObject.get(owner);
    const code = provider?.codeOf.get(target.property.name);
    return code === undefined ? undefined : { code, constantText: `${owner}.${target.property.name}`, provider: provider! };
  };
}
