import type { TSESLint } from '@typescript-eslint/utils';

/** How an edit may be offered: applied by `--fix`, offered as a suggestion, or not at all. */
export type EditSafety = 'fix' | 'suggest' | 'none';

/**
 * typescript-eslint's getFixOrSuggest: the edit is built once, as the suggestion it would be, and
 * offered either as an autofix or as that suggestion, never as both (an editor would list it twice).
 */
export function fixOrSuggest<MessageIds extends string>(
  safety: EditSafety,
  suggestion: TSESLint.SuggestionReportDescriptor<MessageIds>,
): { fix: TSESLint.ReportFixFunction } | { suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] } | undefined {
  switch (safety) {
    case 'fix':
      return { fix: suggestion.fix };
    case 'suggest':
      return { suggest: [suggestion] };
    case 'none':
      return undefined;
  }
}
