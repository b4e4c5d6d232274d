// Messages as an editor shows them (the Problems panel, a hover, a quick-fix menu): the first
// sentence says what is wrong and what to do in under 120 characters; the citation and the
// run-time consequence follow, the whole under 200 characters; no doubled parentheses and no code named twice.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { contentOnBodilessConsequence, runtimeChecks } from '../src/apis/index.js';
import plugin from '../src/index.js';
import { allBuiltinProviders } from '../src/providers/index.js';
import { deprecationReason, noContentCitation, rfc9110Section } from '../src/registry/citations.js';
import { registryNameNote, statusCitation, statusLabel, statusMeaning, writtenStatusLabel } from '../src/registry/describe.js';
import { defaultHeaderRequirements, headerRequirements } from '../src/registry/header-requirements.js';
import { ianaStatus, isNullBodyStatus, registeredCodes, unofficialUses } from '../src/registry/index.js';
import { rules } from '../src/rules.js';
import type { RuleName } from '../src/rules.js';
import { fixtureFile } from './rule-tester.js';

type Data = Record<string, string>;

/** ESLint's own interpolation (lib/linter/interpolate.js). */
function render(template: string, data: Data): string {
  return template.replace(/\{\{([^{}]+?)\}\}/gu, (whole, key: string) => data[key.trim()] ?? whole);
}

/** Up to the first full stop that ends a sentence ("StatusCodes.OK" and "section 15.5.5" do not). */
function firstSentence(message: string): string {
  const end = /\.(?:\s|$)/u.exec(message);
  return end ? message.slice(0, end.index + 1) : message;
}

