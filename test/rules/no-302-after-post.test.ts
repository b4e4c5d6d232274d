import rule from '../../rules/no-302-after-post.js';
import { redirectReport } from '../redirect-reports.js';
import { commonJsScript, createTester, exactly, fixtureFile, locate } from '../rule-tester.js';

const tester = createTester();

const report = redirectReport;

const express = "app.post('/login', (req, res) => {\n  res.redirect('/home');\n});";
const expressExplicit = "router.put('/items/:id', (req, res) => res.redirect(301, '/items'));";
const route = "app.route('/items/:id').delete((req, res) => res.redirect('/items'));";
const named = "async function create(req, res) {\n  res.redirect('/done');\n}\nrouter.patch('/x', create);";
const fastify = "fastify.post('/x', async (request, reply) => reply.redirect('/y'));";
const fastifyRoute = "fastify.route({ method: ['POST', 'PUT'], url: '/x', handler: async (request, reply) => reply.redirect('/y', 302) });";
const koa = "router.post('/x', async (ctx) => {\n  ctx.redirect('/y');\n});";
const hono = "app.post('/x', (c) => c.redirect('/y'));";
const next = 'export async function POST(request) {\n  return Response.redirect(new URL("/done", request.url));\n}';
const nextExplicit = 'export async function PUT(request) {\n  return NextResponse.redirect(url, 302);\n}';
const nest = "class C {\n  @Post()\n  @Redirect('/done')\n  create() {}\n}";
const svelte =
  "import { redirect } from '@sveltejs/kit';\nexport const actions = {\n  default: async () => {\n    redirect(302, '/done');\n  },\n};";
const remix = "import { redirect } from '@remix-run/node';\nexport async function action() {\n  return redirect('/done');\n}";
/** Imported under another name: the analysis starts from the local name. */
const remixAlias = "import { redirect as goTo } from '@remix-run/node';\nexport async function action() {\n  return goTo('/done');\n}";
const ternaryRedirect = "app.post('/x', (req, res) => res.redirect(done ? 302 : 303, '/y'));";
const fallbackRedirect =
  "export function POST() { return NextResponse.redirect(url, status ?? 302); }\nfastify.put('/x', async (request, reply) => reply.redirect('/y', 301 as const));";
const constantRedirect = "const MOVED = 301;\nrouter.delete('/x', (ctx) => Response.redirect(url, MOVED));";
// In a project whose package.json lists http-status-codes, the suggestions write its constants as no-magic-status would.
const hscFile = fixtureFile('hsc-app', 'routes.js');
const esmInProject = "import express from 'express';\napp.post('/login', (req, res) => {\n  res.redirect('/home');\n});";
const cjsInProject = "const express = require('express');\nrouter.put('/items/:id', (req, res) => res.redirect(302, '/items'));";
const koaInProject = "import Router from '@koa/router';\nrouter.post('/x', async (ctx) => {\n  ctx.redirect('/y');\n});";
const shadowedInProject = "app.post('/x', (req, res) => {\n  const StatusCodes = {};\n  res.redirect('/y');\n});";
const withConstants =
  "import { StatusCodes } from 'http-status-codes';\napp.post('/x', (req, res) => res.redirect(StatusCodes.MOVED_TEMPORARILY, '/y'));";

