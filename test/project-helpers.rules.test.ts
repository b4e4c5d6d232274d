// Response helpers of other modules of the project (issue 15, item 2): the plugin reads the module a
// handler imports a function from (relative path, tsconfig `paths`, package.json `imports`), learns
// what the function answers with its own decoder, and decodes the call as a catalogue API. The
// files under test/fixtures/rr-helpers-app are the helper modules; the code under test is written
// as a file of that project.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import noRedirect from '../rules/no-302-after-post.js';
import requireHeaders from '../rules/require-status-headers.js';
import noUnknown from '../rules/no-unknown-status.js';
import { createTester, fixtureFile, fixtures, locate } from './rule-tester.js';

const tester = createTester();
const project = 'rr-helpers-app';
const route = fixtureFile(project, 'app/routes/inline.tsx');
const server = fixtureFile(project, 'server/inline.js');

// A package's redirect helper, as installed: node_modules is never committed, so it is written here.
const toastKit = path.join(fixtures, project, 'node_modules', 'toast-kit');
mkdirSync(toastKit, { recursive: true });
writeFileSync(path.join(toastKit, 'package.json'), JSON.stringify({ name: 'toast-kit', type: 'module', main: 'index.js' }));
writeFileSync(
  path.join(toastKit, 'index.js'),
  "import { redirect } from 'react-router';\nexport function redirectWithToast(url, toast, init) {\n  return redirect(url, init);\n}\n",
);

const toastImport = "import { redirectWithToast } from '#app/utils/toast.server.ts';\n";
const redirectsImport = "import { backHome, redirectTo, redirectWithNotice, seeOther } from '~/utils/redirects.ts';\n";

function helperReport(code: string, at: string, helper: string, status = '302', method = 'POST', handler = '`action`') {
  return {
    messageId: 'helperRedirectAfterUnsafeMethod' as const,
    data: { helper, handler, code: status, method, section: status === '301' ? '15.4.2' : '15.4.3', source: 'export action' },
    ...locate(code, at),
  };
}

/** The 303 and 307 suggestions, each made by replacing `at` in `code`. */
function suggestions(code: string, at: string, see: string, temporary: string, method = 'POST') {
  return [
    { messageId: 'useSeeOther' as const, data: { status: '303 See Other', method }, output: code.replace(at, see) },
    { messageId: 'useTemporaryRedirect' as const, data: { status: '307 Temporary Redirect', method }, output: code.replace(at, temporary) },
  ];
}

const toastDefault = `${toastImport}export async function action() {\n  return redirectWithToast('/notes', { title: 'Saved' });\n}`;
const toastThrown = `${toastImport}export const action = async () => {\n  throw await redirectWithToast('/notes', { title: 'Saved' });\n};`;
const toastStated = `${toastImport}export async function action() {\n  return redirectWithToast('/notes', { title: 'Saved' }, { status: 302 });\n}`;
const redirectToDefault = `${redirectsImport}export async function action() {\n  return redirectTo('/notes');\n}`;
const redirectToMoved = `${redirectsImport}export async function action() {\n  return redirectTo('/notes', 301);\n}`;
const homeDefault = `${redirectsImport}export async function action() {\n  return backHome();\n}`;
const throughAnother =
  "import { requireUser } from '#app/utils/auth.server.ts';\nexport async function action({ request }) {\n  const user = await requireUser(request);\n  return save(user);\n}";
const reExported =
  "import { toastRedirect } from '../utils/redirects.js';\nexport async function action() {\n  return toastRedirect('/', { title: 'Hi' });\n}";

