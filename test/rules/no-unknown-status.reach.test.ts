// Handler reach in one file (issue 15): a number passed where a function of the file uses its
// parameter as a status is a status, whether the function is called by name, as `this.name()`
// in its class, or as a member of a `const` object literal of the file.
import rule from '../../rules/no-unknown-status.js';
import { createTester, exactly, locate } from '../rule-tester.js';

const tester = createTester();

const message =
  '499 is not a registered status: use a registered one, or allow it. Clients treat it as 400 (RFC 9110 section 15); used by esri, nginx.';

const byName = "function sendError(res, code) {\n  res.status(code).end();\n}\napp.get('/x', (req, res) => sendError(res, 499));";
const method =
  'class Controller {\n  sendError(res, code) {\n    res.status(code).end();\n  }\n  get(req, res) {\n    this.sendError(res, 499);\n  }\n}';
const objectMethod =
  "const http = {\n  fail(res, code) {\n    res.status(code).end();\n  },\n};\napp.get('/x', (req, res) => http.fail(res, 499));";

tester.run('no-unknown-status: statuses passed to functions of the file', rule, {
  valid: [
    // A method of another class with the same name takes no status.
    'class Other {\n  sendError(res, code) {\n    res.status(code).end();\n  }\n}\nclass Controller {\n  get(req, res) {\n    this.sendError(res, 499);\n  }\n}',
    // A member of an object the file does not declare.
    "import { http } from './http';\napp.get('/x', (req, res) => http.fail(res, 499));",
  ],
  invalid: [
    { name: 'sendError(res, 499)', code: byName, errors: [exactly(message, { ...locate(byName, '499'), suggestions: [] })] },
    { name: 'this.sendError(res, 499)', code: method, errors: [exactly(message, { ...locate(method, '499'), suggestions: [] })] },
    { name: 'http.fail(res, 499)', code: objectMethod, errors: [exactly(message, { ...locate(objectMethod, '499'), suggestions: [] })] },
  ],
});
