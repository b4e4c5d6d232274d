import { STATUS_CODES } from 'node:http';

import { describe, expect, it } from 'vitest';

import { ianaStatus, isNullBodyStatus, registeredCodes, statusClass, unofficialUses, vendorIds } from '../src/registry/index.js';

/** RFC 9110 section 15: every code it defines, with its section and phrase. */
const rfc9110: readonly [number, string, string][] = [
  [100, '15.2.1', 'Continue'],
  [101, '15.2.2', 'Switching Protocols'],
  [200, '15.3.1', 'OK'],
  [201, '15.3.2', 'Created'],
  [202, '15.3.3', 'Accepted'],
  [203, '15.3.4', 'Non-Authoritative Information'],
  [204, '15.3.5', 'No Content'],
  [205, '15.3.6', 'Reset Content'],
  [206, '15.3.7', 'Partial Content'],
  [300, '15.4.1', 'Multiple Choices'],
  [301, '15.4.2', 'Moved Permanently'],
  [302, '15.4.3', 'Found'],
  [303, '15.4.4', 'See Other'],
  [304, '15.4.5', 'Not Modified'],
  [305, '15.4.6', 'Use Proxy'],
  [306, '15.4.7', '(Unused)'],
  [307, '15.4.8', 'Temporary Redirect'],
  [308, '15.4.9', 'Permanent Redirect'],
  [400, '15.5.1', 'Bad Request'],
  [401, '15.5.2', 'Unauthorized'],
  [402, '15.5.3', 'Payment Required'],
  [403, '15.5.4', 'Forbidden'],
  [404, '15.5.5', 'Not Found'],
  [405, '15.5.6', 'Method Not Allowed'],
  [406, '15.5.7', 'Not Acceptable'],
  [407, '15.5.8', 'Proxy Authentication Required'],
  [408, '15.5.9', 'Request Timeout'],
  [409, '15.5.10', 'Conflict'],
  [410, '15.5.11', 'Gone'],
  [411, '15.5.12', 'Length Required'],
  [412, '15.5.13', 'Precondition Failed'],
  [413, '15.5.14', 'Content Too Large'],
  [414, '15.5.15', 'URI Too Long'],
  [415, '15.5.16', 'Unsupported Media Type'],
  [416, '15.5.17', 'Range Not Satisfiable'],
  [417, '15.5.18', 'Expectation Failed'],
  [418, '15.5.19', '(Unused)'],
  [421, '15.5.20', 'Misdirected Request'],
  [422, '15.5.21', 'Unprocessable Content'],
  [426, '15.5.22', 'Upgrade Required'],
  [500, '15.6.1', 'Internal Server Error'],
  [501, '15.6.2', 'Not Implemented'],
  [502, '15.6.3', 'Bad Gateway'],
  [503, '15.6.4', 'Service Unavailable'],
  [504, '15.6.5', 'Gateway Timeout'],
  [505, '15.6.6', 'HTTP Version Not Supported'],
];

describe('status registry', () => {
  it('holds every code RFC 9110 defines, with its phrase and section', () => {
    for (const [code, section, phrase] of rfc9110) {
      expect(ianaStatus(code), String(code)).toMatchObject({ phrase, citation: `RFC 9110 section ${section}` });
    }
    const citingRfc9110 = [...registeredCodes()].filter((code) => ianaStatus(code)!.citation.startsWith('RFC 9110'));
    expect(citingRfc9110).toEqual(rfc9110.map(([code]) => code));
  });

  it("knows every code in Node's http.STATUS_CODES, by the registry or a vendor", () => {
    const renamedByIana: number[] = [];
    for (const [key, nodePhrase] of Object.entries(STATUS_CODES)) {
      const code = Number(key);
      const entry = ianaStatus(code);
      if (!entry) {
        expect(unofficialUses(code).length, `${code} ${nodePhrase}`).toBeGreaterThan(0);
        continue;
      }
      if (entry.phrase !== nodePhrase) renamedByIana.push(code);
    }
    // Node keeps the RFC 7231 names of 413 and 422 and the joke name of 418.
    expect(renamedByIana).toEqual([413, 418, 422]);
  });

  it('counts 64 registered codes, and none outside 100-599', () => {
    const codes = [...registeredCodes()];
    expect(codes).toHaveLength(64);
    expect(codes.every((code) => code >= 100 && code <= 599)).toBe(true);
  });

  it('flags deprecated, unused and temporary codes', () => {
    const byState = (state: string) => [...registeredCodes()].filter((code) => ianaStatus(code)!.state === state);
    expect(byState('deprecated')).toEqual([305, 510]);
    expect(byState('unused')).toEqual([306, 418]);
    expect(byState('temporary')).toEqual([104]);
  });

  it('knows which codes carry no content', () => {
    const nullBody = [...registeredCodes()].filter(isNullBodyStatus);
    expect(nullBody).toEqual([100, 101, 102, 103, 104, 204, 205, 304]);
    expect(isNullBodyStatus(200)).toBe(false);
  });

  it('groups unofficial codes by vendor', () => {
    expect(
      unofficialUses(499)
        .map((use) => use.vendor)
        .sort(),
    ).toEqual(['esri', 'nginx']);
    expect(unofficialUses(520)).toEqual([
      { code: 520, name: 'Web Server Returns an Unknown Error', vendor: 'cloudflare', vendorName: 'Cloudflare' },
    ]);
    for (const code of [444, 494, 495, 496, 497, 499]) expect(unofficialUses(code).some((use) => use.vendor === 'nginx')).toBe(true);
    for (const code of [520, 521, 522, 523, 524, 525, 526, 527, 530])
      expect(unofficialUses(code).some((use) => use.vendor === 'cloudflare')).toBe(true);
    for (const code of [460, 463, 464, 561]) expect(unofficialUses(code).some((use) => use.vendor === 'aws-elb')).toBe(true);
    expect(unofficialUses(440).map((use) => use.vendor)).toEqual(['iis']);
    expect(unofficialUses(419).map((use) => use.vendor)).toEqual(['laravel', 'spring']);
    expect(unofficialUses(420).map((use) => use.vendor)).toEqual(['spring', 'twitter']);
    expect(unofficialUses(509).map((use) => use.vendor)).toEqual(['apache']);
    expect(vendorIds).toContain('informal');
  });

  it('knows the class of a code', () => {
    expect(statusClass(503)).toBe(5);
    expect(statusClass(101)).toBe(1);
  });
});
