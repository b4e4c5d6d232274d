import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { ReturnedValue } from '../ast/nodes.js';

export type Framework =
  | 'node'
  | 'express'
  | 'fastify'
  | 'koa'
  | 'hono'
  | 'fetch'
  | 'next'
  | 'nestjs'
  | 'h3'
  | 'http-errors'
  | 'sveltekit'
  | 'remix'
  | 'elysia'
  | 'hapi'
  | 'aws-lambda'
  | 'msw'
  | 'invariant'
  | 'openapi'
  | 'tsoa'
  | 'routing-controllers'
  | 'test'
  | 'code'
  /** A response helper of the project, learned from its module (src/project/helpers.ts). */
  | 'project';

/**
 * What the status does where it stands.
 * - send: sets the status of a response; throw: an error carrying one; redirect: a redirect's status;
 * - declare: documents or declares it (decorators); compare: code reads and compares one;
 * - assert: a test asserts one; range: a relational check (`status >= 400`).
 */
export type StatusRole = 'send' | 'throw' | 'redirect' | 'declare' | 'compare' | 'assert' | 'range';

/** A response object that code receives and acts on, judged by its name and where it comes from. */
export type HandleKind =
  /** Node's ServerResponse and Express/Connect/Next.js pages `res`. */
  | 'node-res'
  /** Fastify's `reply`. */
  | 'fastify-reply'
  /** `ctx`/`context`: Koa's context, or Hono's when called like Hono's. */
  | 'context'
  /** Hono's `c`. */
  | 'hono-context'
  /** Koa's `ctx.response`. */
  | 'koa-response'
  /** hapi's `h.response(value)`. */
  | 'hapi-response'
  /** Elysia's `set`. */
  | 'elysia-set';

/** What an API does with a status code at run time. */
export interface RuntimeCheck {
  /** Whether the API accepts the code. */
  accepts(code: number): boolean;
  /** What happens otherwise, as the end of a sentence: "Fastify throws FST_ERR_BAD_STATUS_CODE for codes outside 100-599". */
  readonly consequence: string;
}

export const acceptsRange = (min: number, max: number, consequence: string): RuntimeCheck => ({
  accepts: (code) => Number.isInteger(code) && code >= min && code <= max,
  consequence,
});

export type Arguments = readonly TSESTree.CallExpressionArgument[];

/**
 * Where a call or `new` holds its status. When the place is empty the API's default applies;
 * when it holds something that is not a status (a variable init object) the status is unknown.
 */
export type StatusPlace =
  /** The argument itself: `res.status(404)`. */
  | { readonly argument: number }
  /** The `status` key of the init object at that argument: `new Response(b, { status: 404 })`. */
  | { readonly init: number }
  /** A number or an init object: `json(b, 201)`, `json(b, { status: 201 })`. */
  | { readonly argumentOrInit: number }
  /** Where a table cannot say it (http-errors takes its arguments in any order). */
  | { readonly pick: (args: Arguments) => TSESTree.Node | undefined };

/**
 * Where headers are given: the init object's `headers` at `init`, else the name or object at
 * `argument` (`res.set('Allow', x)`, `res.set({ Allow })`), or as picked.
 */
export interface HeaderPlace {
  readonly init?: number;
  readonly argument?: number;
  readonly pick?: (args: Arguments) => TSESTree.Node | undefined;
}

/**
 * Where an explicit status goes when a redirect relies on its default: before the URL
 * (Express `res.redirect(303, url)`), after it (Fastify 5, Hono, Fetch, Remix, NestJS), or in
 * an assignment to the handle's `assign` property before the statement (Koa `ctx.status = 303; ctx.redirect(url)`).
 */
export type StatusEdit = 'before-url' | 'after-url' | { readonly assign: string };

