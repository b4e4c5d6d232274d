// Handler reach in one file (issue 15): a redirect made in a function of the file answers the
// handlers that call it, up to three calls deep. A returned redirect answers only where each
// call gives it back; a thrown one, or one made on the response the handler hands over, wherever
// the function is called.
import rule from '../../rules/no-302-after-post.js';
import { createTester, locate } from '../rule-tester.js';

const tester = createTester();

/** One report of a helper's redirect, with the 303 and 307 suggestions made by replacing `at` with `see` and `temporary`. */
function helperReport(
  code: string,
  at: string,
  data: { helper: string; handler: string; code: string; method: string; source: string },
  see: string,
  temporary: string,
) {
  return {
    messageId: 'helperRedirectAfterUnsafeMethod' as const,
    data: { ...data, section: data.code === '301' ? '15.4.2' : '15.4.3' },
    ...locate(code, at),
    suggestions: [
      { messageId: 'useSeeOther' as const, data: { status: '303 See Other', method: data.method }, output: code.replace(at, see) },
      {
        messageId: 'useTemporaryRedirect' as const,
        data: { status: '307 Temporary Redirect', method: data.method },
        output: code.replace(at, temporary),
      },
    ],
  };
}

const routerImport = "import { redirect } from 'react-router';\n";
const createCall = `${routerImport}async function createCall(form) {\n  await db.insert(form);\n  return redirect('/calls');\n}\n`;
const returnedAwait = `${createCall}export async function action({ request }) {\n  return await createCall(await request.formData());\n}`;
const returnedVariable = `${createCall}export async function action({ request }) {\n  const response = await createCall(await request.formData());\n  return response;\n}`;
const arrowAction = `${createCall}export const action = async ({ request }) => createCall(await request.formData());`;
const thrown = `${routerImport}function requireUser(session) {\n  if (!session.user) throw redirect('/login');\n  return session.user;\n}\nexport async function action({ request }) {\n  const user = requireUser(await getSession(request));\n  return save(user);\n}`;
const handedResponse =
  "function finish(res) {\n  res.redirect('/done');\n}\napp.post('/orders', (req, res) => {\n  save(req.body);\n  finish(res);\n});";
const twoDeep =
  "function done(res) {\n  res.redirect(301, '/done');\n}\nfunction finish(res) {\n  log();\n  done(res);\n}\nrouter.put('/items/:id', async function update(req, res) {\n  await finish(res);\n});";
const bothMethods = `${createCall}export async function loader() {\n  return createCall({});\n}\nexport async function action({ request }) {\n  return createCall(await request.formData());\n}`;

const fastifyHelper =
  "function toList(reply) {\n  return reply.redirect('/items');\n}\nfastify.post('/items', async (request, reply) => {\n  await save(request.body);\n  return toList(reply);\n});";
const honoHelper =
  "const respond = (c) => c.redirect('/done');\napp.delete('/items/:id', async (c) => {\n  await remove(c.req.param('id'));\n  return respond(c);\n});";

const redirectCall = "redirect('/calls')";
const actionData = { helper: 'createCall', handler: '`action`', code: '302', method: 'POST', source: 'export action' };

