// Handler reach across files (issue 15): an exported function that another module of the project
// registers as a route handler (`app.post('/login', users.postLogin)` in app.js) answers that
// route. The linted code is given here; the other modules are read from the fixture projects on
// disk (test/fixtures/projects), with the parser the test configures.
import rule from '../../rules/no-302-after-post.js';
import { redirectReport } from '../redirect-reports.js';
import { commonJsScript, createTester, fixtureFile, locate } from '../rule-tester.js';

const tester = createTester();

const express = (name: string) => fixtureFile('projects/express-mvc', name);
const fastify = (name: string) => fixtureFile('projects/fastify-routes', name);
const koa = (name: string) => fixtureFile('projects/koa-routes', name);
const esModule = { ...commonJsScript, sourceType: 'module' } as typeof commonJsScript;

/** One report with its 303 and 307 suggestions, made by replacing `at` with `see` and `temporary`. */
const report = (code: string, at: string, data: { code: string; source: string; method: string }, see: string, temporary: string) =>
  redirectReport(code, at, data, code.replace(at, see), code.replace(at, temporary));

const postLogin =
  "exports.postLogin = async (req, res) => {\n  if (!req.body.email) return res.redirect('/login');\n  res.redirect(303, '/');\n};";
const updateProfile =
  "function showProfile(req, res) {\n  res.render('profile');\n}\nconst updateProfile = async (req, res) => {\n  res.redirect('/profile');\n};\nmodule.exports = { showProfile, updateProfile };";
const postsController =
  "class PostsController {\n  create(req, res) {\n    res.redirect('/posts');\n  }\n  show(req, res) {\n    res.redirect('/x');\n  }\n}\nmodule.exports = PostsController;";
const items =
  "const create = async (req, res) => {\n  res.redirect(301, '/items');\n};\nconst list = (req, res) => res.redirect('/items?page=1');\nconst remove = (req, res) => {\n  res.redirect('/items');\n};\nmodule.exports = { create, list, remove };";
const middleware = "exports.required = (req, res, next) => {\n  if (req.user) return next();\n  res.redirect('/login');\n};";
const helperInController =
  "function backToLogin(res) {\n  res.redirect('/login');\n}\nexports.postLogin = (req, res) => {\n  backToLogin(res);\n};";

const fastifyHandlers =
  "import type { FastifyReply, FastifyRequest } from 'fastify';\n\nexport async function createUser(request: FastifyRequest, reply: FastifyReply) {\n  return reply.redirect('/users/1');\n}\n\nexport const deleteUser = async (request: FastifyRequest, reply: FastifyReply) => reply.redirect('/users', 302);";
const fastifySession =
  "export async function logout(request: { session: { destroy(): Promise<void> } }, reply: { redirect(url: string): unknown }) {\n  return reply.redirect('/');\n}";

const koaCreate = "export default async function createArticle(ctx) {\n  ctx.redirect('/articles');\n}";
const koaClass =
  'export default class ArticlesController {\n  async show(ctx) {\n    ctx.redirect(`/a/${ctx.params.slug}`);\n  }\n  async update(ctx) {\n    ctx.redirect(`/articles/${ctx.params.slug}`);\n  }\n}';
const koaObject =
  "export default {\n  async add(ctx) {\n    ctx.redirect('back');\n  },\n  remove(ctx) {\n    ctx.redirect('/comments');\n  },\n};";

