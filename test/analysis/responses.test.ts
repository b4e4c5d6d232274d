// The response model's answers on real parses: what each rule asks, for snippets of each kind.
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { withFileAnalysis } from '../../src/analysis/index.js';
import type { FileAnalysis } from '../../src/analysis/index.js';

function analyse<T>(code: string, read: (analysis: FileAnalysis, text: (node: TSESTree.Node) => string) => T): T {
  let result: T | undefined;
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      return withFileAnalysis(context, (analysis) => (result = read(analysis, (node) => context.sourceCode.getText(node))));
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { test: { rules: { model: rule as never } } },
      rules: { 'test/model': 'error' },
    },
    'file.ts',
  );
  expect(messages).toEqual([]);
  return result!;
}

const sentStatuses = (code: string, withExceptions = false) =>
  analyse(code, (analysis, text) =>
    [...analysis.responses.sentStatuses(withExceptions)].map((sent) => {
      const headers = sent.headers();
      const known = headers.known ? [...headers.names].join(',') || '-' : `unknown: ${headers.why}`;
      return `${text(sent.node)} ${sent.code}${sent.exception ? ' exception' : ''}: ${known}`;
    }),
  );

const contents = (code: string) =>
  analyse(code, (analysis, text) =>
    [...analysis.responses.contentsWith(() => true)].map(
      (sent) => `${text(sent.content)} with ${sent.code}${sent.status.isDefault ? ' (default)' : ''} (${sent.framework})`,
    ),
  );

const redirects = (code: string) =>
  analyse(code, (analysis, text) =>
    [...analysis.responses.redirects()].map(({ status, route, edit }) => {
      const code =
        status.code === undefined ? 'unknown' : status.isDefault ? `default ${status.code}` : `${text(status.node!)}=${status.code}`;
      return `${code} ${typeof edit === 'object' ? `assign ${edit.assign} before` : (edit ?? 'in place')} ${route ? `${route.methods.join('|')} by ${route.source}` : 'no route'}`;
    }),
  );

describe('response model', () => {
  describe('statuses sent, with the headers known to be set', () => {
    it('reads the init key however it is written (regression: a quoted or computed headers key)', () => {
      expect(
        sentStatuses(
          "new Response(null, { status: 405, 'headers': { Allow: 'GET' } });\nnew Response(null, { status: 405, ['headers']: { Allow: 'GET' } });\nnew Response(null, { status: 405, headers: { Allow: 'GET' } });",
        ),
      ).toEqual(['405 405: allow', '405 405: allow', '405 405: allow']);
    });

    it('answers unknown, and why, where headers may be set out of sight', () => {
      expect(
        sentStatuses(
          "app.get('/a', (req, res) => { auth(res); res.status(401).end(); });\napp.get('/b', (req, res) => { res.set(name, v); res.status(401).end(); });\nnew Response(null, { status: 401, headers });",
        ),
      ).toEqual([
        '401 401: unknown: the response is handed to other code, which may set headers',
        '401 401: unknown: a header is set by a name the code does not state',
        '401 401: unknown: its headers are built where the code does not say which',
      ]);
    });

    it('adds what a Hono context sets to the responses it builds', () => {
      expect(sentStatuses("app.get('/me', (c) => { c.header('WWW-Authenticate', 'Bearer'); return c.json({}, 401); });")).toEqual([
        '401 401: www-authenticate',
      ]);
    });

    it('answers every code of a status expression, and exceptions only when asked', () => {
      const code =
        "app.get('/x', (req, res) => res.status(ok ? 401 : 405).end());\nconst code = 426;\nres.writeHead(code);\nctx.throw(401, 'no', { headers: { 'WWW-Authenticate': 'Basic' } });";
      expect(sentStatuses(code)).toEqual(['401 401: -', '405 405: -', 'code 426: -']);
      expect(sentStatuses(code, true)).toEqual(['401 401: -', '405 405: -', 'code 426: -', '401 401 exception: www-authenticate']);
    });
  });

  describe('content sent with a status', () => {
    // Leaf-first: a response is built only where a status is stated (or a redirect made); one that
    // relies on its API's default 200 can never send content with a bodiless status. The decode
    // tables keep the default apart from an unknown status (test/apis/fetch.test.ts).
    it('answers the responses that state a status: Response.json and new Response agree', () => {
      expect(
        contents(
          'Response.json(data); new Response(body); Response.json(data, init); new Response(body, init); Response.json(data, { status: 204 }); new Response(body, { status: 204 });',
        ),
      ).toEqual(['data with 204 (fetch)', 'body with 204 (fetch)']);
    });

    it('pairs a handle status with the content sent after it on the same path', () => {
      expect(
        contents(
          "app.get('/a', (req, res) => { res.status(204); res.json(x); });\napp.get('/b', (req, res) => { if (a) res.status(204); res.json(y); });\napp.get('/c', (req, res) => res.status(c ? 204 : 200).send(z));",
        ),
      ).toEqual(['x with 204 (express)', 'z with 204 (express)', 'z with 200 (express)']);
    });
  });

  describe('redirects', () => {
    it('answers the status, explicit or the default, where a status goes, and the handler methods', () => {
      expect(
        redirects(
          "app.post('/a', (req, res) => res.redirect('/x'));\nrouter.put('/b', async (ctx) => { ctx.redirect('/x'); });\nexport function POST() { return Response.redirect(url, 301); }\nfastify.route({ method: ['POST', 'PUT'], url: '/', handler: (req, reply) => reply.redirect('/x', ok ? 302 : 303) });",
        ),
      ).toEqual([
        'default 302 before-url POST by app.post()',
        'default 302 assign status before PUT by router.put()',
        '302=302 after-url POST|PUT by route({ method })',
        '303=303 after-url POST|PUT by route({ method })',
        '301=301 after-url POST by export POST',
      ]);
    });

    it('has no route outside a handler, and an unknown status is not a default', () => {
      expect(redirects('Response.redirect(url, init); res.redirect(code, url);')).toEqual([
        'unknown before-url no route',
        'unknown after-url no route',
      ]);
    });
  });
});
