import { fetchRedirectStatuses } from '../registry/index.js';
import { propertyValue } from '../ast/nodes.js';
import { acceptsRange, fetchRejectsContent } from './types.js';
import type { ApiFamily, CallApi } from './types.js';

const fetch = acceptsRange(200, 599, 'the Fetch Response constructor throws RangeError for statuses outside 200-599');
const fetchRedirect = {
  accepts: (code: number) => fetchRedirectStatuses.has(code),
  consequence: 'Response.redirect() throws RangeError for anything but 301, 302, 303, 307 and 308 (Fetch standard section 5.5)',
};
// Cloudflare Workers accept 101 in a Response that carries a `webSocket`.
const fetchWebSocket = {
  accepts: (code: number) => code === 101 || (Number.isInteger(code) && code >= 200 && code <= 599),
  consequence: 'the Fetch Response constructor throws RangeError for statuses outside 200-599 (101 only with a webSocket)',
};

const construct: CallApi = {
  value: true,
  status: { init: 1 },
  defaultStatus: 200,
  runtime: fetch,
  content: { argument: 0 },
  headers: { init: 1 },
  emptyBody: { kind: 'null-content' },
};

/** The Fetch API: `new Response()`, `Response.json()`, `Response.redirect()`, `Headers`. */
export const fetchApis: ApiFamily = {
  framework: 'fetch',
  statics: {
    Response: {
      json: { ...construct, content: { argument: 0, always: true }, emptyBody: { kind: 'construct', constructor: 'Response' } },
      redirect: {
        value: true,
        role: 'redirect',
        status: { argumentOrInit: 1 },
        defaultStatus: 302,
        runtime: fetchRedirect,
        header: 'location',
        redirect: 'after-url',
      },
    },
  },
  constructors: {
    Response: { ...construct, runtime: ([, init]) => (propertyValue(init, ['webSocket']) ? fetchWebSocket : fetch) },
  },
  headerConstructors: ['Headers'],
  contentOnBodiless: (code) => `the Fetch Response constructor ${fetchRejectsContent(code)}`,
};
