import { fetchRejectsContent } from './types.js';
import { acceptsRange } from './types.js';
import type { ApiFamily, CallApi } from './types.js';

const remix = acceptsRange(200, 599, 'the Fetch Response it builds throws RangeError for statuses outside 200-599');

const builds = (always: boolean): CallApi => ({
  value: true,
  status: { argumentOrInit: 1 },
  defaultStatus: 200,
  runtime: remix,
  content: { argument: 0, always },
  headers: { init: 1 },
  emptyBody: { kind: 'construct', constructor: 'Response' },
});
const redirects: CallApi = {
  value: true,
  role: 'redirect',
  status: { argumentOrInit: 1 },
  defaultStatus: 302,
  runtime: remix,
  header: 'location',
  headers: { init: 1 },
  redirect: 'after-url',
};

/** Remix and React Router: `json`, `data`, `redirect*`, `replace`, and `action` exports. */
export const remixApis: ApiFamily = {
  framework: 'remix',
  imports: [
    {
      modules: /^(?:@remix-run\/|react-router|@react-router\/)/,
      functions: { json: builds(true), data: builds(false), redirect: redirects, redirectDocument: redirects, replace: redirects },
    },
  ],
  // Actions answer every method but GET and HEAD.
  routes: { exports: { action: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
  contentOnBodiless: (code) => `the Fetch Response it builds ${fetchRejectsContent(code)}`,
};
