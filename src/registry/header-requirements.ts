/** A header field that a response with some status has to carry. */
export interface HeaderRequirement {
  /** As HTTP spells it, for messages. */
  readonly header: string;
  readonly level: 'must' | 'should';
  readonly citation: string;
}

const location = (section: string): HeaderRequirement => ({ header: 'Location', level: 'should', citation: `RFC 9110 section ${section}` });

/**
 * The headers HTTP requires with a status. 401, 405, 407 and 426 are MUSTs of RFC 9110; a redirect
 * without Location leaves the client nowhere to go (SHOULD, and "indicated by" for 303).
 */
export const defaultHeaderRequirements: Readonly<Record<number, readonly HeaderRequirement[]>> = {
  301: [location('15.4.2')],
  302: [location('15.4.3')],
  303: [location('15.4.4')],
  307: [location('15.4.8')],
  308: [location('15.4.9')],
  401: [{ header: 'WWW-Authenticate', level: 'must', citation: 'RFC 9110 section 15.5.2' }],
  405: [{ header: 'Allow', level: 'must', citation: 'RFC 9110 section 15.5.6' }],
  407: [{ header: 'Proxy-Authenticate', level: 'must', citation: 'RFC 9110 section 15.5.8' }],
  426: [{ header: 'Upgrade', level: 'must', citation: 'RFC 9110 section 15.5.22' }],
};

/**
 * The defaults with a project's own list laid over them: a code given in `overrides` gets exactly
 * those headers (an empty list drops the default), other codes keep theirs.
 */
export function headerRequirements(
  overrides: Readonly<Record<string, readonly string[]>> = {},
): ReadonlyMap<number, readonly HeaderRequirement[]> {
  const result = new Map<number, readonly HeaderRequirement[]>(
    Object.entries(defaultHeaderRequirements).map(([code, list]) => [Number(code), list]),
  );
  for (const [code, headers] of Object.entries(overrides)) {
    const defaults = defaultHeaderRequirements[Number(code)] ?? [];
    result.set(
      Number(code),
      headers.map(
        (header) =>
          defaults.find((requirement) => requirement.header.toLowerCase() === header.toLowerCase()) ?? {
            header,
            level: 'must',
            citation: "the rule's `headers` option",
          },
      ),
    );
  }
  return result;
}