tester.run('no-302-after-post: handlers registered by other modules', rule, {
  valid: [
    // Registered under GET only.
    {
      code: "exports.getLogin = (req, res) => res.redirect('/');",
      filename: express('controllers/users.js'),
      languageOptions: commonJsScript,
    },
    // The redirect is a 303.
    {
      code: "exports.postLogin = (req, res) => res.redirect(303, '/');",
      filename: express('controllers/users.js'),
      languageOptions: commonJsScript,
    },
    // Exported, but no module registers it.
    {
      code: "exports.orphan = (req, res) => res.redirect('/x');",
      filename: express('controllers/unregistered.js'),
      languageOptions: commonJsScript,
    },
    {
      code: "exports.other = (req, res) => res.redirect('/x');",
      filename: express('controllers/users.js'),
      languageOptions: commonJsScript,
    },
    // Not exported: another module cannot register it.
    {
      code: "const postLogin = (req, res) => res.redirect('/x');",
      filename: express('controllers/users.js'),
      languageOptions: commonJsScript,
    },
    // A method of the registered class that is only registered under GET.
    {
      code: postsController.replace("res.redirect('/posts')", "res.redirect(303, '/posts')"),
      filename: express('controllers/posts.js'),
      languageOptions: commonJsScript,
    },
    // Koa keeps a redirect status set before ctx.redirect().
    {
      code: "export default async function createArticle(ctx) {\n  ctx.status = 303;\n  ctx.redirect('back');\n}",
      filename: koa('src/controllers/create-article.js'),
      languageOptions: esModule,
    },
    // The same code in a file outside any project folder's registrations.
    { code: koaCreate, filename: fixtureFile('no-deps', 'create-article.js'), languageOptions: esModule },
  ],
  invalid: [
    {
      name: 'exports.postLogin registered with app.post() in app.js (CommonJS require of the controller module)',
      code: postLogin,
      filename: express('controllers/users.js'),
      languageOptions: commonJsScript,
      errors: [
        report(
          postLogin,
          "res.redirect('/login')",
          { code: '302', source: 'app.post() in app.js:15', method: 'POST' },
          "res.redirect(303, '/login')",
          "res.redirect(307, '/login')",
        ),
      ],
    },
    {
      name: 'module.exports = { updateProfile }, destructured by require() and registered after a middleware',
      code: updateProfile,
      filename: express('controllers/profile.js'),
      languageOptions: commonJsScript,
      errors: [
        report(
          updateProfile,
          "res.redirect('/profile')",
          { code: '302', source: 'app.post() in app.js:17', method: 'POST' },
          "res.redirect(303, '/profile')",
          "res.redirect(307, '/profile')",
        ),
      ],
    },
    {
      name: 'a method of the exported class, registered on an instance with .bind()',
      code: postsController,
      filename: express('controllers/posts.js'),
      languageOptions: commonJsScript,
      errors: [
        report(
          postsController,
          "res.redirect('/posts')",
          { code: '302', source: 'app.post() in app.js:18', method: 'POST' },
          "res.redirect(303, '/posts')",
          "res.redirect(307, '/posts')",
        ),
      ],
    },
    {
      name: 'router.route().post(catchAsync(items.create)).get(items.list) and .delete(items.remove) in routes/api.js',
      code: items,
      filename: express('controllers/items.js'),
      languageOptions: commonJsScript,
      errors: [
        report(items, '301', { code: '301', source: 'route(...).post() in routes/api.js:10', method: 'POST' }, '303', '307'),
        report(
          items,
          "res.redirect('/items')",
          { code: '302', source: 'route(...).delete() in routes/api.js:11', method: 'DELETE' },
          "res.redirect(303, '/items')",
          "res.redirect(307, '/items')",
        ),
      ],
    },
    {
      name: 'a middleware registered before the handler of a POST route (and of a GET one)',
      code: middleware,
      filename: express('middleware/auth.js'),
      languageOptions: commonJsScript,
      errors: [
        report(
          middleware,
          "res.redirect('/login')",
          { code: '302', source: 'app.post() in app.js:17', method: 'POST' },
          "res.redirect(303, '/login')",
          "res.redirect(307, '/login')",
        ),
      ],
    },
    {
      name: 'a helper of the controller module, called by the registered export',
      code: helperInController,
      filename: express('controllers/users.js'),
      languageOptions: commonJsScript,
      errors: [
        {
          messageId: 'helperRedirectAfterUnsafeMethod',
          data: {
            helper: 'backToLogin',
            handler: '`postLogin`',
            code: '302',
            method: 'POST',
            section: '15.4.3',
            source: 'app.post() in app.js:15',
          },
          ...locate(helperInController, "res.redirect('/login')"),
          suggestions: [
            {
              messageId: 'useSeeOther',
              data: { status: '303 See Other', method: 'POST' },
              output: helperInController.replace("res.redirect('/login')", "res.redirect(303, '/login')"),
            },
            {
              messageId: 'useTemporaryRedirect',
              data: { status: '307 Temporary Redirect', method: 'POST' },
              output: helperInController.replace("res.redirect('/login')", "res.redirect(307, '/login')"),
            },
          ],
        },
      ],
    },
    {
      name: "a controller re-exported by controllers/index.js (`module.exports = { admin: require('./admin') }`), registered as controllers.admin.ban",
      code: "exports.ban = async (req, res) => {\n  res.redirect('/admin/users');\n};",
      filename: express('controllers/admin.js'),
      languageOptions: commonJsScript,
      errors: [
        report(
          "exports.ban = async (req, res) => {\n  res.redirect('/admin/users');\n};",
          "res.redirect('/admin/users')",
          { code: '302', source: 'app.post() in app.js:21', method: 'POST' },
          "res.redirect(303, '/admin/users')",
          "res.redirect(307, '/admin/users')",
        ),
      ],
    },
    {
      name: 'a handler exported in a list after its validators (`exports.createBook = [validate, async (req, res) => ...]`)',
      code: "exports.createBook = [\n  (req, res, next) => next(),\n  async (req, res) => {\n    res.redirect('/books');\n  },\n];",
      filename: express('controllers/books.js'),
      languageOptions: commonJsScript,
      errors: [
        report(
          "exports.createBook = [\n  (req, res, next) => next(),\n  async (req, res) => {\n    res.redirect('/books');\n  },\n];",
          "res.redirect('/books')",
          { code: '302', source: 'app.post() in app.js:22', method: 'POST' },
          "res.redirect(303, '/books')",
          "res.redirect(307, '/books')",
        ),
      ],
    },
    {
      name: 'a middleware given to the route in a named array (`const adminOnly = [onlyAdmins]`)',
      code: "exports.onlyAdmins = (req, res, next) => {\n  if (req.user && req.user.admin) return next();\n  res.redirect('/');\n};",
      filename: express('middleware/admin.js'),
      languageOptions: commonJsScript,
      errors: [
        report(
          "exports.onlyAdmins = (req, res, next) => {\n  if (req.user && req.user.admin) return next();\n  res.redirect('/');\n};",
          "res.redirect('/')",
          { code: '302', source: 'route(...).delete() in routes/api.js:11', method: 'DELETE' },
          "res.redirect(303, '/')",
          "res.redirect(307, '/')",
        ),
      ],
    },
    {
      name: 'Koa: a function re-exported by `export * from`, registered through a namespace import of the index',
      code: "export async function addTag(ctx) {\n  ctx.redirect('/tags');\n}",
      filename: koa('src/controllers/tags.js'),
      languageOptions: esModule,
      errors: [
        report(
          "export async function addTag(ctx) {\n  ctx.redirect('/tags');\n}",
          "ctx.redirect('/tags')",
          { code: '302', source: 'tagRouter.post() in src/routes/tags.js:7', method: 'POST' },
          "ctx.status = 303;\n  ctx.redirect('/tags')",
          "ctx.status = 307;\n  ctx.redirect('/tags')",
        ),
      ],
    },
    {
      name: 'Fastify: app.post() with a namespace import, route({ method }) in a route file (TypeScript)',
      code: fastifyHandlers,
      filename: fastify('src/handlers/users.ts'),
      errors: [
        report(
          fastifyHandlers,
          "reply.redirect('/users/1')",
          { code: '302', source: 'app.post() in src/routes/users.ts:7', method: 'POST' },
          "reply.redirect('/users/1', 303)",
          "reply.redirect('/users/1', 307)",
        ),
        report(
          fastifyHandlers,
          '302',
          { code: '302', source: 'route({ method }) in src/routes/users.ts:10', method: 'DELETE' },
          '303',
          '307',
        ),
      ],
    },
    {
      name: 'Fastify: imported through a tsconfig paths alias that an extended tsconfig declares',
      code: fastifySession,
      filename: fastify('src/handlers/session.ts'),
      errors: [
        report(
          fastifySession,
          "reply.redirect('/')",
          { code: '302', source: 'app.post() in src/routes/users.ts:11', method: 'POST' },
          "reply.redirect('/', 303)",
          "reply.redirect('/', 307)",
        ),
      ],
    },
    {
      name: 'Koa: a default-exported function given to router.post()',
      code: koaCreate,
      filename: koa('src/controllers/create-article.js'),
      languageOptions: esModule,
      errors: [
        report(
          koaCreate,
          "ctx.redirect('/articles')",
          { code: '302', source: 'router.post() in src/routes/index.js:10', method: 'POST' },
          "ctx.status = 303;\n  ctx.redirect('/articles')",
          "ctx.status = 307;\n  ctx.redirect('/articles')",
        ),
      ],
    },
    {
      name: 'Koa: a method of the default-exported class, registered on an instance',
      code: koaClass,
      filename: koa('src/controllers/articles.js'),
      languageOptions: esModule,
      errors: [
        report(
          koaClass,
          'ctx.redirect(`/articles/${ctx.params.slug}`)',
          { code: '302', source: 'router.put() in src/routes/index.js:12', method: 'PUT' },
          'ctx.status = 303;\n    ctx.redirect(`/articles/${ctx.params.slug}`)',
          'ctx.status = 307;\n    ctx.redirect(`/articles/${ctx.params.slug}`)',
        ),
      ],
    },
    {
      name: 'Koa: a method of the default-exported object',
      code: koaObject,
      filename: koa('src/controllers/comments.js'),
      languageOptions: esModule,
      errors: [
        report(
          koaObject,
          "ctx.redirect('back')",
          { code: '302', source: 'router.post() in src/routes/index.js:13', method: 'POST' },
          "ctx.status = 303;\n    ctx.redirect('back')",
          "ctx.status = 307;\n    ctx.redirect('back')",
        ),
      ],
    },
  ],
});

