import { acceptsRange } from './types.js';
import type { ApiFamily } from './types.js';

/** SvelteKit: `error()`, `fail()`, `redirect()`, endpoint exports and form actions. */
export const svelteKitApis: ApiFamily = {
  framework: 'sveltekit',
  imports: [
    {
      modules: ['@sveltejs/kit'],
      functions: {
        error: {
          role: 'throw',
          status: { argument: 0 },
          runtime: acceptsRange(400, 599, "SvelteKit's error() throws for codes outside 400-599"),
        },
        // `fail(400, data)`: the action's answer, sent with that status; it cannot set headers.
        fail: { value: true, status: { argument: 0 } },
        redirect: {
          value: true,
          role: 'redirect',
          status: { argument: 0 },
          runtime: acceptsRange(300, 308, "SvelteKit's redirect() throws for codes outside 300-308"),
          header: 'location',
          redirect: 'none',
        },
      },
    },
  ],
  routes: {
    exports: { GET: ['GET'], POST: ['POST'], PUT: ['PUT'], PATCH: ['PATCH'], DELETE: ['DELETE'], OPTIONS: ['OPTIONS'], HEAD: ['HEAD'] },
    exportedObjects: { actions: { methods: ['POST'], source: 'a SvelteKit form action' } },
  },
};