tester.run('no-302-after-post: redirects of functions the handler calls', rule, {
  valid: [
    // The helper is called from a GET handler only.
    `${createCall}export async function loader({ request }) {\n  return createCall({});\n}`,
    "function finish(res) {\n  res.redirect('/done');\n}\napp.get('/orders', (req, res) => finish(res));",
    // The helper's redirect is a 303, or a 307.
    `${routerImport}async function createCall(form) {\n  return redirect('/calls', 303);\n}\nexport async function action() {\n  return createCall({});\n}`,
    "function finish(res) {\n  res.redirect(307, '/done');\n}\napp.post('/orders', (req, res) => finish(res));",
    // A returned redirect the action does not give back answers nothing.
    `${createCall}export async function action({ request }) {\n  await createCall(await request.formData());\n  return null;\n}`,
    // A returned redirect given back by a callback, not by the action.
    `${createCall}export async function action() {\n  const all = await Promise.all(forms.map((form) => createCall(form)));\n  return all.length;\n}`,
    // A redirect the helper makes but does not give back.
    `${routerImport}async function createCall() {\n  const unused = redirect('/calls');\n  return null;\n}\nexport async function action() {\n  return createCall();\n}`,
    // More than three calls deep.
    "function a(res) {\n  res.redirect('/done');\n}\nfunction b(res) {\n  a(res);\n}\nfunction c(res) {\n  b(res);\n}\nfunction d(res) {\n  c(res);\n}\napp.post('/x', (req, res) => d(res));",
    // A function that is never called, or only handed on by name.
    "function finish(res) {\n  res.redirect('/done');\n}\nmodule.exports = { finish };",
    // Calls that loop.
    "function a(res, n) {\n  if (n) return b(res, n - 1);\n  res.redirect('/done');\n}\nfunction b(res, n) {\n  return a(res, n);\n}",
  ],
  invalid: [
    {
      name: 'a React Router action returns await createCall(...)',
      code: returnedAwait,
      errors: [helperReport(returnedAwait, redirectCall, actionData, "redirect('/calls', 303)", "redirect('/calls', 307)")],
    },
    {
      name: 'the action returns a variable assigned from the call',
      code: returnedVariable,
      errors: [helperReport(returnedVariable, redirectCall, actionData, "redirect('/calls', 303)", "redirect('/calls', 307)")],
    },
    {
      name: 'an arrow action with an expression body',
      code: arrowAction,
      errors: [helperReport(arrowAction, redirectCall, actionData, "redirect('/calls', 303)", "redirect('/calls', 307)")],
    },
    {
      name: 'a thrown redirect answers wherever the function is called',
      code: thrown,
      errors: [
        helperReport(
          thrown,
          "redirect('/login')",
          { ...actionData, helper: 'requireUser' },
          "redirect('/login', 303)",
          "redirect('/login', 307)",
        ),
      ],
    },
    {
      name: 'a function the handler hands its response to',
      code: handedResponse,
      errors: [
        helperReport(
          handedResponse,
          "res.redirect('/done')",
          { helper: 'finish', handler: 'handler', code: '302', method: 'POST', source: 'app.post()' },
          "res.redirect(303, '/done')",
          "res.redirect(307, '/done')",
        ),
      ],
    },
    {
      name: 'helper(reply) in Fastify',
      code: fastifyHelper,
      errors: [
        helperReport(
          fastifyHelper,
          "reply.redirect('/items')",
          { helper: 'toList', handler: 'handler', code: '302', method: 'POST', source: 'fastify.post()' },
          "reply.redirect('/items', 303)",
          "reply.redirect('/items', 307)",
        ),
      ],
    },
    {
      name: 'respond(c) in Hono, an arrow held in a const',
      code: honoHelper,
      errors: [
        helperReport(
          honoHelper,
          "c.redirect('/done')",
          { helper: 'respond', handler: 'handler', code: '302', method: 'DELETE', source: 'app.delete()' },
          "c.redirect('/done', 303)",
          "c.redirect('/done', 307)",
        ),
      ],
    },
    {
      name: 'two calls deep, to a named handler',
      code: twoDeep,
      errors: [
        helperReport(
          twoDeep,
          '301',
          { helper: 'done', handler: '`update`', code: '301', method: 'PUT', source: 'router.put()' },
          '303',
          '307',
        ),
      ],
    },
    {
      name: 'called from the loader and the action: the action is named',
      code: bothMethods,
      errors: [helperReport(bothMethods, redirectCall, actionData, "redirect('/calls', 303)", "redirect('/calls', 307)")],
    },
  ],
});

// Methods of the same file: `this.name(res)` in a class, `utils.name(res)` of a `const` object literal.
const classHelper =
  "class Orders {\n  redirectHome(res) {\n    res.redirect('/');\n  }\n  @Post()\n  create(@Res() res) {\n    this.redirectHome(res);\n  }\n}";
const objectHelper =
  "const utils = {\n  finish(res) {\n    res.redirect('/done');\n  },\n};\napp.post('/orders', (req, res) => utils.finish(res));";
const classArrowHelper =
  "class Orders {\n  done = (res) => res.redirect('/done');\n  @Put()\n  update(@Res() res) {\n    return this.done(res);\n  }\n}";
const objectReturned = `${routerImport}const helpers = {\n  back() {\n    return redirect('/calls');\n  },\n};\nexport async function action() {\n  return helpers.back();\n}`;
// A redirect status the handler passes in.
const passedStatus = "function go(res, code) {\n  res.redirect(code, '/done');\n}\napp.post('/orders', (req, res) => go(res, 302));";
const passedReturned = `${routerImport}function back(code) {\n  return redirect('/calls', code);\n}\nexport async function action() {\n  return back(301);\n}`;