/** How the same response is sent without content, for the bodiless rule's suggestions. */
export type EmptyBodyEdit =
  /** `res.json(x)` -> `res.end()`; with `sendStatus`, `res.status(204).json(x)` -> `res.sendStatus(204)` too. */
  | { readonly kind: 'call'; readonly call: string; readonly statusMethod?: string; readonly sendStatus?: string }
  /** `new Response(x, init)` -> `new Response(null, init)`. */
  | { readonly kind: 'null-content' }
  /** `c.json(x, 204)` -> `c.body(null, 204)`. */
  | { readonly kind: 'method'; readonly method: string }
  /** `Response.json(x, init)` -> `new Response(null, init)`. */
  | { readonly kind: 'construct'; readonly constructor: string }
  /** `ctx.body = x` -> `ctx.body = null`. */
  | { readonly kind: 'assign-null' };

/** One API: a method of a handle, a static, a constructor or an imported function. */
export interface CallApi {
  /** Defaults to the family's. */
  readonly framework?: Framework;
  readonly status?: StatusPlace;
  /** Defaults to 'send'. */
  readonly role?: StatusRole;
  readonly runtime?: RuntimeCheck;
  /** The status when the place is empty; absent: unknown (Hono's `c.json(x)` keeps the context's). */
  readonly defaultStatus?: number;
  /** A header the API sets itself: `res.location(url)` sets Location. */
  readonly header?: string;
  readonly headers?: HeaderPlace;
  /** The content it sends; `always` when it sends some whatever the argument (`res.render`, JSON helpers). */
  readonly content?: { readonly argument: number; readonly always?: boolean };
  /** A redirect, and where an explicit status goes. */
  readonly redirect?: StatusEdit | 'none';
  /** Builds a response as a value (`new Response()`, `c.json()`) rather than acting on a handle. */
  readonly value?: boolean;
  readonly emptyBody?: EmptyBodyEdit;
  /** A method decorator whose status applies to what the method returns: NestJS `@HttpCode(204)`. */
  readonly setsResultStatus?: boolean;
  /** Applies only when this holds: Koa's `ctx.redirect(url)` is a statement, Hono's is returned. */
  readonly when?: (call: TSESTree.CallExpression | TSESTree.NewExpression) => boolean;
  /** The response it acts on is the argument at this index: a project's `sendError(res, 401)`. */
  readonly handle?: number;
  /** Headers it sets itself, besides `header`; 'unknown' when the code does not say which. */
  readonly setsHeaders?: readonly string[] | 'unknown';
  /** The project's function this API was learned from, for messages: `redirectWithToast`. */
  readonly helper?: string;
}

/** APIs by name; several for one name when each applies under its own `when`, the first that applies winning. */
export type ApiTable = Readonly<Record<string, CallApi | readonly CallApi[]>>;

/** An assignment to a handle's property: `res.statusCode = 404`, `ctx.body = x`. */
export interface AssignmentApi {
  readonly framework?: Framework;
  /** The assigned value is the status. */
  readonly status?: boolean;
  readonly runtime?: RuntimeCheck;
  /** The assigned value is the content. */
  readonly content?: boolean;
  readonly header?: string;
  /** The assigned value is a headers object; `x.headers[name] = v` sets one. */
  readonly headers?: boolean;
}

/** How a family's response handles are recognised, and what their methods and properties do. */
export interface HandleApis {
  /** Variable names: `res`, `/Reply$/`. */
  readonly names?: readonly (string | RegExp)[];
  /** Properties of any object: `req.res`; with `owner`, only of that kind of handle (`ctx.response`). */
  readonly properties?: readonly { readonly name: string; readonly owner?: HandleKind }[];
  /** Calls that return one: `h.response(value)`. */
  readonly factories?: readonly { readonly object: string; readonly method: string }[];
  /** Methods that return the handle they are called on, so a chain keeps it. */
  readonly chainable?: readonly string[];
  readonly methods?: ApiTable;
  readonly assignments?: Readonly<Record<string, AssignmentApi>>;
  /** The handler's return value is sent as the content (Fastify: `reply.code(204); return x`). */
  readonly returnIsContent?: boolean;
}

