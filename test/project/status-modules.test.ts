// Status-constant modules of the project, found without configuration: a module the linted file
// imports (relative path, tsconfig `paths`, package.json `imports`) that exports an object or enum
// of status-named numbers. Its constants are statuses for the misuse rules and no-unknown-status.
import path from 'node:path';

import noBodyOnBodiless from '../../rules/no-body-on-bodiless-status.js';
import noMagicStatus from '../../rules/no-magic-status.js';
import noUnknownStatus from '../../rules/no-unknown-status.js';
import requireStatusHeaders from '../../rules/require-status-headers.js';
import { commonJsScript, createTester, exactly, fixtureFile, locate } from '../rule-tester.js';

const tester = createTester();
const routes = fixtureFile('status-modules', 'src/routes/users.ts');
const jsApp = fixtureFile('status-modules', 'js/app.js');

const unauthorized =
  'Set WWW-Authenticate on this 401 Unauthorized response, or send 403 if the client is signed in but not allowed. See RFC 9110 section 15.5.2; without it, the client cannot tell how to authenticate.';
const signedIn = 'the client is signed in but not allowed';

/** The 401 report at `constant`, with the suggestion to send 403 written as `forbidden`; none where the module has no 403. */
function missingAuthenticate(code: string, constant: string, forbidden?: string) {
  return exactly(unauthorized, {
    ...locate(code, constant),
    suggestions: forbidden
      ? [
          {
            messageId: 'useOtherStatus' as const,
            data: { status: `${forbidden} (403 Forbidden)`, when: signedIn },
            output: code.replace(constant, forbidden),
          },
        ]
      : [],
  });
}

const objectModule =
  "import { HttpStatus } from '../lib/http-status';\napp.get('/me', (req, res) => res.status(HttpStatus.UNAUTHORIZED).json({ error: 'log in' }));";
const enumThroughPaths =
  "import { Status } from '@/lib/status-enum';\napp.get('/me', (req, res) => res.status(Status.Unauthorized).end());";
const commonJs =
  "const HttpStatus = require('./lib/http-status');\napp.get('/me', (req, res) => res.status(HttpStatus.UNAUTHORIZED).end());";
const commonJsExports = "const codes = require('./lib/codes');\napp.get('/me', (req, res) => res.status(codes.UNAUTHORIZED).end());";

tester.run('require-status-headers: statuses from the project constants module', requireStatusHeaders, {
  valid: [
    {
      name: 'a header set with the constant',
      code: "import { HttpStatus } from '../lib/http-status';\napp.get('/me', (req, res) => res.set('WWW-Authenticate', 'Bearer').status(HttpStatus.UNAUTHORIZED).end());",
      filename: routes,
    },
    {
      name: 'a config object of numbers is no status module',
      code: "import { Config } from '../lib/config';\napp.get('/me', (req, res) => res.status(Config.TIMEOUT).end());",
      filename: routes,
    },
    {
      name: 'an object of status-range numbers whose names are not statuses is no status module',
      code: "import { Limits } from '../lib/limits';\napp.get('/me', (req, res) => res.status(Limits.MEDIUM).end());",
      filename: routes,
    },
    {
      name: 'a type-only import binds no constants',
      code: "import type { HttpStatus } from '../lib/http-status';\napp.get('/me', (req, res) => res.status(HttpStatus.UNAUTHORIZED).end());",
      filename: routes,
    },
    {
      name: 'a module that is not there',
      code: "import { HttpStatus } from '../lib/nowhere';\napp.get('/me', (req, res) => res.status(HttpStatus.UNAUTHORIZED).end());",
      filename: routes,
    },
  ],
  invalid: [
    {
      name: 'an object as const, imported by a relative path',
      code: objectModule,
      filename: routes,
      errors: [missingAuthenticate(objectModule, 'HttpStatus.UNAUTHORIZED', 'HttpStatus.FORBIDDEN')],
    },
    {
      // The enum has no 403 member: no suggestion borrows another module's name for it.
      name: 'an enum, imported through a tsconfig paths alias',
      code: enumThroughPaths,
      filename: routes,
      errors: [missingAuthenticate(enumThroughPaths, 'Status.Unauthorized')],
    },
    {
      name: 'CommonJS: module.exports of an object, required whole',
      code: commonJs,
      filename: jsApp,
      languageOptions: commonJsScript,
      errors: [missingAuthenticate(commonJs, 'HttpStatus.UNAUTHORIZED')],
    },
    {
      name: 'CommonJS: named exports, required as a namespace',
      code: commonJsExports,
      filename: jsApp,
      languageOptions: commonJsScript,
      errors: [missingAuthenticate(commonJsExports, 'codes.UNAUTHORIZED')],
    },
  ],
});

const bodiless =
  "Send this 204 No Content response without content: it must carry none. See RFC 9110 section 15.3.5; at run time, Node's http module drops the content without a word.";
const withoutContent = (replacement: string, output: string) => ({
  messageId: 'sendWithoutContent' as const,
  data: { replacement },
  output,
});
const noContent =
  "import { HttpStatus } from '../lib/http-status';\napp.delete('/x', (req, res) => { res.status(HttpStatus.NO_CONTENT).json({ ok: true }); });";
const frozenDefault =
  "import codes from '#lib/frozen.ts';\napp.delete('/x', (req, res) => { res.status(codes.HTTP_STATUS_NO_CONTENT).send('gone'); });";

