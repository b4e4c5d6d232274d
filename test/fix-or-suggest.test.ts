import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { fixOrSuggest } from '../src/fix/fix-or-suggest.js';

const fix: TSESLint.ReportFixFunction = (fixer) => fixer.replaceTextRange([0, 3], 'StatusCodes.NOT_FOUND');
const suggestion = { messageId: 'useConstant', data: { code: '404', constant: 'StatusCodes.NOT_FOUND' }, fix } as const;

describe('fixOrSuggest', () => {
  it('a safe edit is the fix alone: no suggestion repeats it', () => {
    expect(fixOrSuggest('fix', suggestion)).toEqual({ fix });
  });

  it('an edit that is not safe as a fix is the suggestion alone', () => {
    expect(fixOrSuggest('suggest', suggestion)).toEqual({ suggest: [suggestion] });
  });

  it('an edit that is not safe at all is neither', () => {
    expect(fixOrSuggest('none', suggestion)).toBeUndefined();
  });
});
