/** The section of RFC 9110 that says a status carries no content. */
export function noContentCitation(code: number): string {
  if (code >= 100 && code < 200) return 'RFC 9110 section 15.2';
  if (code === 204) return 'RFC 9110 section 15.3.5';
  if (code === 205) return 'RFC 9110 section 15.3.6';
  return 'RFC 9110 section 15.4.5';
}
