import { acceptsRange, fetchRejectsContent } from './types.js';
import type { ApiFamily, CallApi } from './types.js';

const msw = acceptsRange(200, 599, 'HttpResponse is a Fetch Response, whose constructor throws RangeError for statuses outside 200-599');

/** `new HttpResponse(body, init)` and `HttpResponse.json(body, init)`: a Response built as a value. */
const builds = (always: boolean): CallApi => ({
  value: true,
  status: { init: 1 },
  defaultStatus: 200,
  runtime: msw,
  content: { argument: 0, always },
  headers: { init: 1 },
  emptyBody: { kind: 'construct', constructor: 'HttpResponse' },
});

/** msw (Mock Service Worker): the mocked responses of `http.get(url, resolver)`. */
export const mswApis: ApiFamily = {
  framework: 'msw',
  imports: [
    {
      modules: ['msw'],
      constructors: { HttpResponse: { ...builds(false), emptyBody: { kind: 'null-content' } } },
      statics: { HttpResponse: { json: builds(true), text: builds(false), xml: builds(false), html: builds(false) } },
    },
  ],
  contentOnBodiless: (code) => `HttpResponse is a Fetch Response, whose constructor ${fetchRejectsContent(code)}`,
};