/** Handlers exported under a method name in any form, and redirects whose init object states the status. */
const exported = {
  specifiers:
    'const handler = async (request) => NextResponse.redirect(url, { status: 302 });\nexport { handler as GET, handler as POST };',
  alias: 'async function handler(request) {\n  return NextResponse.redirect(url, { status: 301 });\n}\nexport const PUT = handler;',
  wrapped: 'export const DELETE = withAuth(async (request) => NextResponse.redirect(url, { status: 302 }));',
  wrappedThenExported:
    'const POST = withAuth(async (request) => {\n  return NextResponse.redirect(url, { status: 302 });\n});\nexport { POST };',
  reactRouterInit:
    "import { redirect } from 'react-router';\nexport async function action() {\n  return redirect('/done', { status: 302 });\n}",
  helperInit:
    "import { redirectWithToast } from '#app/utils/toast.server.ts';\nexport async function action() {\n  return redirectWithToast('/done', { title: 'Saved' }, { status: 302 });\n}",
  heldInit:
    "import { redirect, data } from 'react-router';\nexport async function action() {\n  const responseInit = { headers: { 'set-cookie': cookie } };\n  if (to) return redirect(to, responseInit);\n  return data({ ok: true }, responseInit);\n}",
  heldStatus:
    "import { redirect } from 'react-router';\nconst moved = { status: 301 };\nexport async function action() {\n  if (old) return redirect('/old', moved);\n  return redirect('/new', moved);\n}",
};

