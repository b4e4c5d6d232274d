import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileFacts } from '../analysis/file-facts.js';
import { allBuiltinProviders } from '../providers/index.js';
import type { Provider } from '../providers/index.js';
import { findProviderBinding } from '../providers/resolve.js';
import type { ProviderBinding } from '../providers/resolve.js';
import { isTopLevelBindingVisible } from './scope.js';

/**
 * A status as source text at `node`: the constant of a constants package the file already
 * imports (and that is not shadowed there), else the number. Never adds an import.
 */
export function statusText(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, node: TSESTree.Node, code: number): string {
  for (const { provider, binding } of boundProviders(facts)) {
    const member = provider.memberOf.get(code);
    if (member !== undefined && isTopLevelBindingVisible(sourceCode, node, binding.local)) return `${binding.objectText}.${member}`;
  }
  return String(code);
}

const bound = new WeakMap<FileFacts, { provider: Provider; binding: ProviderBinding }[]>();

/** The constants packages a file imports, with their bindings; found once per file. */
function boundProviders(facts: FileFacts): { provider: Provider; binding: ProviderBinding }[] {
  let list = bound.get(facts);
  if (!list) {
    list = [];
    for (const provider of allBuiltinProviders()) {
      const binding = findProviderBinding(provider, facts);
      if (binding) list.push({ provider, binding });
    }
    bound.set(facts, list);
  }
  return list;
}