/** APIs reached through an import, under whatever local name the file gives them. */
export interface ImportApis {
  readonly modules: readonly string[] | RegExp;
  /** By exported name; "*" for any export of the module. */
  readonly functions?: ApiTable;
  readonly constructors?: ApiTable;
  /** `HttpResponse.json()`: by exported name, then method. */
  readonly statics?: Readonly<Record<string, ApiTable>>;
}

/** How a family registers route handlers for HTTP methods. */
export interface RouteApis {
  /** `app.post('/x', handler)`; `route` for `app.route('/x').post(handler)`. */
  readonly routerMethods?: Readonly<Record<string, string>>;
  readonly chainedRoute?: string;
  /**
   * What makes a router: `express()`, `express.Router()`, `new Router()`. A router made by one of
   * these registers with any first argument (`router.post(paths.login, handler)`); other receivers
   * need a path the code states, so that `cache.post(key, cb)` registers nothing.
   */
  readonly routerFactories?: readonly string[];
  /** `fastify.route({ method: 'POST', handler })`. */
  readonly routeOptions?: { readonly method: string; readonly methodKey: string; readonly handlerKey: string };
  /** Exported handlers: `export function POST`, `export const action`. */
  readonly exports?: Readonly<Record<string, readonly string[]>>;
  /** Exported objects of handlers: SvelteKit's `export const actions = { default() {} }`. */
  readonly exportedObjects?: Readonly<Record<string, { readonly methods: readonly string[]; readonly source: string }>>;
  /** Method decorators: `@Post()`. */
  readonly decorators?: Readonly<Record<string, string>>;
}

/** Effects a node has on a response, decoded once from the catalogue. */
export type Effect =
  | StatusEffect
  /** Headers set; `names` undefined when the code does not say which. */
  | { readonly kind: 'header'; readonly names: ReadonlySet<string> | undefined }
  | { readonly kind: 'content'; readonly node: TSESTree.Node }
  | { readonly kind: 'redirect'; readonly edit: StatusEdit | undefined }
  /** The status applies to the values the decorated method returns. */
  | { readonly kind: 'method-result' }
  /** A response built as a value; `factory` is the handle that builds it (Hono's `c`). */
  | { readonly kind: 'value'; readonly factory: TSESTree.Node | undefined };

export interface StatusEffect {
  readonly kind: 'status';
  /** The status expression; absent when the place is empty or holds something else. */
  readonly node: TSESTree.Node | undefined;
  /** When `node` is absent: the API's default, or undefined when the status is unknown. */
  readonly defaultCode: number | undefined;
  readonly role: StatusRole;
  readonly framework: Framework;
  readonly runtime: RuntimeCheck | undefined;
  /**
   * Found by shape alone (comparisons with `.status`, plain `{ statusCode, body }` objects):
   * such a status only counts when its value is a plausible status.
   */
  readonly byShape: boolean;
  /**
   * Found by the name of the place alone (`{ status: 404 }` handed on, `let statusCode = 500`):
   * counts only for a registered code, and only where no API claims the same value.
   */
  readonly byName?: boolean;
  /**
   * Where the status comes from when the init object does not say it: the init expression itself
   * (`redirect(url, init)`) or what its spread copies (`{ ...init, headers }`), with the API's
   * default for when that holds none. Lets a helper that hands its parameter on be learned.
   */
  readonly initFrom?: { readonly node: TSESTree.Node; readonly defaultCode: number | undefined };
}

/** Places known by their name: `let statusCode = 500`, `status = 500` defaults, class fields, `statusCode = 500`. */
export type NamedPlace =
  TSESTree.VariableDeclarator | TSESTree.PropertyDefinition | TSESTree.AssignmentPattern | TSESTree.AssignmentExpression;

