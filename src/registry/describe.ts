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

const normalised = (name: string) => name.toLowerCase().replace(/[\s_'\u2019-]/gu, '');
/** What a constant's member may carry before the status's name: `HTTP_STATUS_NOT_FOUND`, `HTTP_404_NOT_FOUND`. */
const memberPrefix = /^(?:HTTP_?)?(?:STATUS_?)?(?:CODE_?)?(?:\d{3}_?)?/iu;

/**
 * " (RFC 9110 name: Unprocessable Content)" when a constant's name is not the registry's name for
 * its code (RFC 9110 renamed 422, 413 and 414; http-status-codes kept 302's old name), else "".
 * Names are compared without case, spaces, underscores, hyphens and apostrophes.
 */
export function registryNameNote(code: number, constant: string): string {
  const entry = ianaStatus(code);
  if (!entry) return '';
  const document = entry.citation.replace(/ section .*$/u, '');
  if (entry.state === 'unused') return ` (${document}: reserved and unused)`;
  const member = /[\w$]+$/u.exec(constant)?.[0] ?? constant;
  const phrase = normalised(entry.phrase);
  if (normalised(member) === phrase || normalised(member.replace(memberPrefix, '')) === phrase) return '';
  return ` (${document} name: ${entry.phrase})`;
}

/** Where a code is defined: "RFC 9110 section 15.5.5", or a note that the registry does not list it. */
export function statusCitation(code: number): string {
  return ianaStatus(code)?.citation ?? 'the IANA registry, which does not list it';
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
