import { ianaStatus } from './index.js';

/** "404 Not Found", or the bare code when IANA has no phrase for it (and "418" for a reserved one). */
export function statusLabel(code: number): string {
  const entry = ianaStatus(code);
  return entry && entry.state !== 'unused' ? `${code} ${entry.phrase}` : String(code);
}

/**
 * A status as a message shows the text a fix writes: "303 See Other" for a number,
 * "StatusCodes.SEE_OTHER (303 See Other)" for a constant; never the code twice.
 */
export function writtenStatusLabel(text: string, code: number): string {
  return text === String(code) ? statusLabel(code) : `${text} (${statusLabel(code)})`;
}

const meanings = new Map<number, string>();

/** "Not Found, RFC 9110 section 15.5.5", "reserved and unused, RFC 9110 section 15.5.19" or "not in the IANA registry". */
export function statusMeaning(code: number): string {
  let meaning = meanings.get(code);
  if (meaning === undefined) {
    const entry = ianaStatus(code);
    // IANA writes "(Unused)" as the phrase of a reserved code; in a message it would read as a doubled parenthesis.
    const phrase = entry?.state === 'unused' ? 'reserved and unused' : entry?.phrase;
    meaning = entry ? `${phrase}, ${entry.citation}` : 'not in the IANA registry';
    meanings.set(code, meaning);
  }
  return meaning;
}