tester.run('no-302-after-post', rule, {
  valid: [
    "app.get('/x', (req, res) => res.redirect('/y'));",
    // Exports under a safe method, explicit safe statuses, and inits the code may change
    'const handler = async () => NextResponse.redirect(url, { status: 302 });\nexport { handler as GET };',
    'export const GET = withAuth(async () => NextResponse.redirect(url, { status: 302 }));',
    'const handler = async () => NextResponse.redirect(url, { status: 302 });\nexport const config = handler;',
    "export async function action() {\n  return redirectWithToast('/done', { title: 'Saved' }, { status: 303 });\n}",
    "export async function action() {\n  return redirectWithToast('/done', { title: 'Saved' });\n}",
    "export async function action() {\n  return sendWithToast('/done', { title: 'Saved' }, { status: 302 });\n}",
    "import { redirect } from 'react-router';\nexport async function action() {\n  const init = { status: 303 };\n  init.status = 302;\n  return redirect('/x', init);\n}",
    "import { redirect } from 'react-router';\nexport async function action() {\n  let init = { status: 302 };\n  return redirect('/x', init);\n}",
    "import { redirect } from 'react-router';\nexport async function action() {\n  const init = { status: 302 };\n  Object.assign(init, { status: 303 });\n  return redirect('/x', init);\n}",
    "import { redirect } from 'react-router';\nexport async function action() {\n  const init = { ...base };\n  return redirect('/x', init);\n}",
    "import { redirect } from 'react-router';\nconst moved = { status: 301 };\nexport function loader() {\n  return redirect('/new', moved);\n}",
    "app.post('/x', (req, res) => res.redirect(303, '/y'));",
    "app.post('/x', (req, res) => res.redirect(307, '/y'));",
    "app.post('/x', (req, res) => res.redirect(308, '/y'));",
    "app.post('/x', (req, res) => res.redirect(code, '/y'));",
    "app.all('/x', (req, res) => res.redirect('/y'));",
    "fastify.post('/x', async (request, reply) => reply.redirect('/y', 303));",
    "app.post('/x', (c) => c.redirect('/y', 303));",
    // Next.js redirects default to 307; next/navigation's redirect() takes no status
    'export async function POST(request) { return NextResponse.redirect(new URL("/x", request.url)); }',
    "import { redirect } from 'next/navigation';\nexport async function POST() { redirect('/x'); }",
    "import { redirect } from '@sveltejs/kit';\nexport const actions = { default: async () => { redirect(303, '/done'); } };",
    // Not handlers
    'const r = Response.redirect(url);',
    "axios.post('/x', data).then(() => res.redirect('/y'));",
    "function helper(res) { res.redirect('/y'); }",
    "class C { @Get() @Redirect('/docs') docs() {} }",
    // @Redirect() without a URL takes its status from the return value
    'class C { @Post() @Redirect() create() { return { url: "/x", statusCode: 303 }; } }',
    { code: "app.post('/x', (req, res) => res.redirect('/y'));", options: [{ methods: ['DELETE'] }] },
    // msw's HttpResponse is a class, not a response object (seen in hono's tests)
    "http.post('/x', async () => HttpResponse.redirect('/'));",
  ],
  invalid: [
    // The value model: each code of a redirect's status expression is checked and fixed alone.
    {
      name: 'value model: the 302 branch of a ternary',
      code: ternaryRedirect,
      errors: [
        report(
          ternaryRedirect,
          '302',
          { code: '302', source: 'app.post()', method: 'POST' },
          ternaryRedirect.replace('302', '303'),
          ternaryRedirect.replace('302', '307'),
        ),
      ],
    },
    {
      name: 'value model: a fallback and a cast',
      code: fallbackRedirect,
      errors: [
        report(
          fallbackRedirect,
          '302',
          { code: '302', source: 'export POST', method: 'POST' },
          fallbackRedirect.replace('302', '303'),
          fallbackRedirect.replace('302', '307'),
        ),
        report(
          fallbackRedirect,
          '301',
          { code: '301', source: 'fastify.put()', method: 'PUT' },
          fallbackRedirect.replace('301', '303'),
          fallbackRedirect.replace('301', '307'),
        ),
      ],
    },
    {
      name: 'value model: a same-file constant is reported where the redirect uses it',
      code: constantRedirect,
      errors: [
        {
          ...report(
            constantRedirect,
            'MOVED)',
            { code: '301', source: 'router.delete()', method: 'DELETE' },
            constantRedirect.replace('url, MOVED)', 'url, 303)'),
            constantRedirect.replace('url, MOVED)', 'url, 307)'),
          ),
          ...locate(constantRedirect, 'MOVED', 2),
        },
      ],
    },
    {
      name: 'express default 302 after POST, with the exact message',
      code: express,
      errors: [
        exactly(
          'A 302 redirect answering POST may change the method: use 303 for a GET, or 307 to keep POST. RFC 9110 section 15.4.3 lets clients change it. Handler: app.post().',
          {
            ...locate(express, "res.redirect('/home')"),
            suggestions: [
              {
                messageId: 'useSeeOther',
                data: { status: '303 See Other', method: 'POST' },
                output: express.replace("redirect('/home')", "redirect(303, '/home')"),
              },
              {
                messageId: 'useTemporaryRedirect',
                data: { status: '307 Temporary Redirect', method: 'POST' },
                output: express.replace("redirect('/home')", "redirect(307, '/home')"),
              },
            ],
          },
        ),
      ],
    },
    {
      name: 'express explicit 301 after PUT',
      code: expressExplicit,
      errors: [
        report(
          expressExplicit,
          '301',
          { code: '301', source: 'router.put()', method: 'PUT' },
          expressExplicit.replace('301', '303'),
          expressExplicit.replace('301', '307'),
        ),
      ],
    },
    {
      name: 'express app.route().delete()',
      code: route,
      errors: [
        report(
          route,
          "res.redirect('/items')",
          { code: '302', source: 'route(...).delete()', method: 'DELETE' },
          route.replace("redirect('/items')", "redirect(303, '/items')"),
          route.replace("redirect('/items')", "redirect(307, '/items')"),
        ),
      ],
    },
    {
      name: 'a named handler given to the router',
      code: named,
      errors: [
        report(
          named,
          "res.redirect('/done')",
          { code: '302', source: 'router.patch()', method: 'PATCH' },
          named.replace("redirect('/done')", "redirect(303, '/done')"),
          named.replace("redirect('/done')", "redirect(307, '/done')"),
        ),
      ],
    },
    {
      name: 'fastify default: the status goes after the URL (Fastify 5)',
      code: fastify,
      errors: [
        report(
          fastify,
          "reply.redirect('/y')",
          { code: '302', source: 'fastify.post()', method: 'POST' },
          fastify.replace("redirect('/y')", "redirect('/y', 303)"),
          fastify.replace("redirect('/y')", "redirect('/y', 307)"),
        ),
      ],
    },
    {
      name: 'fastify.route({ method, handler })',
      code: fastifyRoute,
      errors: [
        report(
          fastifyRoute,
          '302',
          { code: '302', source: 'route({ method })', method: 'POST' },
          fastifyRoute.replace("'/y', 302", "'/y', 303"),
          fastifyRoute.replace("'/y', 302", "'/y', 307"),
        ),
      ],
    },
    {
      name: 'koa ctx.redirect(): the status is set before it',
      code: koa,
      errors: [
        report(
          koa,
          "ctx.redirect('/y')",
          { code: '302', source: 'router.post()', method: 'POST' },
          koa.replace("  ctx.redirect('/y');", "  ctx.status = 303;\n  ctx.redirect('/y');"),
          koa.replace("  ctx.redirect('/y');", "  ctx.status = 307;\n  ctx.redirect('/y');"),
        ),
      ],
    },
    {
      name: 'hono c.redirect()',
      code: hono,
      errors: [
        report(
          hono,
          "c.redirect('/y')",
          { code: '302', source: 'app.post()', method: 'POST' },
          hono.replace("redirect('/y')", "redirect('/y', 303)"),
          hono.replace("redirect('/y')", "redirect('/y', 307)"),
        ),
      ],
    },
    {
      name: 'fetch Response.redirect() in a Next.js POST route handler',
      code: next,
      errors: [
        report(
          next,
          'Response.redirect(new URL("/done", request.url))',
          { code: '302', source: 'export POST', method: 'POST' },
          next.replace('request.url))', 'request.url), 303)'),
          next.replace('request.url))', 'request.url), 307)'),
        ),
      ],
    },
    {
      name: 'next NextResponse.redirect(url, 302) in PUT',
      code: nextExplicit,
      errors: [
        report(
          nextExplicit,
          '302',
          { code: '302', source: 'export PUT', method: 'PUT' },
          nextExplicit.replace('302', '303'),
          nextExplicit.replace('302', '307'),
        ),
      ],
    },
    {
      name: 'nest @Redirect(url) on @Post()',
      code: nest,
      errors: [
        report(
          nest,
          "Redirect('/done')",
          { code: '302', source: '@Post()', method: 'POST' },
          nest.replace("Redirect('/done')", "Redirect('/done', 303)"),
          nest.replace("Redirect('/done')", "Redirect('/done', 307)"),
        ),
      ],
    },
    {
      name: 'sveltekit redirect(302) in a form action',
      code: svelte,
      errors: [
        report(
          svelte,
          '302',
          { code: '302', source: 'a SvelteKit form action', method: 'POST' },
          svelte.replace('302', '303'),
          svelte.replace('302', '307'),
        ),
      ],
    },
    {
      name: 'export { handler as GET, handler as POST } serves POST',
      code: exported.specifiers,
      errors: [
        report(
          exported.specifiers,
          '302',
          { code: '302', source: 'export GET, export POST', method: 'POST' },
          exported.specifiers.replace('302', '303'),
          exported.specifiers.replace('302', '307'),
        ),
      ],
    },
    {
      name: 'export const PUT = handler serves PUT',
      code: exported.alias,
      errors: [
        report(
          exported.alias,
          '301',
          { code: '301', source: 'export PUT', method: 'PUT' },
          exported.alias.replace('301', '303'),
          exported.alias.replace('301', '307'),
        ),
      ],
    },
    {
      name: 'export const DELETE = withAuth(async () => ...) serves DELETE',
      code: exported.wrapped,
      errors: [
        report(
          exported.wrapped,
          '302',
          { code: '302', source: 'export DELETE', method: 'DELETE' },
          exported.wrapped.replace('302', '303'),
          exported.wrapped.replace('302', '307'),
        ),
      ],
    },
    {
      name: 'const POST = withAuth(...) exported as export { POST }',
      code: exported.wrappedThenExported,
      errors: [
        report(
          exported.wrappedThenExported,
          '302',
          { code: '302', source: 'export POST', method: 'POST' },
          exported.wrappedThenExported.replace('302', '303'),
          exported.wrappedThenExported.replace('302', '307'),
        ),
      ],
    },
    {
      name: 'React Router redirect(url, { status: 302 }) in an action',
      code: exported.reactRouterInit,
      errors: [
        report(
          exported.reactRouterInit,
          '302',
          { code: '302', source: 'export action', method: 'POST' },
          exported.reactRouterInit.replace('302', '303'),
          exported.reactRouterInit.replace('302', '307'),
        ),
      ],
    },
    {
      name: 'a project redirect helper whose last argument is an init with 302',
      code: exported.helperInit,
      errors: [
        report(
          exported.helperInit,
          '302',
          { code: '302', source: 'export action', method: 'POST' },
          exported.helperInit.replace('302', '303'),
          exported.helperInit.replace('302', '307'),
        ),
      ],
    },
    {
      // The init is a variable: no safe place for a status argument, so no suggestion.
      name: 'a same-file const init without a status leaves the default 302',
      code: exported.heldInit,
      errors: [
        {
          messageId: 'redirectAfterUnsafeMethod',
          data: { code: '302', source: 'export action', method: 'POST', section: '15.4.3' },
          ...locate(exported.heldInit, 'redirect(to, responseInit)'),
          suggestions: [],
        },
      ],
    },
    {
      // Changing the shared const would change every response that uses it: no suggestion.
      name: 'a status in a same-file const init is reported once, where it is stated',
      code: exported.heldStatus,
      errors: [
        {
          messageId: 'redirectAfterUnsafeMethod',
          data: { code: '301', source: 'export action', method: 'POST', section: '15.4.2' },
          ...locate(exported.heldStatus, '301'),
          suggestions: [],
        },
      ],
    },
    {
      name: 'remix redirect() from an action',
      code: remix,
      errors: [
        report(
          remix,
          "redirect('/done')",
          { code: '302', source: 'export action', method: 'POST' },
          remix.replace("redirect('/done')", "redirect('/done', 303)"),
          remix.replace("redirect('/done')", "redirect('/done', 307)"),
        ),
      ],
    },
    {
      name: 'remix redirect() imported under another name',
      code: remixAlias,
      errors: [
        report(
          remixAlias,
          "goTo('/done')",
          { code: '302', source: 'export action', method: 'POST' },
          remixAlias.replace("goTo('/done')", "goTo('/done', 303)"),
          remixAlias.replace("goTo('/done')", "goTo('/done', 307)"),
        ),
      ],
    },
    {
      name: "suggestions use the file's constants",
      code: withConstants,
      errors: [
        report(
          withConstants,
          'StatusCodes.MOVED_TEMPORARILY',
          { code: '302', source: 'app.post()', method: 'POST' },
          withConstants.replace('StatusCodes.MOVED_TEMPORARILY', 'StatusCodes.SEE_OTHER'),
          withConstants.replace('StatusCodes.MOVED_TEMPORARILY', 'StatusCodes.TEMPORARY_REDIRECT'),
          'StatusCodes.SEE_OTHER (303 See Other)',
          'StatusCodes.TEMPORARY_REDIRECT (307 Temporary Redirect)',
        ),
      ],
    },
    {
      name: 'in a project with a constants package: the constant and its import (ESM)',
      code: esmInProject,
      filename: hscFile,
      errors: [
        report(
          esmInProject,
          "res.redirect('/home')",
          { code: '302', source: 'app.post()', method: 'POST' },
          "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\napp.post('/login', (req, res) => {\n  res.redirect(StatusCodes.SEE_OTHER, '/home');\n});",
          "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\napp.post('/login', (req, res) => {\n  res.redirect(StatusCodes.TEMPORARY_REDIRECT, '/home');\n});",
          'StatusCodes.SEE_OTHER (303 See Other)',
          'StatusCodes.TEMPORARY_REDIRECT (307 Temporary Redirect)',
        ),
      ],
    },
    {
      name: 'in a project with a constants package: the constant and its require (CommonJS)',
      code: cjsInProject,
      filename: hscFile,
      languageOptions: commonJsScript,
      errors: [
        report(
          cjsInProject,
          '302',
          { code: '302', source: 'router.put()', method: 'PUT' },
          "const express = require('express');\nconst { StatusCodes } = require('http-status-codes');\nrouter.put('/items/:id', (req, res) => res.redirect(StatusCodes.SEE_OTHER, '/items'));",
          "const express = require('express');\nconst { StatusCodes } = require('http-status-codes');\nrouter.put('/items/:id', (req, res) => res.redirect(StatusCodes.TEMPORARY_REDIRECT, '/items'));",
          'StatusCodes.SEE_OTHER (303 See Other)',
          'StatusCodes.TEMPORARY_REDIRECT (307 Temporary Redirect)',
        ),
      ],
    },
    {
      name: 'in a project with a constants package: koa sets the constant before the redirect',
      code: koaInProject,
      filename: hscFile,
      errors: [
        report(
          koaInProject,
          "ctx.redirect('/y')",
          { code: '302', source: 'router.post()', method: 'POST' },
          "import Router from '@koa/router';\nimport { StatusCodes } from 'http-status-codes';\nrouter.post('/x', async (ctx) => {\n  ctx.status = StatusCodes.SEE_OTHER;\n  ctx.redirect('/y');\n});",
          "import Router from '@koa/router';\nimport { StatusCodes } from 'http-status-codes';\nrouter.post('/x', async (ctx) => {\n  ctx.status = StatusCodes.TEMPORARY_REDIRECT;\n  ctx.redirect('/y');\n});",
          'StatusCodes.SEE_OTHER (303 See Other)',
          'StatusCodes.TEMPORARY_REDIRECT (307 Temporary Redirect)',
        ),
      ],
    },
    {
      name: 'in a project with a constants package: a local StatusCodes keeps the number',
      code: shadowedInProject,
      filename: hscFile,
      errors: [
        report(
          shadowedInProject,
          "res.redirect('/y')",
          { code: '302', source: 'app.post()', method: 'POST' },
          shadowedInProject.replace("redirect('/y')", "redirect(303, '/y')"),
          shadowedInProject.replace("redirect('/y')", "redirect(307, '/y')"),
        ),
      ],
    },
    {
      name: "a response object shared by handlers takes each redirect's own handler method",
      code: "const response = makeResponse();\napp.get('/a', () => response.redirect('/x'));\napp.delete('/b', () => response.redirect('/y'));",
      errors: [
        report(
          "const response = makeResponse();\napp.get('/a', () => response.redirect('/x'));\napp.delete('/b', () => response.redirect('/y'));",
          "response.redirect('/y')",
          { code: '302', source: 'app.delete()', method: 'DELETE' },
          "const response = makeResponse();\napp.get('/a', () => response.redirect('/x'));\napp.delete('/b', () => response.redirect(303, '/y'));",
          "const response = makeResponse();\napp.get('/a', () => response.redirect('/x'));\napp.delete('/b', () => response.redirect(307, '/y'));",
        ),
      ],
    },
    {
      name: 'option methods adds OPTIONS',
      code: "app.options('/x', (req, res) => res.redirect('/y'));",
      options: [{ methods: ['OPTIONS'] }],
      errors: [
        report(
          "app.options('/x', (req, res) => res.redirect('/y'));",
          "res.redirect('/y')",
          { code: '302', source: 'app.options()', method: 'OPTIONS' },
          "app.options('/x', (req, res) => res.redirect(303, '/y'));",
          "app.options('/x', (req, res) => res.redirect(307, '/y'));",
        ),
      ],
    },
  ],
});