tester.run('no-302-after-post: Koa keeps a redirect status set before ctx.redirect()', rule, {
  valid: [
    "router.post('/x', async (ctx) => {\n  ctx.status = 303;\n  ctx.redirect('back');\n});",
    "router.put('/x', async (ctx) => {\n  ctx.status = 308;\n  ctx.redirect('/y');\n});",
  ],
  invalid: [
    {
      code: "router.post('/x', async (ctx) => {\n  ctx.status = 301;\n  ctx.redirect('/y');\n});",
      errors: [
        report(
          "router.post('/x', async (ctx) => {\n  ctx.status = 301;\n  ctx.redirect('/y');\n});",
          '301',
          { code: '301', source: 'router.post()', method: 'POST' },
          '303',
          '307',
        ),
      ],
    },
    {
      // A status that is no redirect is replaced by the default 302.
      code: "router.post('/x', async (ctx) => {\n  ctx.status = 201;\n  ctx.redirect('/y');\n});",
      errors: [
        report(
          "router.post('/x', async (ctx) => {\n  ctx.status = 201;\n  ctx.redirect('/y');\n});",
          "ctx.redirect('/y')",
          { code: '302', source: 'router.post()', method: 'POST' },
          "ctx.status = 303;\n  ctx.redirect('/y')",
          "ctx.status = 307;\n  ctx.redirect('/y')",
        ),
      ],
    },
  ],
});

