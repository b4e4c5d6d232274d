// The report of no-302-after-post with its two suggestions, shared by the rule's test files.
import { locate } from './rule-tester.js';

/** One report with the two suggestions, 303 and 307, each given as the code it leaves and the status its message names. */
export function redirectReport(
  code: string,
  at: string,
  data: { code: string; source: string; method: string },
  see: string,
  temporary: string,
  status303 = '303 See Other',
  status307 = '307 Temporary Redirect',
) {
  return {
    messageId: 'redirectAfterUnsafeMethod' as const,
    data: { ...data, section: data.code === '301' ? '15.4.2' : '15.4.3' },
    ...locate(code, at),
    suggestions: [
      { messageId: 'useSeeOther' as const, data: { status: status303, method: data.method }, output: see },
      { messageId: 'useTemporaryRedirect' as const, data: { status: status307, method: data.method }, output: temporary },
    ],
  };
}
