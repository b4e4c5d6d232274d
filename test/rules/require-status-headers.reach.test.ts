// Handler reach in one file (issue 15): a function of the file that sends on the response it is
// handed answers for its callers, and a header a caller sets before the call counts for it; one
// set after the call does not. Calls are followed up to three deep.
import rule from '../../rules/require-status-headers.js';
import { createTester, exactly, locate } from '../rule-tester.js';

const tester = createTester();

const message =
  'Set WWW-Authenticate on this 401 Unauthorized response, or send 403 if the client is signed in but not allowed. See RFC 9110 section 15.5.2; without it, the client cannot tell how to authenticate.';
const helper = "function sendUnauthorized(res) {\n  res.status(401).json({ error: 'log in' });\n}\n";

function missing(code: string) {
  return exactly(message, {
    ...locate(code, '401'),
    suggestions: [
      {
        messageId: 'useOtherStatus' as const,
        data: { status: '403 Forbidden', when: 'the client is signed in but not allowed' },
        output: code.replace('401', '403'),
      },
    ],
  });
}

const after = `${helper}app.get('/me', (req, res) => {\n  sendUnauthorized(res);\n  res.set('WWW-Authenticate', 'Bearer');\n});`;
const oneCallerWithout = `${helper}app.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer');\n  sendUnauthorized(res);\n});\napp.get('/you', (req, res) => sendUnauthorized(res));`;
const noHeader = `${helper}app.get('/me', (req, res) => sendUnauthorized(res));`;

tester.run('require-status-headers: responses handed to functions of the file', rule, {
  valid: [
    // A header set before the helper call.
    `${helper}app.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer');\n  sendUnauthorized(res);\n});`,
    // Set by every caller, one of them a function the handler calls in turn.
    `${helper}function deny(res) {\n  res.setHeader('WWW-Authenticate', 'Basic');\n  sendUnauthorized(res);\n}\napp.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer');\n  sendUnauthorized(res);\n});\napp.get('/you', (req, res) => deny(res));`,
    // Set two calls up.
    `${helper}function deny(res) {\n  sendUnauthorized(res);\n}\napp.get('/me', (req, res) => {\n  res.set('WWW-Authenticate', 'Bearer');\n  deny(res);\n});`,
    // A caller hands the response to other code first, which may set it.
    `${helper}app.get('/me', (req, res) => {\n  challenge(res);\n  sendUnauthorized(res);\n});`,
  ],
  invalid: [
    { name: 'a header set after the helper call does not count', code: after, errors: [missing(after)] },
    { name: 'one caller sets it, another does not', code: oneCallerWithout, errors: [missing(oneCallerWithout)] },
    { name: 'no caller sets it', code: noHeader, errors: [missing(noHeader)] },
  ],
});
