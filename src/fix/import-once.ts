import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { ImportEdit } from './add-import.js';

/** A fix that adds an import together with its constant, taken apart. */
export interface SharedImport {
  /** The edit that writes the constant alone. */
  readonly replace: TSESLint.ReportFixFunction;
  /** The edit that adds the import: one object for every site of a file that needs the same import. */
  readonly imports: ImportEdit;
  /** Where the import edit starts. */
  readonly importAt: number;
  /** The text the constant replaces. */
  readonly site: TSESTree.Range;
}

interface Fixable {
  readonly fix: TSESLint.ReportFixFunction;
  readonly importShared?: SharedImport | undefined;
}

/**
 * The fixes of one rule's reports in a file, where several would add the same import: the first
 * in the file adds it with its constant, the others write only their constant.
 *
 * An editor applies a rule's "Fix all" as one edit made of the reports' fixes that do not
 * overlap, and a fix spans all it changes: fixes that each add the import would all reach from the
 * import to their number, overlap, and leave no "Fix all" (vscode-eslint offers one only for two
 * or more fixes that do not overlap). This way the fixes do not overlap, `--fix` applies them in one
 * pass, and the editor's "Fix all" writes what `--fix` writes. A later fix applied alone leaves its
 * constant waiting for the import that the first report's fix still offers (planConstantFix
 * counts such references as its own).
 *
 * Every fix keeps its import when a comment may disable the rule for some line: the first report
 * could be silenced, and its import with it.
 */
export function importOnce(
  sourceCode: Readonly<TSESLint.SourceCode>,
  ruleId: string,
  reports: readonly Fixable[],
): TSESLint.ReportFixFunction[] {
  const fixes = reports.map((report) => report.fix);
  const byImport = new Map<ImportEdit, number[]>();
  reports.forEach((report, index) => {
    const shared = report.importShared;
    if (shared) byImport.set(shared.imports, [...(byImport.get(shared.imports) ?? []), index]);
  });
  if (![...byImport.values()].some((indexes) => indexes.length > 1) || mayBeDisabled(sourceCode, ruleId)) return fixes;
  for (const indexes of byImport.values()) {
    const shared = indexes.map((index) => reports[index]!.importShared!);
    const first = shared.reduce((earliest, next) => (next.site[0] < earliest.site[0] ? next : earliest));
    // The import has to come before every constant, or the first fix would span the others.
    if (first.importAt > first.site[0]) continue;
    indexes.forEach((index, position) => {
      if (shared[position] !== first) fixes[index] = shared[position]!.replace;
    });
  }
  return fixes;
}

const directive = /^eslint-disable(?:-next-line|-line)?(?:\s+([^]*))?$/;

/** Whether a comment may disable the rule for part of the file (a directive without rules, or one that names it). */
function mayBeDisabled(sourceCode: Readonly<TSESLint.SourceCode>, ruleId: string): boolean {
  return sourceCode.getAllComments().some((comment) => {
    // As ESLint reads it: a description follows two or more dashes.
    const match = directive.exec(comment.value.split(/\s-{2,}\s/)[0]!.trim());
    if (!match) return false;
    const rules = match[1]?.trim();
    return !rules || rules.split(',').some((rule) => rule.trim() === ruleId);
  });
}
