// A whole Hono app, linted by ESLint as a user runs it: stoker's constants (a built-in provider)
// and the app's own status module (found without configuration) are statuses alike.
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { fixtures } from '../rule-tester.js';

const root = path.join(fixtures, 'hono-stoker');

it('reports the same misuse through stoker and through the app’s own module, and nothing on a config object', async () => {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [plugin.configs.all as never, { files: ['**/*.ts'], languageOptions: { parser: tsParser as never } }],
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const findings = results
    .flatMap((result) =>
      result.messages.map(
        (message) => `${path.relative(root, result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
      ),
    )
    .sort();
  const unauthorized =
    'Set WWW-Authenticate on this 401 Unauthorized response, or send 403 if the client is signed in but not allowed. See RFC 9110 section 15.5.2; without it, the client cannot tell how to authenticate.';
  const noContent =
    "Send this 204 No Content response without content: it must carry none. See RFC 9110 section 15.3.5; at run time, Hono's Fetch Response throws TypeError when given content.";
  expect(findings).toEqual([
    'src/routes/auth.ts:16:48 http-status/no-unknown-status AppStatus.ClientClosedRequest (499) is not a registered status: use a registered one, or allow it. Clients treat it as 400 (RFC 9110 section 15); used by esri, nginx.',
    `src/routes/auth.ts:7:60 http-status/require-status-headers ${unauthorized}`,
    `src/routes/auth.ts:9:36 http-status/no-body-on-bodiless-status ${noContent}`,
    `src/routes/tasks.ts:10:49 http-status/require-status-headers ${unauthorized}`,
    `src/routes/tasks.ts:15:36 http-status/no-body-on-bodiless-status ${noContent}`,
  ]);
});