export type ShapeCallDecoder = (call: TSESTree.CallExpression, method: string) => readonly StatusEffect[] | undefined;

/** Shapes a table cannot say, decoded by a function: test assertions, comparisons. */
export interface ShapeDecoders {
  /** Method names the decoder looks at: the analysis decodes a call by them. */
  readonly methods?: readonly string[];
  readonly call?: ShapeCallDecoder;
  /** Properties whose assignment the decoder looks at: `err.status = 404`. */
  readonly assignmentProperties?: readonly string[];
  readonly assignment?: (assignment: TSESTree.AssignmentExpression) => readonly StatusEffect[] | undefined;
  readonly comparison?: (node: TSESTree.BinaryExpression | TSESTree.SwitchCase) => readonly StatusEffect[] | undefined;
  /** Keys of object literal properties the decoder looks at: `{ statusCode: 200, body }`. */
  readonly propertyKeys?: readonly string[];
  readonly property?: (property: TSESTree.Property, sourceCode: Readonly<TSESLint.SourceCode>) => readonly StatusEffect[] | undefined;
  /** Constructions no table knows: `new NotFoundError(...)`, or `super(...)` under `extends NotFoundError`. */
  readonly construction?: (callee: TSESTree.Identifier, args: Arguments) => readonly StatusEffect[] | undefined;
  /** Names of variables, fields and parameters the decoder looks at: `let statusCode = 500`. */
  readonly placeNames?: RegExp;
  readonly namedPlace?: (node: NamedPlace) => readonly StatusEffect[] | undefined;
  /** Names of functions whose returned values the decoder looks at: `getStatusCode(err) { return 404; }`. */
  readonly returnNames?: RegExp;
  readonly returned?: (node: ReturnedValue) => readonly StatusEffect[] | undefined;
}

/** One API family: everything the plugin knows about it, as data. */
export interface ApiFamily {
  readonly framework: Framework;
  readonly handles?: Partial<Readonly<Record<HandleKind, HandleApis>>>;
  /** Globals: `Response.json()`, by object then method. */
  readonly statics?: Readonly<Record<string, ApiTable>>;
  readonly constructors?: ApiTable;
  readonly imports?: readonly ImportApis[];
  /** Functions known by name when the file does not import them from elsewhere (decorators, auto-imports). */
  readonly globals?: ApiTable;
  /**
   * The project's own functions, known by the shape of their name where the catalogue cannot
   * know the name itself: `redirectWithToast(url, toast, { status: 302 })`. Each applies under its `when`.
   */
  readonly namedHelpers?: readonly { readonly name: RegExp; readonly api: CallApi }[];
  /** Constructors of header collections: `new Headers({ Allow })`. */
  readonly headerConstructors?: readonly string[];
  readonly routes?: RouteApis;
  readonly shapes?: ShapeDecoders;
  /**
   * Functions that take a response or context only to read the request, so cannot have set its
   * headers: next-auth's `getServerSession(req, res, options)`.
   */
  readonly readers?: readonly string[];
  /** What the framework does with content sent with a status that carries none, as the end of a sentence. */
  readonly contentOnBodiless?: (code: number) => string;
}

/** The statuses a status effect records: a helper for shape decoders. */
export function statusEffect(
  node: TSESTree.Node | undefined,
  framework: Framework,
  role: StatusRole,
  byShape = false,
  runtime?: RuntimeCheck,
): StatusEffect {
  return { kind: 'status', node, defaultCode: undefined, role, framework, runtime, byShape };
}

/** The Fetch standard's null body statuses: a Response with content and one of these throws TypeError. */
const fetchNullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/** The Fetch Response constructor's answer to content with a bodiless status. */
export function fetchRejectsContent(code: number): string {
  return fetchNullBodyStatuses.has(code) ? 'throws TypeError when given content' : 'throws RangeError for 1xx statuses';
}
