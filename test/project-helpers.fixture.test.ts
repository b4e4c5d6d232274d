// A small React Router app whose actions answer through helpers of other modules (Epic Stack's
// `redirectWithToast` from `#app/utils/toast.server.ts`, a `~/` tsconfig alias, a re-export), and an
// Express router that sends through `sendError(res, status)` of `./utils/respond.js`. ESLint lints
// the whole folder with the configured parser, as a user runs it; the findings are compared exactly.
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
import { fixtures } from './rule-tester.js';

const root = path.join(fixtures, 'rr-helpers-app');
const rules = ['no-302-after-post', 'require-status-headers', 'no-unknown-status', 'no-body-on-bodiless-status'];

async function findings(): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: ['node_modules/'] },
      {
        files: ['**/*.{js,ts,tsx}'],
        plugins: { 'http-status': plugin as never },
        languageOptions: { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: Object.fromEntries(rules.map((rule) => [`http-status/${rule}`, 'error'])),
      },
    ],
  });
  const results = await eslint.lintFiles(['.']);
  return results
    .flatMap((result) =>
      result.messages.map(
        (message) =>
          `${path.relative(root, result.filePath)}:${message.line}:${message.column} ${message.ruleId?.replace('http-status/', '')} suggest=${message.suggestions?.length ?? 0} ${message.message}`,
      ),
    )
    .sort();
}

const unauthorized =
  'require-status-headers suggest=1 Set WWW-Authenticate on this 401 Unauthorized response, or send 403 if the client is signed in but not allowed. See RFC 9110 section 15.5.2; without it, the client cannot tell how to authenticate.';
const redirected = (helper: string, code = '302') =>
  `\`${helper}\` answers the POST \`action\` with a ${code} redirect: use 303, or 307 to keep POST. RFC 9110 section ${code === '301' ? '15.4.2' : '15.4.3'} lets clients change it. Handler: export action.`;

describe('a React Router app with action helpers in other modules', () => {
  it('reports what the helpers answer, where the actions call them, and nothing else', async () => {
    expect(await findings()).toEqual([
      `app/routes/notes.tsx:10:47 no-302-after-post suggest=0 ${redirected('redirectWithToast')}`,
      `app/routes/notes.tsx:11:48 no-302-after-post suggest=2 ${redirected('redirectTo')}`,
      `app/routes/notes.tsx:12:66 no-302-after-post suggest=2 ${redirected('redirectTo', '301')}`,
      `app/routes/notes.tsx:15:45 no-302-after-post suggest=0 ${redirected('backHome')}`,
      `app/routes/notes.tsx:17:68 no-302-after-post suggest=2 ${redirected('redirectWithToast')}`,
      `server/routes.js:20:59 ${unauthorized}`,
      `server/routes.js:22:52 no-unknown-status suggest=0 999 is not an HTTP status code: use a registered one. RFC 9110 section 15 allows 100 to 599.`,
      `server/routes.js:9:45 ${unauthorized}`,
    ]);
  });
});
