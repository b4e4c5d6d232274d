import { ianaStatus } from './index.js';

/** "Not Found, RFC 9110 section 15.5.5" or "not in the IANA registry", for messages. */
export function statusMeaning(code: number): string {
  const entry = ianaStatus(code);
  return entry ? `${entry.phrase}, ${entry.citation}` : 'not in the IANA registry';
}
