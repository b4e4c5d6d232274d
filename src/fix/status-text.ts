import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileFacts } from '../analysis/file-facts.js';
import type { Provider } from '../providers/index.js';
import { chooseProvider, findProviderBinding } from '../providers/resolve.js';
import { planImport } from './add-import.js';
import type { ImportEdit } from './add-import.js';
import { planConstantFix } from './constant-fix.js';

/** A status as an edit writes it, and the import that text needs, if any. */
export interface WrittenStatus {
  readonly text: string;
  readonly addImport: ImportEdit | undefined;
}

const providers = new WeakMap<FileFacts, Provider | null>();

/**
 * A status as source text at `node`, written as no-magic-status's fix would write it so that rule
 * has nothing to say about it: the constant of the provider "auto" picks for the file (the package
 * it imports, else the one its package.json lists), with the import to add; else the number.
 */
export function writeStatus(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  facts: FileFacts,
  node: TSESTree.Node,
  code: number,
): WrittenStatus {
  let provider = providers.get(facts);
  if (provider === undefined) {
    provider = chooseProvider('auto', facts, context.physicalFilename, context.cwd) ?? null;
    providers.set(facts, provider);
  }
  const where = { filename: context.physicalFilename, cwd: context.cwd };
  const plan = planConstantFix(context.sourceCode, facts, provider ?? undefined, code, node, where);
  if (plan.kind !== 'fix' || !provider) return { text: String(code), addImport: undefined };
  // planConstantFix adds the import exactly when the file has no binding of the provider yet.
  const addImport = findProviderBinding(provider, facts)
    ? undefined
    : planImport(context.sourceCode, facts, provider, provider.localName, where.filename, where.cwd)?.edit;
  return { text: plan.constant, addImport };
}

/** `fix`, plus the import the written status needs, applied together. */
export function withStatusImport(fix: TSESLint.ReportFixFunction, written: WrittenStatus): TSESLint.ReportFixFunction {
  const addImport = written.addImport;
  if (!addImport) return fix;
  return (fixer) => {
    const edits = fix(fixer);
    if (!edits) return null;
    return [addImport(fixer), ...('range' in edits ? [edits] : edits)];
  };
}

/** The status at `node` as an edit may repeat it: its own text, unless it is a bare number, which becomes the constant. */
export function restateStatus(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  facts: FileFacts,
  node: TSESTree.Node,
  code: number,
): WrittenStatus {
  if (node.type === 'Literal' && node.value === code) return writeStatus(context, facts, node, code);
  return { text: context.sourceCode.getText(node), addImport: undefined };
}

/** Edits that repeat the written status also add the import it needs; the others stay as they are. */
export function withStatusImports<Edit extends { readonly text: string; readonly fix: TSESLint.ReportFixFunction }>(
  edits: readonly Edit[],
  written: WrittenStatus | undefined,
): Edit[] {
  if (!written?.addImport) return [...edits];
  return edits.map((edit) => (edit.text.includes(written.text) ? { ...edit, fix: withStatusImport(edit.fix, written) } : edit));
}
