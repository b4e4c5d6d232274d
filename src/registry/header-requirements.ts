/** A header field that a response with some status has to carry. */
export interface HeaderRequirement {
  /** As HTTP spells it, for messages. */
  readonly header: string;
  readonly level: 'must' | 'should';
  readonly citation: string;
  /** What goes wrong without it, as the end of a sentence: "the client has nowhere to go". */
  readonly consequence: string;
  /** Another status that may be the right answer instead, and when: 403 for a client that is signed in but not allowed. */
  readonly otherStatus?: { readonly code: number; readonly when: string };
}

const location = (section: string): HeaderRequirement => ({
  header: 'Location',
  level: 'should',
  citation: `RFC 9110 section ${section}`,
  consequence: 'the client has nowhere to go',
});

const must = (header: string, section: string, consequence: string): HeaderRequirement => ({
  header,
  level: 'must',
  citation: `RFC 9110 section ${section}`,
  consequence,
});

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
  // A client that is signed in but not allowed gets 403 (RFC 9110 section 15.5.4), which needs no challenge.
  401: [
    {
      ...must('WWW-Authenticate', '15.5.2', 'the client cannot tell how to authenticate'),
      otherStatus: { code: 403, when: 'the client is signed in but not allowed' },
    },
  ],
  405: [must('Allow', '15.5.6', 'the client cannot tell which methods the resource supports')],
  407: [must('Proxy-Authenticate', '15.5.8', 'the client cannot tell how to authenticate to the proxy')],
  426: [must('Upgrade', '15.5.22', 'the client cannot tell which protocol to switch to')],
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
            consequence: 'the response breaks a rule of this project',
          },
      ),
    );
  }
  return result;
}
