import { buildsJson, buildsResponse, fetchStatusRange } from './fetch-response.js';
import { fetchRejectsContent } from './types.js';
import type { ApiFamily } from './types.js';

const msw = fetchStatusRange('HttpResponse, a Fetch Response,');
const builds = buildsResponse(msw, { emptyBody: { kind: 'construct', constructor: 'HttpResponse' } });

/** msw (Mock Service Worker): the mocked responses of `http.get(url, resolver)`. */
export const mswApis: ApiFamily = {
  framework: 'msw',
  imports: [
    {
      modules: ['msw'],
      constructors: { HttpResponse: buildsResponse(msw) },
      statics: { HttpResponse: { json: buildsJson(msw, 'HttpResponse'), text: builds, xml: builds, html: builds } },
    },
  ],
  contentOnBodiless: (code) => `HttpResponse, a Fetch Response, ${fetchRejectsContent(code)}`,
};