const eventCallback = "app.post('/reply', (req, res) => {\n  proxy.all('saved', () => {\n    res.redirect('/topic');\n  });\n});";
const namedKoaRoute = "router.post('create-article', '/articles', async (ctx) => {\n  ctx.redirect('/articles');\n});";

tester.run('no-302-after-post: a route registration takes a path', rule, {
  valid: [
    // A cache's `post('key', cb)` inside a GET handler registers no route.
    "app.get('/topics', (req, res) => {\n  cache.post('topics', () => {\n    res.redirect('/login');\n  });\n});",
    "events.all('saved', (res) => res.redirect('/x'));",
  ],
  invalid: [
    {
      name: "an event emitter's all('saved', fn) inside a POST handler leaves the handler the route",
      code: eventCallback,
      errors: [
        report(
          eventCallback,
          "res.redirect('/topic')",
          { code: '302', source: 'app.post()', method: 'POST' },
          "res.redirect(303, '/topic')",
          "res.redirect(307, '/topic')",
        ),
      ],
    },
    {
      name: "koa-router's named route: router.post(name, path, handler)",
      code: namedKoaRoute,
      errors: [
        report(
          namedKoaRoute,
          "ctx.redirect('/articles')",
          { code: '302', source: 'router.post()', method: 'POST' },
          "ctx.status = 303;\n  ctx.redirect('/articles')",
          "ctx.status = 307;\n  ctx.redirect('/articles')",
        ),
      ],
    },
  ],
});

const routerWithPathConstant =
  "const express = require('express');\nconst paths = require('./paths');\nconst router = express.Router();\nrouter.post(paths.login, (req, res) => {\n  res.redirect('/account');\n});";

tester.run('no-302-after-post: a router made by a factory takes any path', rule, {
  valid: [
    // Not made by a router factory: a stated path is needed.
    "const cache = createCache();\ncache.post(key, (req, res) => {\n  res.redirect('/account');\n});",
    // Express's `app.get(setting)` registers nothing.
    'const app = express();\nconst env = app.get(ENV);',
  ],
  invalid: [
    {
      code: routerWithPathConstant,
      languageOptions: commonJsScript,
      errors: [
        report(
          routerWithPathConstant,
          "res.redirect('/account')",
          { code: '302', source: 'router.post()', method: 'POST' },
          "res.redirect(303, '/account')",
          "res.redirect(307, '/account')",
        ),
      ],
    },
  ],
});

const chainedOnRouter =
  "const Router = require('@koa/router');\nconst router = new Router();\nrouter.get('/', home).post(config.loginRoute, async (ctx) => {\n  ctx.redirect('/account');\n});";

tester.run('no-302-after-post: registrations chained on a router made by a factory', rule, {
  valid: [],
  invalid: [
    {
      code: chainedOnRouter,
      languageOptions: commonJsScript,
      errors: [
        report(
          chainedOnRouter,
          "ctx.redirect('/account')",
          { code: '302', source: 'router.post()', method: 'POST' },
          "ctx.status = 303;\n  ctx.redirect('/account')",
          "ctx.status = 307;\n  ctx.redirect('/account')",
        ),
      ],
    },
  ],
});
