import { isKoaRedirect } from './koa.js';
import { buildsRedirect, buildsResponse, fetchStatusRange } from './fetch-response.js';
import { fetchRejectsContent } from './types.js';
import type { ApiFamily, CallApi, HandleApis } from './types.js';

const hono = fetchStatusRange("Hono's Fetch Response");

/** `c.json(body, status | init, headers)`: a Response built from the context, which adds its own headers. */
const builds = (always = false): CallApi =>
  buildsResponse(hono, {
    status: { argumentOrInit: 1 },
    defaultStatus: undefined,
    content: { argument: 0, always },
    headers: { init: 1, argument: 2 },
    emptyBody: { kind: 'method', method: 'body' },
  });

const context: HandleApis = {
  methods: {
    status: { status: { argument: 0 }, runtime: hono },
    header: { headers: { argument: 0 } },
    json: builds(true),
    text: builds(),
    html: builds(),
    body: builds(),
    newResponse: builds(),
    redirect: buildsRedirect(hono, 302, { status: { argument: 1 } }),
  },
};

/** Hono's context `c` (or `ctx`) and `HTTPException`. */
export const honoApis: ApiFamily = {
  framework: 'hono',
  routes: { routerFactories: ['Hono', 'OpenAPIHono'] },
  handles: {
    'hono-context': { ...context, names: ['c'] },
    // Koa's `ctx.redirect(url)` is a statement; Hono's handlers return `ctx.redirect(url, status)`.
    context: { methods: { ...context.methods, redirect: { ...context.methods!.redirect!, when: (call) => !isKoaRedirect(call) } } },
  },
  constructors: { HTTPException: { role: 'throw', status: { argument: 0 }, runtime: hono } },
  contentOnBodiless: (code) => `Hono's Fetch Response ${fetchRejectsContent(code)}`,
};
