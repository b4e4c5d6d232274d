import { buildsJson, buildsRedirect, buildsResponse, fetchStatusRange } from './fetch-response.js';
import { fetchRejectsContent } from './types.js';
import { propertyValue } from '../ast/nodes.js';
import type { ApiFamily, Arguments, CallApi } from './types.js';

const remix = fetchStatusRange('the Fetch Response it builds');
// `json(body, 201)` or `json(body, { status: 201 })`.
const statusOrInit: Partial<CallApi> = { status: { argumentOrInit: 1 }, emptyBody: { kind: 'construct', constructor: 'Response' } };
const redirects = buildsRedirect(remix, 302, { headers: { init: 1 } });

/** The init object a helper takes last, when it states a status: `redirectWithToast(url, toast, { status: 302 })`. */
const lastInit = (args: Arguments) => {
  const last = args.length > 1 ? args[args.length - 1] : undefined;
  return last?.type === 'ObjectExpression' ? propertyValue(last, ['status']) : undefined;
};

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
  // A project's redirect helper is known only where it states its status in an init object.
  namedHelpers: [
    {
      name: /^redirect[A-Z]|Redirect$/,
      api: {
        ...redirects,
        status: { pick: lastInit },
        defaultStatus: undefined,
        headers: undefined,
        when: (call) => lastInit(call.arguments) !== undefined,
      },
    },
  ],
  // Actions answer every method but GET and HEAD.
  routes: { exports: { action: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
  contentOnBodiless: (code) => `the Fetch Response it builds ${fetchRejectsContent(code)}`,
};
