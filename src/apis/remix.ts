import { buildsJson, buildsRedirect, buildsResponse, fetchStatusRange } from './fetch-response.js';
import { fetchRejectsContent } from './types.js';
import type { ApiFamily, CallApi } from './types.js';

const remix = fetchStatusRange('the Fetch Response it builds');
// `json(body, 201)` or `json(body, { status: 201 })`.
const statusOrInit: Partial<CallApi> = { status: { argumentOrInit: 1 }, emptyBody: { kind: 'construct', constructor: 'Response' } };
const redirects = buildsRedirect(remix, 302, { headers: { init: 1 } });

/** Remix and React Router: `json`, `data`, `redirect*`, `replace`, and `action` exports. */
export const remixApis: ApiFamily = {
  framework: 'remix',
  imports: [
    {
      modules: /^(?:@remix-run\/|react-router|@react-router\/)/,
      functions: {
        json: buildsJson(remix, 'Response', statusOrInit),
        data: buildsResponse(remix, statusOrInit),
        redirect: redirects,
        redirectDocument: redirects,
        replace: redirects,
      },
    },
  ],
  // Actions answer every method but GET and HEAD.
  routes: { exports: { action: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
  contentOnBodiless: (code) => `the Fetch Response it builds ${fetchRejectsContent(code)}`,
};
