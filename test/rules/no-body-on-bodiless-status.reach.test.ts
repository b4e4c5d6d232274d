// Handler reach in one file (issue 15): a function of the file that sends content with the status
// it is given sends a 204 with content where a call passes 204. The report stands at the argument
// and names the function; there is no suggestion, since the function serves other calls too.
import rule from '../../rules/no-body-on-bodiless-status.js';
import { createTester, exactly, locate } from '../rule-tester.js';

const tester = createTester();

const node = "Node's http module drops the content without a word";
const message = (helper: string, consequence: string) =>
  `\`${helper}\` sends content, which 204 must not carry: pass another status. See RFC 9110 section 15.3.5; at run time, ${consequence}.`;

const sendError = 'function sendError(res, code, message) {\n  res.status(code).json({ message });\n}\n';
const plain = `${sendError}app.delete('/items/:id', (req, res) => {\n  sendError(res, 204, 'x');\n});`;
const fastify =
  "function respond(reply, code) {\n  return reply.code(code).send({ ok: true });\n}\nfastify.delete('/items/:id', async (request, reply) => respond(reply, 204));";
const method =
  'class Items {\n  send(res, code) {\n    res.status(code).json({ ok: true });\n  }\n  remove(req, res) {\n    this.send(res, 204);\n  }\n}';
const twoDeep =
  "function send(res, code) {\n  res.status(code).json({});\n}\nfunction done(res, code) {\n  send(res, code);\n}\napp.delete('/x', (req, res) => done(res, 204));";

tester.run('no-body-on-bodiless-status: statuses passed to functions of the file', rule, {
  valid: [
    // Every call passes a status that carries content.
    `${sendError}app.post('/items', (req, res) => sendError(res, 400, 'x'));`,
    // The function sends no content.
    "function done(res, code) {\n  res.status(code).end();\n}\napp.delete('/x', (req, res) => done(res, 204));",
    // A method of another class with the same name.
    'class Other {\n  send(res, code) {\n    res.status(code).json({});\n  }\n}\nclass Items {\n  remove(req, res) {\n    this.send(res, 204);\n  }\n}',
    // More than three calls deep.
    "function a(res, code) {\n  res.status(code).json({});\n}\nfunction b(res, code) {\n  a(res, code);\n}\nfunction c(res, code) {\n  b(res, code);\n}\nfunction d(res, code) {\n  c(res, code);\n}\napp.delete('/x', (req, res) => d(res, 204));",
  ],
  invalid: [
    {
      name: 'sendError(res, 204, message)',
      code: plain,
      errors: [exactly(message('sendError', node), { ...locate(plain, '204'), suggestions: [] })],
    },
    {
      name: 'Fastify reply.code(code).send(x)',
      code: fastify,
      errors: [exactly(message('respond', 'Fastify strips the content'), { ...locate(fastify, '204'), suggestions: [] })],
    },
    {
      name: 'this.send(res, 204) in a class',
      code: method,
      errors: [exactly(message('send', node), { ...locate(method, '204'), suggestions: [] })],
    },
    { name: 'two calls deep', code: twoDeep, errors: [exactly(message('done', node), { ...locate(twoDeep, '204'), suggestions: [] })] },
  ],
});