tester.run('no-302-after-post: methods of the file, and redirect statuses passed in', rule, {
  valid: [
    // A method of another class with the same name.
    "class Other {\n  redirectHome(res) {\n    res.redirect('/');\n  }\n}\nclass Orders {\n  @Post()\n  create(@Res() res) {\n    this.redirectHome(res);\n  }\n}",
    // An object of another file, or another object of the file.
    "import { utils } from './utils';\napp.post('/orders', (req, res) => utils.finish(res));",
    "const utils = {\n  finish(res) {\n    res.redirect('/done');\n  },\n};\nconst other = { finish() {} };\napp.post('/orders', (req, res) => other.finish(res));",
    // A returned redirect of an object's function that the action does not give back.
    `${routerImport}const helpers = {\n  back() {\n    return redirect('/calls');\n  },\n};\nexport async function action() {\n  helpers.back();\n  return null;\n}`,
    // More than three calls deep through methods.
    "class Orders {\n  a(res) {\n    res.redirect('/');\n  }\n  b(res) {\n    this.a(res);\n  }\n  c(res) {\n    this.b(res);\n  }\n  d(res) {\n    this.c(res);\n  }\n  @Post()\n  create(@Res() res) {\n    this.d(res);\n  }\n}",
    // Called from a GET handler only.
    "class Orders {\n  redirectHome(res) {\n    res.redirect('/');\n  }\n  @Get()\n  list(@Res() res) {\n    this.redirectHome(res);\n  }\n}",
    // The status passed in is a 303; the 302 is passed by a GET handler.
    "function go(res, code) {\n  res.redirect(code, '/done');\n}\napp.post('/orders', (req, res) => go(res, 303));\napp.get('/orders', (req, res) => go(res, 302));",
    // A returned redirect the action does not give back.
    `${routerImport}function back(code) {\n  return redirect('/calls', code);\n}\nexport async function action() {\n  back(301);\n  return null;\n}`,
  ],
  invalid: [
    {
      name: 'this.redirectHome(res) in a NestJS controller',
      code: classHelper,
      errors: [
        helperReport(
          classHelper,
          "res.redirect('/')",
          { helper: 'redirectHome', handler: '`create`', code: '302', method: 'POST', source: '@Post()' },
          "res.redirect(303, '/')",
          "res.redirect(307, '/')",
        ),
      ],
    },
    {
      name: 'utils.finish(res) of an object literal of the file',
      code: objectHelper,
      errors: [
        helperReport(
          objectHelper,
          "res.redirect('/done')",
          { helper: 'finish', handler: 'handler', code: '302', method: 'POST', source: 'app.post()' },
          "res.redirect(303, '/done')",
          "res.redirect(307, '/done')",
        ),
      ],
    },
    {
      name: 'a returned redirect of a const object literal, given back by the action',
      code: objectReturned,
      errors: [
        helperReport(objectReturned, redirectCall, { ...actionData, helper: 'back' }, "redirect('/calls', 303)", "redirect('/calls', 307)"),
      ],
    },
    {
      name: 'a class property arrow called as this.done(res)',
      code: classArrowHelper,
      errors: [
        helperReport(
          classArrowHelper,
          "res.redirect('/done')",
          { helper: 'done', handler: '`update`', code: '302', method: 'PUT', source: '@Put()' },
          "res.redirect(303, '/done')",
          "res.redirect(307, '/done')",
        ),
      ],
    },
    {
      name: 'a redirect status the handler passes in is reported at the argument',
      code: passedStatus,
      errors: [
        {
          messageId: 'helperRedirectAfterUnsafeMethod',
          data: { helper: 'go', handler: 'handler', code: '302', method: 'POST', source: 'app.post()', section: '15.4.3' },
          ...locate(passedStatus, '302'),
          suggestions: [
            { messageId: 'useSeeOther', data: { status: '303 See Other', method: 'POST' }, output: passedStatus.replace('302', '303') },
            {
              messageId: 'useTemporaryRedirect',
              data: { status: '307 Temporary Redirect', method: 'POST' },
              output: passedStatus.replace('302', '307'),
            },
          ],
        },
      ],
    },
    {
      name: 'a returned redirect with a status the action passes in',
      code: passedReturned,
      errors: [
        {
          messageId: 'helperRedirectAfterUnsafeMethod',
          data: { helper: 'back', handler: '`action`', code: '301', method: 'POST', source: 'export action', section: '15.4.2' },
          ...locate(passedReturned, '301'),
          suggestions: [
            { messageId: 'useSeeOther', data: { status: '303 See Other', method: 'POST' }, output: passedReturned.replace('301', '303') },
            {
              messageId: 'useTemporaryRedirect',
              data: { status: '307 Temporary Redirect', method: 'POST' },
              output: passedReturned.replace('301', '307'),
            },
          ],
        },
      ],
    },
  ],
});
