import { isKoaRedirect } from './koa.js';
import { acceptsRange, fetchRejectsContent } from './types.js';
import type { ApiFamily, CallApi, HandleApis } from './types.js';

const hono = acceptsRange(200, 599, 'Hono builds a Fetch Response, whose constructor throws RangeError for statuses outside 200-599');

/** `c.json(body, status | init, headers)`: a Response built from the context, which adds its own headers. */
const builds = (always = false): CallApi => ({
  value: true,
  status: { argumentOrInit: 1 },
  runtime: hono,
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
    redirect: {
      value: true,
      role: 'redirect',
      status: { argument: 1 },
      runtime: hono,
      defaultStatus: 302,
      redirect: 'after-url',
      header: 'location',
    },
  },
};

/** Hono's context `c` (or `ctx`) and `HTTPException`. */
export const honoApis: ApiFamily = {
  framework: 'hono',
  handles: {
    'hono-context': { ...context, names: ['c'] },
    // Koa's `ctx.redirect(url)` is a statement; Hono's handlers return `ctx.redirect(url, status)`.
    context: { methods: { ...context.methods, redirect: { ...context.methods!.redirect!, when: (call) => !isKoaRedirect(call) } } },
  },
  constructors: { HTTPException: { role: 'throw', status: { argument: 0 }, runtime: hono } },
  contentOnBodiless: (code) => `Hono builds a Fetch Response, whose constructor ${fetchRejectsContent(code)}`,
};
