// The registry facts that messages quote: labels, meanings, RFC sections, deprecation reasons.
import { describe, expect, it } from 'vitest';

import { deprecationReason, noContentCitation, rfc9110Section } from '../src/registry/citations.js';
import { registryNameNote, statusCitation, statusLabel, statusMeaning, writtenStatusLabel } from '../src/registry/describe.js';
import { defaultHeaderRequirements, headerRequirements } from '../src/registry/header-requirements.js';
import { ianaStatus, registeredCodes } from '../src/registry/index.js';

describe('statusLabel', () => {
  it.each([
    [404, '404 Not Found'],
    [302, '302 Found'],
    [425, '425 Too Early'],
    // Reserved codes have "(Unused)" as IANA's phrase, and unregistered ones none: the code alone.
    [418, '418'],
    [306, '306'],
    [499, '499'],
  ])('%i reads "%s"', (code, label) => {
    expect(statusLabel(code)).toBe(label);
  });
});

describe('registryNameNote', () => {
  it.each([
    // RFC 9110 renamed 413, 414 and 422; http-status-codes kept the old names, and 302's older one.
    [422, 'StatusCodes.UNPROCESSABLE_ENTITY', ' (RFC 9110 name: Unprocessable Content)'],
    [413, 'StatusCodes.REQUEST_TOO_LONG', ' (RFC 9110 name: Content Too Large)'],
    [414, 'HttpStatus.URI_TOO_LONG', ''],
    [414, 'StatusCodes.REQUEST_URI_TOO_LONG', ' (RFC 9110 name: URI Too Long)'],
    [302, 'hsc.StatusCodes.MOVED_TEMPORARILY', ' (RFC 9110 name: Found)'],
    [429, 'StatusCodes.TOO_MANY_REQUESTS', ''],
    [418, 'HttpStatus.I_AM_A_TEAPOT', ' (RFC 9110: reserved and unused)'],
    // Case, underscores, spaces, hyphens and apostrophes do not make a name differ, nor a prefix of the provider's.
    [404, 'StatusCodes.NOT_FOUND', ''],
    [404, 'HttpStatusCode.NotFound', ''],
    [203, 'httpStatus.NON_AUTHORITATIVE_INFORMATION', ''],
    [103, 'HttpStatus.EARLYHINTS', ''],
    [404, 'http2.constants.HTTP_STATUS_NOT_FOUND', ''],
    [505, 'constants.HTTP_STATUS_HTTP_VERSION_NOT_SUPPORTED', ''],
    [505, 'StatusCodes.HTTP_VERSION_NOT_SUPPORTED', ''],
    [404, 'NOT_FOUND', ''],
    [499, 'CLIENT_CLOSED_REQUEST', ''],
  ])('%i as %s', (code, constant, note) => {
    expect(registryNameNote(code, constant)).toBe(note);
  });

  it('cites where a code is defined, or says the registry does not list it', () => {
    expect(statusCitation(404)).toBe('RFC 9110 section 15.5.5');
    expect(statusCitation(429)).toBe('RFC 6585');
    expect(statusCitation(499)).toBe('the IANA registry, which does not list it');
  });
});

describe('writtenStatusLabel', () => {
  it('names a number once, and a constant with the code it stands for', () => {
    expect(writtenStatusLabel('303', 303)).toBe('303 See Other');
    expect(writtenStatusLabel('StatusCodes.TEMPORARY_REDIRECT', 307)).toBe('StatusCodes.TEMPORARY_REDIRECT (307 Temporary Redirect)');
    expect(writtenStatusLabel('http2.constants.HTTP_STATUS_NO_CONTENT', 204)).toBe(
      'http2.constants.HTTP_STATUS_NO_CONTENT (204 No Content)',
    );
  });
});

describe('statusMeaning', () => {
  it.each([
    [404, 'Not Found, RFC 9110 section 15.5.5'],
    [425, 'Too Early, RFC 8470'],
    [418, 'reserved and unused, RFC 9110 section 15.5.19'],
    [306, 'reserved and unused, RFC 9110 section 15.4.7'],
    [499, 'not in the IANA registry'],
  ])('%i: %s', (code, meaning) => {
    expect(statusMeaning(code)).toBe(meaning);
  });

  it('no meaning of a registered code holds a parenthesis', () => {
    for (const code of registeredCodes()) expect(statusMeaning(code), String(code)).not.toMatch(/[()]/);
  });
});

describe('rfc9110Section', () => {
  it.each([
    [301, '15.4.2'],
    [302, '15.4.3'],
    [303, '15.4.4'],
    [307, '15.4.8'],
    [401, '15.5.2'],
    [426, '15.5.22'],
  ])('%i is defined in section %s', (code, section) => {
    expect(rfc9110Section(code)).toBe(section);
  });

  it('is undefined for codes defined elsewhere or not at all', () => {
    expect(rfc9110Section(425)).toBeUndefined();
    expect(rfc9110Section(510)).toBeUndefined();
    expect(rfc9110Section(499)).toBeUndefined();
  });
});

describe('deprecationReason', () => {
  it('gives the reason of each deprecated code, and a fallback for any other', () => {
    expect(deprecationReason(305)).toBe('clients ignore it for security reasons');
    expect(deprecationReason(510)).toBe('the HTTP extension framework of RFC 2774 was moved to Historic');
    expect(deprecationReason(999)).toBe('it is kept only for history');
  });

  it('every deprecated code in the registry has a reason of its own', () => {
    const deprecated = [...registeredCodes()].filter((code) => ianaStatus(code)!.state === 'deprecated');
    expect(deprecated).toEqual([305, 510]);
    for (const code of deprecated) expect(deprecationReason(code)).not.toBe('it is kept only for history');
  });
});

describe('noContentCitation', () => {
  it.each([
    [100, 'RFC 9110 section 15.2'],
    [103, 'RFC 9110 section 15.2'],
    [204, 'RFC 9110 section 15.3.5'],
    [205, 'RFC 9110 section 15.3.6'],
    [304, 'RFC 9110 section 15.4.5'],
  ])('%i: %s', (code, citation) => {
    expect(noContentCitation(code)).toBe(citation);
  });
});

describe('header requirements', () => {
  it('each default names what goes wrong without the header, and cites the section that defines its status', () => {
    for (const [code, requirements] of Object.entries(defaultHeaderRequirements)) {
      for (const requirement of requirements) {
        expect(requirement.consequence, `${code} ${requirement.header}`).toMatch(/^the client /);
        expect(requirement.citation).toBe(`RFC 9110 section ${rfc9110Section(Number(code))}`);
      }
    }
  });

  it("a header only the options require cites the options and the project's rule", () => {
    expect(headerRequirements({ 429: ['Retry-After'] }).get(429)).toEqual([
      {
        header: 'Retry-After',
        level: 'must',
        citation: "the rule's `headers` option",
        consequence: 'the response breaks a rule of this project',
      },
    ]);
  });
});
