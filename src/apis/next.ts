import { buildsJson, buildsRedirect, buildsResponse, fetchRedirectCheck, fetchStatusRange } from './fetch-response.js';
import { fetchRejectsContent } from './types.js';
import type { ApiFamily } from './types.js';

const next = fetchStatusRange('NextResponse, a Fetch Response,');
const nextRedirect = fetchRedirectCheck('NextResponse.redirect() throws RangeError for codes other than 301-303, 307 and 308');

/** Next.js: `NextResponse` and its statics, route-handler exports, and pages API routes (whose `res` is Node's). */
export const nextApis: ApiFamily = {
  framework: 'next',
  statics: {
    NextResponse: {
      json: buildsJson(next, 'NextResponse'),
      redirect: buildsRedirect(nextRedirect, 307),
      // Middleware: `NextResponse.rewrite(url, init)` and `NextResponse.next(init)` answer with their init's status.
      rewrite: buildsResponse(next, { content: undefined }),
      next: buildsResponse(next, { status: { init: 0 }, headers: { init: 0 }, content: undefined }),
    },
  },
  constructors: { NextResponse: buildsResponse(next) },
  routes: {
    exports: { GET: ['GET'], POST: ['POST'], PUT: ['PUT'], PATCH: ['PATCH'], DELETE: ['DELETE'], OPTIONS: ['OPTIONS'], HEAD: ['HEAD'] },
  },
  // next-auth reads the session from the request (refreshing its cookie); it sets no other header.
  readers: ['getServerSession', 'unstable_getServerSession', 'getToken'],
  contentOnBodiless: (code) => `NextResponse, a Fetch Response, ${fetchRejectsContent(code)}`,
};
