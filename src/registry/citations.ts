import { ianaStatus } from './index.js';

/** The section of RFC 9110 that says a status carries no content. */
export function noContentCitation(code: number): string {
  if (code >= 100 && code < 200) return 'RFC 9110 section 15.2';
  if (code === 204) return 'RFC 9110 section 15.3.5';
  if (code === 205) return 'RFC 9110 section 15.3.6';
  return 'RFC 9110 section 15.4.5';
}

/** The section of RFC 9110 that defines a code ("15.4.3" for 302), from its registry entry; undefined for codes defined elsewhere. */
export function rfc9110Section(code: number): string | undefined {
  return /^RFC 9110 section (\d+(?:\.\d+)*)$/.exec(ianaStatus(code)?.citation ?? '')?.[1];
}

/** Why a deprecated code should not be sent, as the end of a sentence. */
const deprecationReasons: Readonly<Record<number, string>> = {
  305: 'clients ignore it for security reasons',
  510: 'the HTTP extension framework of RFC 2774 was moved to Historic',
};

export function deprecationReason(code: number): string {
  return deprecationReasons[code] ?? 'it is kept only for history';
}