tester.run('no-302-after-post: redirect helpers of other modules', noRedirect, {
  valid: [
    // The helper is called from a GET loader only.
    {
      code: `${toastImport}export async function loader() {\n  return redirectWithToast('/login', { title: 'Sign in' });\n}`,
      filename: route,
    },
    // The helper redirects with 303, or is given a 303 or a 307.
    { code: `${redirectsImport}export async function action() {\n  return seeOther('/notes');\n}`, filename: route },
    {
      code: `${toastImport}export async function action() {\n  return redirectWithToast('/', { title: 'x' }, { status: 303 });\n}`,
      filename: route,
    },
    { code: `${redirectsImport}export async function action() {\n  return redirectTo('/notes', 307);\n}`, filename: route },
    // An exported function named like a redirect helper that builds no redirect: its module says so.
    {
      code: `${redirectsImport}export async function action() {\n  return redirectWithNotice('/notes', { status: 302 });\n}`,
      filename: route,
    },
    // A helper of a package in node_modules, by its name or by a path into node_modules: never read.
    {
      code: "import { redirectWithToast } from 'toast-kit';\nexport async function action() {\n  return redirectWithToast('/', {});\n}",
      filename: route,
    },
    {
      code: "import { redirectWithToast } from '../../node_modules/toast-kit/index.js';\nexport async function action() {\n  return redirectWithToast('/', {});\n}",
      filename: route,
    },
    // A module that does not exist, and a type-only import.
    { code: "import { gone } from './gone.js';\nexport async function action() {\n  return gone('/');\n}", filename: route },
    { code: "import type { Toast } from '#app/utils/toast.server.ts';\nexport const action = (toast: Toast) => toast;", filename: route },
  ],
  invalid: [
    // `redirect(url, { ...init, headers })`: the caller's init decides, 302 without one; no place for a status, so no suggestion.
    {
      code: toastDefault,
      filename: route,
      errors: [{ ...helperReport(toastDefault, "redirectWithToast('/notes', { title: 'Saved' })", 'redirectWithToast'), suggestions: [] }],
    },
    {
      code: toastThrown,
      filename: route,
      errors: [{ ...helperReport(toastThrown, "redirectWithToast('/notes', { title: 'Saved' })", 'redirectWithToast'), suggestions: [] }],
    },
    // A status given to the helper is replaced where it is written.
    {
      code: toastStated,
      filename: route,
      errors: [{ ...helperReport(toastStated, '302', 'redirectWithToast'), suggestions: suggestions(toastStated, '302', '303', '307') }],
    },
    // `redirectTo(url, status = 302)`: the status goes after the URL.
    {
      code: redirectToDefault,
      filename: route,
      errors: [
        {
          ...helperReport(redirectToDefault, "redirectTo('/notes')", 'redirectTo'),
          suggestions: suggestions(redirectToDefault, "redirectTo('/notes')", "redirectTo('/notes', 303)", "redirectTo('/notes', 307)"),
        },
      ],
    },
    {
      code: redirectToMoved,
      filename: route,
      errors: [
        { ...helperReport(redirectToMoved, '301', 'redirectTo', '301'), suggestions: suggestions(redirectToMoved, '301', '303', '307') },
      ],
    },
    // The helper states its redirect itself: nothing at the call can change it.
    { code: homeDefault, filename: route, errors: [{ ...helperReport(homeDefault, 'backHome()', 'backHome'), suggestions: [] }] },
    // Re-exported under another name (`export { redirectWithToast as toastRedirect } from`), imported by a relative path.
    {
      code: reExported,
      filename: route,
      errors: [{ ...helperReport(reExported, "toastRedirect('/', { title: 'Hi' })", 'redirectWithToast'), suggestions: [] }],
    },
    // A helper that throws what a helper of a third module returns (`throw await redirectWithToast(...)`).
    {
      code: throughAnother,
      filename: route,
      errors: [{ ...helperReport(throughAnother, 'requireUser(request)', 'requireUser'), suggestions: [] }],
    },
  ],
});

const sendErrorImport = "import { challenge, sendError, sendUnauthorized } from './utils/respond.js';\n";
const signedIn = 'the client is signed in but not allowed';

function unauthorized(code: string, occurrence = 1) {
  const { line, column, endLine, endColumn } = locate(code, '401', occurrence);
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) index = code.indexOf('401', index + 1);
  return {
    messageId: 'missingHeaderOrOtherStatus' as const,
    data: {
      status: '401 Unauthorized',
      header: 'WWW-Authenticate',
      citation: 'RFC 9110 section 15.5.2',
      consequence: 'the client cannot tell how to authenticate',
      other: '403',
      when: signedIn,
    },
    line,
    column,
    endLine,
    endColumn,
    suggestions: [
      {
        messageId: 'useOtherStatus' as const,
        data: { status: '403 Forbidden', when: signedIn },
        output: `${code.slice(0, index)}403${code.slice(index + 3)}`,
      },
    ],
  };
}

