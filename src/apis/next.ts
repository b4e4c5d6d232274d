import { fetchRedirectStatuses } from '../registry/index.js';
import { acceptsRange, fetchRejectsContent } from './types.js';
import type { ApiFamily, CallApi } from './types.js';

const next = acceptsRange(200, 599, 'NextResponse is a Fetch Response, whose constructor throws RangeError for statuses outside 200-599');
const nextRedirect = {
  accepts: (code: number) => fetchRedirectStatuses.has(code),
  consequence: 'NextResponse.redirect() throws RangeError for anything but 301, 302, 303, 307 and 308',
};

const construct: CallApi = {
  value: true,
  status: { init: 1 },
  defaultStatus: 200,
  runtime: next,
  content: { argument: 0 },
  headers: { init: 1 },
  emptyBody: { kind: 'null-content' },
};

/** Next.js: `NextResponse` and its statics, route-handler exports, and pages API routes (whose `res` is Node's). */
export const nextApis: ApiFamily = {
  framework: 'next',
  statics: {
    NextResponse: {
      json: { ...construct, content: { argument: 0, always: true }, emptyBody: { kind: 'construct', constructor: 'NextResponse' } },
      redirect: {
        value: true,
        role: 'redirect',
        status: { argumentOrInit: 1 },
        defaultStatus: 307,
        runtime: nextRedirect,
        header: 'location',
        redirect: 'after-url',
      },
      // Middleware: `NextResponse.rewrite(url, init)` and `NextResponse.next(init)` answer with their init's status.
      rewrite: { ...construct, content: undefined },
      next: { ...construct, status: { init: 0 }, headers: { init: 0 }, content: undefined },
    },
  },
  constructors: { NextResponse: construct },
  routes: {
    exports: { GET: ['GET'], POST: ['POST'], PUT: ['PUT'], PATCH: ['PATCH'], DELETE: ['DELETE'], OPTIONS: ['OPTIONS'], HEAD: ['HEAD'] },
  },
  contentOnBodiless: (code) => `NextResponse is a Fetch Response, whose constructor ${fetchRejectsContent(code)}`,
};
