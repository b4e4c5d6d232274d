import { propertyValue } from '../ast/nodes.js';
import { buildsJson, buildsRedirect, buildsResponse, fetchRedirectCheck, fetchStatusRange } from './fetch-response.js';
import { fetchRejectsContent } from './types.js';
import type { ApiFamily } from './types.js';

const fetch = fetchStatusRange('the Fetch Response constructor');
// Cloudflare Workers accept 101 in a Response that carries a `webSocket`.
const fetchWebSocket = {
  accepts: (code: number) => code === 101 || fetch.accepts(code),
  consequence: 'the Fetch Response constructor throws RangeError outside 200-599 (101 only with a webSocket)',
};
const fetchRedirect = fetchRedirectCheck('Response.redirect() throws RangeError for codes other than 301-303, 307 and 308');

/** The Fetch API: `new Response()`, `Response.json()`, `Response.redirect()`, `Headers`. */
export const fetchApis: ApiFamily = {
  framework: 'fetch',
  statics: { Response: { json: buildsJson(fetch, 'Response'), redirect: buildsRedirect(fetchRedirect, 302) } },
  constructors: {
    Response: [
      buildsResponse(fetchWebSocket, { when: ({ arguments: [, init] }) => propertyValue(init, ['webSocket']) !== undefined }),
      buildsResponse(fetch),
    ],
  },
  headerConstructors: ['Headers'],
  contentOnBodiless: (code) => `the Fetch Response constructor ${fetchRejectsContent(code)}`,
};
