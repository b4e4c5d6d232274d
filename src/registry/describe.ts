import { ianaStatus } from './index.js';

const meanings = new Map<number, string>();

/** "Not Found, RFC 9110 section 15.5.5" or "not in the IANA registry", for messages. */
export function statusMeaning(code: number): string {
  let meaning = meanings.get(code);
  if (meaning === undefined) {
    const entry = ianaStatus(code);
    meaning = entry ? `${entry.phrase}, ${entry.citation}` : 'not in the IANA registry';
    meanings.set(code, meaning);
  }
  return meaning;
}
