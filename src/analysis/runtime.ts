import { fetchRedirectStatuses } from '../registry/index.js';

/** What an API does with a status code at run time. */
export interface RuntimeCheck {
  /** Whether the API accepts the code. */
  accepts(code: number): boolean;
  /** What happens otherwise, as the end of a sentence: "Fastify throws FST_ERR_BAD_STATUS_CODE for codes outside 100-599". */
  readonly consequence: string;
}

const range = (min: number, max: number, consequence: string): RuntimeCheck => ({
  accepts: (code) => Number.isInteger(code) && code >= min && code <= max,
  consequence,
});

export const runtimeChecks = {
  node: range(100, 999, "Node's http module throws RangeError ERR_HTTP_INVALID_STATUS_CODE for codes outside 100-999"),
  express: range(100, 999, "Express 5 and Node's http module throw RangeError for codes outside 100-999"),
  koa: range(100, 999, 'Koa throws for codes outside 100-999'),
  koaThrow: range(100, 599, 'http-errors, behind ctx.throw(), turns codes outside 100-599 into 500'),
  fastify: range(100, 599, 'Fastify throws FST_ERR_BAD_STATUS_CODE for codes outside 100-599'),
  fetch: range(200, 599, 'the Fetch Response constructor throws RangeError for statuses outside 200-599'),
  // Cloudflare Workers accept 101 in a Response that carries a `webSocket`.
  fetchWebSocket: {
    accepts: (code: number) => code === 101 || (Number.isInteger(code) && code >= 200 && code <= 599),
    consequence: 'the Fetch Response constructor throws RangeError for statuses outside 200-599 (101 only with a webSocket)',
  },
  hono: range(200, 599, 'Hono builds a Fetch Response, whose constructor throws RangeError for statuses outside 200-599'),
  next: range(200, 599, 'NextResponse is a Fetch Response, whose constructor throws RangeError for statuses outside 200-599'),
  remix: range(200, 599, 'the Fetch Response it builds throws RangeError for statuses outside 200-599'),
  elysia: range(200, 599, 'Elysia builds a Fetch Response, whose constructor throws RangeError for statuses outside 200-599'),
  fetchRedirect: {
    accepts: (code: number) => fetchRedirectStatuses.has(code),
    consequence: 'Response.redirect() throws RangeError for anything but 301, 302, 303, 307 and 308 (Fetch standard section 5.5)',
  },
  nextRedirect: {
    accepts: (code: number) => fetchRedirectStatuses.has(code),
    consequence: 'NextResponse.redirect() throws RangeError for anything but 301, 302, 303, 307 and 308',
  },
  svelteError: range(400, 599, "SvelteKit's error() throws for codes outside 400-599"),
  svelteRedirect: range(300, 308, "SvelteKit's redirect() throws for codes outside 300-308"),
  h3: range(100, 999, 'h3 silently replaces codes outside 100-999 with its default'),
  httpErrors: range(100, 599, 'http-errors replaces codes outside 100-599 with 500'),
} satisfies Record<string, RuntimeCheck>;

/** The Fetch standard's null body statuses: a Response with content and one of these throws TypeError. */
const fetchNullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/**
 * What each framework does with content sent with a status that carries none (1xx, 204, 205, 304),
 * as the end of a sentence.
 */
export function contentOnBodilessConsequence(framework: string, code: number): string {
  const fetchThrows = fetchNullBodyStatuses.has(code) ? 'throws TypeError when it is given content' : 'throws RangeError for 1xx statuses';
  switch (framework) {
    case 'fetch':
      return `the Fetch Response constructor ${fetchThrows}`;
    case 'next':
      return `NextResponse is a Fetch Response, whose constructor ${fetchThrows}`;
    case 'hono':
      return `Hono builds a Fetch Response, whose constructor ${fetchThrows}`;
    case 'remix':
      return `the Fetch Response it builds ${fetchThrows}`;
    case 'koa':
      return 'Koa drops the content';
    case 'fastify':
      return code === 204 || code < 200 ? 'Fastify strips the content' : 'Fastify sends the content anyway';
    default:
      // Node's http module (and Express on top of it) skips content for 1xx, 204 and 304 only.
      return code === 205 ? "Node's http module sends the content anyway" : "Node's http module drops the content without a word";
  }
}
