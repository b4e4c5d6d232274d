import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileFacts } from '../analysis/file-facts.js';
import { allBuiltinProviders } from '../providers/index.js';
import { findProviderBinding } from '../providers/resolve.js';
import { isTopLevelBindingVisible } from './scope.js';

/**
 * A status as source text at `node`: the constant of a constants package the file already
 * imports (and that is not shadowed there), else the number. Never adds an import.
 */
export function statusText(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, node: TSESTree.Node, code: number): string {
  for (const provider of allBuiltinProviders()) {
    const member = provider.memberOf.get(code);
    const binding = member === undefined ? undefined : findProviderBinding(provider, facts);
    if (binding && isTopLevelBindingVisible(sourceCode, node, binding.local)) return `${binding.objectText}.${member}`;
  }
  return String(code);
}