/** What is wrong with a rendered message, or nothing. */
function problems(message: string): string[] {
  const found: string[] = [];
  if (firstSentence(message).length >= 120) found.push(`first sentence of ${firstSentence(message).length} characters`);
  if (message.length >= 200) found.push(`${message.length} characters`);
  if (/\{\{|\}\}/u.test(message)) found.push('an unfilled placeholder');
  // "418 ((Unused), ...)"; a call's own parentheses ("(app.post())") are code, not a slip.
  if (/\(\s*\(|(?<!\()\)\s*\)/u.test(message)) found.push('doubled parentheses');
  // "303 See Other (303)": a code, its phrase, then the code again in parentheses.
  if (/\b(\d{3})\b[^.()]*\(\1\)/u.test(message)) found.push('a code named twice');
  if (!message.endsWith('.')) found.push('no final full stop');
  return found;
}

/** The constants each provider writes, with the longest spelling a file may already use for it. */
const constantSpellings = [...allBuiltinProviders()].flatMap((provider) =>
  [...provider.memberOf].flatMap(([code, member]) => {
    const spellings = [`${provider.localName}.${member}`];
    if (provider.name === 'node:http2') spellings.push(`http2.constants.${member}`);
    if (provider.name === 'http-status-codes') spellings.push(`hsc.StatusCodes.${member}`);
    return spellings.map((constant) => ({ code, constant, provider: provider.name }));
  }),
);

const allCodes = [...registeredCodes(), 299, 420, 499, 520, 599];
const sources = [
  'app.post()',
  'route(...).delete()',
  'route({ method })',
  '@Post()',
  'export DELETE',
  'export action',
  'a SvelteKit form action',
];
const methods = ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const frameworks = ['fetch', 'next', 'hono', 'remix', 'koa', 'fastify', 'express', 'node', 'msw'] as const;
const subjects = (code: number) => [
  String(code),
  ...constantSpellings.filter((spelling) => spelling.code === code).map(({ constant }) => `${constant} (${code})`),
];

const requirementData: (Data & { other?: string })[] = [...headerRequirements({ 429: ['Retry-After'], 503: ['Retry-After'] })].flatMap(
  ([code, requirements]) =>
    requirements.map((requirement) => ({
      status: statusLabel(code),
      code: String(code),
      level: requirement.level,
      header: requirement.header,
      citation: requirement.citation,
      consequence: requirement.consequence,
      ...(requirement.otherStatus && { other: String(requirement.otherStatus.code), when: requirement.otherStatus.when }),
    })),
);

const sentenceStart = (text: string) => text.replace(/^the /u, 'The ');

/** Every message of every rule, with the data the rules give it, down to the longest values. */
const realisticData: { [Rule in RuleName]: Record<keyof (typeof rules)[Rule]['meta']['messages'], Data[]> } = {
  'no-magic-status': {
    magicStatus: constantSpellings.map(({ code, constant }) => ({
      code: String(code),
      constant,
      registryName: registryNameNote(code, constant),
      citation: statusCitation(code),
    })),
    magicStatusNoMember: [...allBuiltinProviders()].flatMap((provider) =>
      allCodes
        .filter((code) => !provider.memberOf.has(code))
        .map((code) => ({ code: String(code), meaning: statusMeaning(code), provider: provider.name })),
    ),
    magicStatusNoProvider: allCodes.map((code) => ({ code: String(code), meaning: statusMeaning(code) })),
    useConstant: constantSpellings.map(({ code, constant }) => ({ code: String(code), constant })),
    unreadableProvider: [
      ...['it was not found', 'it could not be read', 'it exports no status code constants'].map((problem) => ({
        provider: 'custom module ./src/lib/http-status-codes',
        problem,
      })),
    ],
    useConstantWithImport: constantSpellings.map(({ code, constant }) => ({
      code: String(code),
      constant,
      statement: "const { StatusCodes } = require('http-status-codes');",
    })),
    useConstantFrom: constantSpellings.map(({ code, constant }) => ({ code: String(code), constant, module: '@angular/common/http' })),
  },
  'no-302-after-post': {
    redirectAfterUnsafeMethod: [301, 302].flatMap((code) =>
      sources.flatMap((source) => methods.map((method) => ({ code: String(code), source, method, section: rfc9110Section(code)! }))),
    ),
    // The longest names a helper and a handler are likely to have.
    helperRedirectAfterUnsafeMethod: [301, 302].flatMap((code) =>
      methods.flatMap((method) =>
        ['`action`', '`updateSettings`', 'handler'].flatMap((handler) =>
          sources.map((source) => ({
            helper: 'redirectWithToast',
            handler,
            source,
            code: String(code),
            method,
            section: rfc9110Section(code)!,
          })),
        ),
      ),
    ),
    useSeeOther: [String(303), ...constantSpellings.filter(({ code }) => code === 303).map(({ constant }) => constant)].map((text) => ({
      status: writtenStatusLabel(text, 303),
      method: 'POST',
    })),
    useTemporaryRedirect: [String(307), ...constantSpellings.filter(({ code }) => code === 307).map(({ constant }) => constant)].flatMap(
      (text) => methods.map((method) => ({ status: writtenStatusLabel(text, 307), method })),
    ),
  },
  'no-body-on-bodiless-status': {
    contentOnBodilessStatus: [100, 101, 102, 103, 204, 205, 304].flatMap((code) =>
      frameworks.map((framework) => ({
        status: statusLabel(code),
        citation: noContentCitation(code),
        consequence: contentOnBodilessConsequence(framework, code),
      })),
    ),
    helperContentOnBodilessStatus: [100, 101, 102, 103, 204, 205, 304].flatMap((code) =>
      frameworks.map((framework) => ({
        helper: 'sendUnauthorized',
        code: String(code),
        citation: noContentCitation(code),
        consequence: contentOnBodilessConsequence(framework, code),
      })),
    ),
    sendWithoutContent: [
      'res.status(204).end()',
      'res.sendStatus(http2.constants.HTTP_STATUS_NO_CONTENT)',
      'new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } })',
      'ctx.body = null',
    ].map((replacement) => ({ replacement })),
  },
  'no-unknown-status': {
    notAStatus: [0, 99, 600, 1000].flatMap((code) =>
      ['', ...[...runtimeChecks].map((check) => `, and ${check.consequence}`)].map((consequence) => ({
        subject: String(code),
        consequence,
      })),
    ),
    rejectedAtRuntime: [...runtimeChecks].flatMap((check) =>
      allCodes
        .filter((code) => !check.accepts(code))
        .flatMap((code) => subjects(code).map((subject) => ({ subject, consequence: sentenceStart(check.consequence) }))),
    ),
    unregisteredStatus: allCodes
      .filter((code) => !ianaStatus(code))
      .flatMap((code) =>
        subjects(code).map((subject) => ({
          subject,
          // The longest the rule writes: names and meanings up to 50 characters, else the vendors' ids.
          vendors:
            unofficialUses(code).length > 0
              ? `; ${
                  [
                    'x'.repeat(50),
                    `used by ${unofficialUses(code)
                      .map((use) => use.vendor)
                      .join(', ')}`,
                  ].sort((a, b) => b.length - a.length)[0]
                }`
              : '',
          fallback: String(Math.floor(code / 100) * 100),
        })),
      ),
    deprecatedStatus: allCodes
      .filter((code) => ianaStatus(code)?.state === 'deprecated')
      .flatMap((code) =>
        subjects(code).map((subject) => ({
          subject,
          phrase: ianaStatus(code)!.phrase,
          citation: ianaStatus(code)!.citation,
          reason: deprecationReason(code),
        })),
      ),
    unusedStatus: allCodes
      .filter((code) => ianaStatus(code)?.state === 'unused')
      .flatMap((code) => subjects(code).map((subject) => ({ subject, citation: ianaStatus(code)!.citation }))),
  },
  'require-status-headers': {
    missingHeader: requirementData.filter(({ other }) => other === undefined),
    missingHeaderOrOtherStatus: requirementData.filter(({ other }) => other !== undefined),
    // The longest helper name the rule writes in a message (longer ones get the message above).
    helperMissingHeader: requirementData
      .filter(({ other }) => other === undefined)
      .map((data) => ({ ...data, helper: 'sendUnauthorized' })),
    helperMissingHeaderOrOtherStatus: requirementData
      .filter(({ other }) => other !== undefined)
      .map((data) => ({ ...data, helper: 'sendUnauthorized' })),
    useOtherStatus: ['403', ...constantSpellings.filter(({ code }) => code === 403).map(({ constant }) => constant)].map((text) => ({
      status: writtenStatusLabel(text, 403),
      when: defaultHeaderRequirements[401]![0]!.otherStatus!.when,
    })),
  },
};

// The "no constants package" message belongs to the install work, which rewrites it; the lead
// removes this entry when that message lands.
describe('every message of every rule, rendered with realistic data', () => {
  it('the table lists every message of every rule', () => {
    for (const [name, rule] of Object.entries(rules)) {
      expect(Object.keys(realisticData[name as RuleName]).sort(), name).toEqual(Object.keys(rule.meta.messages).sort());
    }
  });

  const cases = Object.entries(realisticData).flatMap(([name, messages]) =>
    Object.entries(messages as Record<string, Data[]>).map(([messageId, data]) => ({ name, messageId, data })),
  );
  it.each(cases)('$name $messageId', ({ name, messageId, data }) => {
    const template = (rules[name as RuleName].meta.messages as Record<string, string>)[messageId]!;
    expect(data.length).toBeGreaterThan(0);
    const failures = data.flatMap((values) =>
      problems(render(template, values)).map((problem) => `${problem}: ${render(template, values)}`),
    );
    expect(failures).toEqual([]);
  });

  it('the check itself catches the slips it is for', () => {
    expect(problems('Use StatusCodes.NOT_FOUND instead of 404. See RFC 9110 section 15.5.5.')).toEqual([]);
    expect(problems('Redirect with 303 See Other (303): the client follows with GET.')).toEqual(['a code named twice']);
    expect(problems('Replace the magic number 418 ((Unused), RFC 9110 section 15.5.19).')).toEqual(['doubled parentheses']);
    expect(problems(`${'x'.repeat(119)}. Then more.`)).toEqual(['first sentence of 120 characters']);
    expect(problems(`${'x'.repeat(100)}. ${'y'.repeat(97)}.`)).toEqual(['200 characters']);
    expect(problems(`${'x'.repeat(100)}. ${'y'.repeat(96)}.`)).toEqual([]);
    expect(problems('Use {{constant}} here.')).toEqual(['an unfilled placeholder']);
  });

  it('the default header requirements are all in the table', () => {
    const listed = new Set(requirementData.map((data) => `${data.status}/${data.header}`));
    for (const [code, requirements] of Object.entries(defaultHeaderRequirements)) {
      for (const requirement of requirements) expect(listed).toContain(`${statusLabel(Number(code))}/${requirement.header}`);
    }
  });
});

describe('messages from real runs', () => {
  const corpus: { filename: string; code: string }[] = [
    {
      filename: fixtureFile('hsc-app', 'routes.js'),
      code: `import express from 'express';
const router = express.Router();
router.get('/a', (req, res) => res.status(511).json({}));
router.get('/b', (req, res) => res.status(425).end());
router.get('/c', (req, res) => res.status(418).end());
router.get('/d', (req, res) => res.status(305).end());
router.get('/e', (req, res) => res.status(499).end());
router.get('/f', (req, res) => res.status(1000).end());
router.get('/g', (req, res) => res.status(401).end());
router.get('/g2', (req, res) => res.status(405).end());
router.post('/h', (req, res) => res.redirect('/done'));
router.delete('/i', (req, res) => res.status(204).json({ ok: true }));
export default () => new Response(null, { status: 101 });
`,
    },
    {
      filename: fixtureFile('no-deps', 'routes.js'),
      code: `import { StatusCodes } from 'http-status-codes';
app.put('/x', (req, res) => res.redirect(StatusCodes.MOVED_TEMPORARILY, '/y'));
app.get('/y', (req, res) => res.status(StatusCodes.USE_PROXY).end());
`,
    },
  ];

  it('every report and every suggestion reads well', () => {
    const linter = new Linter({ configType: 'flat' });
    const seen = new Set<string>();
    const failures: string[] = [];
    for (const { filename, code } of corpus) {
      const messages = linter.verify(code, [{ ...plugin.configs.all, files: ['**/*.js'] } as Linter.Config], { filename });
      for (const message of messages) {
        expect(message.fatal, message.message).toBeUndefined();
        seen.add(`${message.ruleId}/${message.messageId}`);
        for (const text of [message.message, ...(message.suggestions ?? []).map((suggestion) => suggestion.desc)]) {
          failures.push(...problems(text).map((problem) => `${problem}: ${text}`));
        }
        for (const suggestion of message.suggestions ?? []) seen.add(`${message.ruleId}/${suggestion.messageId}`);
      }
    }
    expect(failures).toEqual([]);
    // The corpus reaches every rule and the messages the table above renders by hand.
    expect([...seen].sort()).toEqual(
      [
        'http-status/no-302-after-post/redirectAfterUnsafeMethod',
        'http-status/no-302-after-post/useSeeOther',
        'http-status/no-302-after-post/useTemporaryRedirect',
        'http-status/no-body-on-bodiless-status/contentOnBodilessStatus',
        'http-status/no-body-on-bodiless-status/sendWithoutContent',
        'http-status/no-magic-status/magicStatus',
        'http-status/no-magic-status/magicStatusNoMember',
        'http-status/no-unknown-status/deprecatedStatus',
        'http-status/no-unknown-status/notAStatus',
        'http-status/no-unknown-status/rejectedAtRuntime',
        'http-status/no-unknown-status/unregisteredStatus',
        'http-status/no-unknown-status/unusedStatus',
        'http-status/require-status-headers/missingHeader',
        'http-status/require-status-headers/missingHeaderOrOtherStatus',
        'http-status/require-status-headers/useOtherStatus',
      ].sort(),
    );
  });

  it('a reserved code reads without doubled parentheses, a constant without its code twice', () => {
    expect(statusMeaning(418)).toBe('reserved and unused, RFC 9110 section 15.5.19');
    expect(statusLabel(418)).toBe('418');
    expect(writtenStatusLabel('303', 303)).toBe('303 See Other');
    expect(writtenStatusLabel('StatusCodes.SEE_OTHER', 303)).toBe('StatusCodes.SEE_OTHER (303 See Other)');
    expect(isNullBodyStatus(204)).toBe(true);
  });
});