const sendErrorCase = `${sendErrorImport}router.post('/login', (req, res) => {\n  if (!req.user) return sendError(res, 401, 'Sign in');\n  res.json(req.user);\n});`;
const namespaceCase =
  "const respond = require('./utils/respond.js');\nrouter.get('/me', (req, res) => respond.sendError(res, 401, 'Who?'));";
const cjsExports = "const { fail } = require('./utils/legacy.cjs');\nrouter.get('/a', (req, res) => fail(res, 401));";
const cjsModule = "const legacy = require('./utils/legacy.cjs');\nrouter.get('/a', (req, res) => legacy.sendError(res, 401, 'No'));";
const cjsObject = "const { sendError } = require('./utils/objects.cjs');\nrouter.get('/a', (req, res) => sendError(res, 401, 'No'));";
const required =
  "const { sendError } = require('./utils/respond.js');\nrouter.get('/me', (req, res) => {\n  sendError(res, 401, 'Sign in');\n});";

tester.run('require-status-headers: responses sent by helpers of other modules', requireHeaders, {
  valid: [
    // The helper sets WWW-Authenticate itself, on the response it is handed.
    { code: `${sendErrorImport}router.get('/me', (req, res) => challenge(res, 401));`, filename: server },
    // The helper states its 401 itself: its own module is where that is judged.
    { code: `${sendErrorImport}router.get('/me', (req, res) => sendUnauthorized(res));`, filename: server },
    // A header set before the helper call counts.
    {
      code: `${sendErrorImport}router.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Basic');\n  sendError(res, 401, 'Sign in');\n});`,
      filename: server,
    },
    // `module.exports = { deny(res, status = 401) { res.set('WWW-Authenticate', ...) } }`.
    { code: "const { deny } = require('./utils/objects.cjs');\nrouter.get('/a', (req, res) => deny(res, 401));", filename: server },
    // Statuses that need no header.
    { code: `${sendErrorImport}router.get('/me', (req, res) => sendError(res, 404, 'No'));`, filename: server },
  ],
  invalid: [
    { code: sendErrorCase, filename: server, errors: [unauthorized(sendErrorCase)] },
    { code: namespaceCase, filename: server, errors: [unauthorized(namespaceCase)] },
    { code: required, filename: server, errors: [unauthorized(required)] },
    // CommonJS: `exports.fail = (res, code) =>`, `module.exports.sendError = sendError`, `module.exports = { sendError }`.
    { code: cjsExports, filename: server, errors: [unauthorized(cjsExports)] },
    { code: cjsModule, filename: server, errors: [unauthorized(cjsModule)] },
    { code: cjsObject, filename: server, errors: [unauthorized(cjsObject)] },
  ],
});

const unknownCase = `${sendErrorImport}router.post('/x', (req, res) => sendError(res, 999, 'No'));`;
const unknownRedirect = `${redirectsImport}export async function action() {\n  return redirectTo('/notes', 1302);\n}`;

tester.run('no-unknown-status: a status a helper of another module is given', noUnknown, {
  valid: [
    { code: `${sendErrorImport}router.post('/x', (req, res) => sendError(res, 400, 'No'));`, filename: server },
    // `seeOther` takes no status: its URL is no status position.
    { code: `${redirectsImport}export const action = () => seeOther(999);`, filename: route },
  ],
  invalid: [
    {
      code: unknownCase,
      filename: server,
      errors: [{ messageId: 'notAStatus', data: { subject: '999', consequence: '' }, ...locate(unknownCase, '999') }],
    },
    {
      code: unknownRedirect,
      filename: route,
      errors: [
        {
          messageId: 'notAStatus',
          data: { subject: '1302', consequence: ', and the Fetch Response it builds throws RangeError for statuses outside 200-599' },
          ...locate(unknownRedirect, '1302'),
        },
      ],
    },
  ],
});