tester.run('no-body-on-bodiless-status: statuses from the project constants module', noBodyOnBodiless, {
  valid: [
    {
      name: 'no content with the constant',
      code: "import { HttpStatus } from '../lib/http-status';\napp.delete('/x', (req, res) => { res.status(HttpStatus.NO_CONTENT).end(); });",
      filename: routes,
    },
  ],
  invalid: [
    {
      name: 'an object as const',
      code: noContent,
      filename: routes,
      errors: [
        exactly(bodiless, {
          ...locate(noContent, '{ ok: true }'),
          suggestions: [
            withoutContent('res.status(HttpStatus.NO_CONTENT).end()', noContent.replace('.json({ ok: true })', '.end()')),
            withoutContent(
              'res.sendStatus(HttpStatus.NO_CONTENT)',
              noContent.replace(/res\.status\((.*)\)\.json\(\{ ok: true \}\)/, 'res.sendStatus($1)'),
            ),
          ],
        }),
      ],
    },
    {
      name: 'a frozen default export with prefixed names, through package.json imports',
      code: frozenDefault,
      filename: routes,
      errors: [
        exactly(bodiless, {
          ...locate(frozenDefault, "'gone'"),
          suggestions: [
            withoutContent('res.status(codes.HTTP_STATUS_NO_CONTENT).end()', frozenDefault.replace(".send('gone')", '.end()')),
            withoutContent(
              'res.sendStatus(codes.HTTP_STATUS_NO_CONTENT)',
              frozenDefault.replace(/res\.status\((.*)\)\.send\('gone'\)/, 'res.sendStatus($1)'),
            ),
          ],
        }),
      ],
    },
  ],
});

const unregistered =
  "import { HttpStatus } from '../lib/http-status';\napp.get('/x', (req, res) => res.status(HttpStatus.CLIENT_CLOSED_REQUEST).end());";

tester.run('no-unknown-status: statuses from the project constants module', noUnknownStatus, {
  valid: [
    {
      name: 'a registered constant',
      code: "import { HttpStatus } from '../lib/http-status';\napp.get('/x', (req, res) => res.status(HttpStatus.NOT_FOUND).end());",
      filename: routes,
    },
    {
      name: 'a member of a config object is no status',
      code: "import { Config } from '../lib/config';\napp.get('/x', (req, res) => res.status(Config.PORT).end());",
      filename: routes,
    },
  ],
  invalid: [
    {
      name: 'an unregistered code the module names',
      code: unregistered,
      filename: routes,
      errors: [
        exactly(
          'HttpStatus.CLIENT_CLOSED_REQUEST (499) is not a registered status: use a registered one, or allow it. Clients treat it as 400 (RFC 9110 section 15); used by esri, nginx.',
          locate(unregistered, 'HttpStatus.CLIENT_CLOSED_REQUEST'),
        ),
      ],
    },
  ],
});

const magic = "import { HttpStatus } from '../lib/http-status';\napp.get('/x', (req, res) => res.status(404).end());";
/** The suggestions where no constants package is in the project: packages the repository has installed, and built-ins. */
const packageChoices = [
  ['StatusCodes.NOT_FOUND', 'http-status-codes', "import { StatusCodes } from 'http-status-codes';\n"],
  ['httpStatus.NOT_FOUND', 'http-status', "import httpStatus from 'http-status';\n"],
  ['HttpStatusCode.NotFound', '@angular/common/http', "import { HttpStatusCode } from '@angular/common/http';\n"],
  ['HttpStatusCodes.NOT_FOUND', 'stoker/http-status-codes', "import * as HttpStatusCodes from 'stoker/http-status-codes';\n"],
  ['constants.HTTP_STATUS_NOT_FOUND', 'node:http2', "import { constants } from 'node:http2';\n"],
].map(([constant, module, statement]) => ({
  messageId: 'useConstantFrom' as const,
  data: { code: '404', constant: constant!, module: module! },
  output: statement + magic.replace('404', constant!),
}));

// Fixes name constants of the configured provider (or a package "auto" finds): a project module is not used for fixes.
tester.run('no-magic-status: a project constants module is not used for fixes', noMagicStatus, {
  valid: [
    {
      name: 'its constants are not magic numbers',
      code: "import { HttpStatus } from '../lib/http-status';\napp.get('/x', (req, res) => res.status(HttpStatus.NOT_FOUND).end());",
      filename: routes,
    },
  ],
  invalid: [
    {
      name: 'a number beside an imported project module is reported as without one',
      code: magic,
      filename: routes,
      errors: [
        exactly(
          'No constants package to name 404: run `npm i http-status-codes` or set `provider` (choices in the rule docs). 404 is Not Found, RFC 9110 section 15.5.5.',
          { ...locate(magic, '404'), suggestions: packageChoices },
        ),
      ],
    },
    {
      name: 'configured as the provider, the module names the fix',
      code: magic,
      // A path from the project root, which is the tester's cwd for a file named relative to it.
      filename: path.relative(process.cwd(), routes),
      options: [{ provider: { module: './test/fixtures/status-modules/src/lib/http-status', export: 'HttpStatus' } }],
      output: magic.replace('404', 'HttpStatus.NOT_FOUND'),
      errors: [exactly('Use HttpStatus.NOT_FOUND instead of 404. See RFC 9110 section 15.5.5.', locate(magic, '404'))],
    },
  ],
});
