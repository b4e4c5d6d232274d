import { fetchRedirectStatuses } from '../registry/index.js';
import { acceptsRange } from './types.js';
import type { CallApi, RuntimeCheck } from './types.js';

/** The Fetch Response constructor's check, worded for the API that builds one: "NextResponse, a Fetch Response,". */
export const fetchStatusRange = (constructor: string): RuntimeCheck =>
  acceptsRange(200, 599, `${constructor} throws RangeError for statuses outside 200-599`);

/** `Response.redirect()` and the like accept only the Fetch standard's redirect statuses. */
export const fetchRedirectCheck = (consequence: string): RuntimeCheck => ({
  accepts: (code) => fetchRedirectStatuses.has(code),
  consequence,
});

/**
 * What every Fetch-style Response builder shares: `new Response(body, init)` builds a value whose
 * status and headers sit in the init object, 200 when none is given.
 */
export function buildsResponse(runtime: RuntimeCheck, overrides: Partial<CallApi> = {}): CallApi {
  return {
    value: true,
    status: { init: 1 },
    defaultStatus: 200,
    runtime,
    content: { argument: 0 },
    headers: { init: 1 },
    emptyBody: { kind: 'null-content' },
    ...overrides,
  };
}

/** `Response.json(body, init)`: JSON is content even for `null`; without content it is `new <constructor>(null, init)`. */
export function buildsJson(runtime: RuntimeCheck, constructor: string, overrides: Partial<CallApi> = {}): CallApi {
  return buildsResponse(runtime, { content: { argument: 0, always: true }, emptyBody: { kind: 'construct', constructor }, ...overrides });
}

/** `Response.redirect(url, status | init)`: a value with Location, the status after the URL. */
export function buildsRedirect(runtime: RuntimeCheck, defaultStatus: number, overrides: Partial<CallApi> = {}): CallApi {
  return {
    value: true,
    role: 'redirect',
    status: { argumentOrInit: 1 },
    defaultStatus,
    runtime,
    header: 'location',
    redirect: 'after-url',
    ...overrides,
  };
}
