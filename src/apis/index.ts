import { assertionApis } from './assertions.js';
import { awsLambdaApis } from './aws-lambda.js';
import { codeApis } from './code.js';
import { cypressApis } from './cypress.js';
import { elysiaApis } from './elysia.js';
import { epicInvariantApis } from './epic-invariant.js';
import { errorClassApis } from './error-classes.js';
import { fastifyApis } from './fastify.js';
import { fetchApis } from './fetch.js';
import { h3Apis } from './h3.js';
import { hapiApis } from './hapi.js';
import { honoApis } from './hono.js';
import { httpMockApis } from './http-mocks.js';
import { httpErrorsApis } from './http-errors.js';
import { koaApis } from './koa.js';
import { mswApis } from './msw.js';
import { nestApis } from './nestjs.js';
import { nextApis } from './next.js';
import { nodeExpress } from './node-express.js';
import { playwrightApis } from './playwright.js';
import { openApiApis } from './openapi.js';
import { remixApis } from './remix.js';
import { routingControllersApis } from './routing-controllers.js';
import { statusNameApis } from './status-names.js';
import { svelteKitApis } from './sveltekit.js';
import { tsoaApis } from './tsoa.js';
import type {
  ApiTable,
  RuntimeCheck,
  ApiFamily,
  AssignmentApi,
  CallApi,
  Framework,
  HandleKind,
  ImportApis,
  RouteApis,
  ShapeCallDecoder,
  ShapeDecoders,
} from './types.js';

export type * from './types.js';

/** Every API family the plugin knows. Order matters only where two claim one name: the first wins. */
export const families: readonly ApiFamily[] = [
  nodeExpress,
  fastifyApis,
  koaApis,
  honoApis,
  fetchApis,
  nextApis,
  nestApis,
  svelteKitApis,
  remixApis,
  h3Apis,
  httpErrorsApis,
  hapiApis,
  elysiaApis,
  awsLambdaApis,
  mswApis,
  epicInvariantApis,
  openApiApis,
  tsoaApis,
  routingControllersApis,
  assertionApis,
  cypressApis,
  playwrightApis,
  httpMockApis,
  codeApis,
  statusNameApis,
  errorClassApis,
];

/** An API with its family's framework filled in. */
export type Api = CallApi & { readonly framework: Framework };
export type Assignment = AssignmentApi & { readonly framework: Framework };

type Table<T> = Map<string, T[]>;

function add<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every run-time check the catalogue knows, for tests of the messages that quote them. */
export const runtimeChecks = new Set<RuntimeCheck>();

function tableOf(family: ApiFamily, apis: ApiTable | undefined, into: Table<Api>): void {
  for (const [name, entry] of Object.entries(apis ?? {})) {
    for (const api of Array.isArray(entry) ? (entry as readonly CallApi[]) : [entry as CallApi]) {
      add(into, name, { ...api, framework: api.framework ?? family.framework });
      if (api.runtime) runtimeChecks.add(api.runtime);
    }
  }
}

interface ResolvedImports {
  readonly functions: Table<Api>;
  readonly constructors: Table<Api>;
  readonly statics: Map<string, Table<Api>>;
}

/** The handles' recognition and APIs, merged over families. */
export const handleNames = new Map<string, HandleKind>();
export const handleNamePatterns: [RegExp, HandleKind][] = [];
export const handleProperties = new Map<string, { kind: HandleKind; owner: HandleKind | undefined }[]>();
export const handleFactories = new Map<string, HandleKind>();
export const chainableMethods = new Map<HandleKind, Set<string>>();
export const handleMethods = new Map<HandleKind, Table<Api>>();
export const handleAssignments = new Map<HandleKind, Map<string, Assignment>>();
/** Handles whose handler's return value is the content. */
export const returnIsContent = new Set<HandleKind>();

export const statics = new Map<string, Table<Api>>();
export const constructors: Table<Api> = new Map();
export const globals: Table<Api> = new Map();
export const headerConstructors = new Set<string>();
export const readerFunctions = new Set<string>();
export const namedHelpers: { readonly name: RegExp; readonly api: Api }[] = [];
export const shapeDecoders: ShapeDecoders[] = [];
const importApis: { modules: ImportApis['modules']; apis: ResolvedImports }[] = [];
const contentOnBodiless = new Map<Framework, (code: number) => string>();

for (const family of families) {
  for (const [kind, handle] of Object.entries(family.handles ?? {}) as [HandleKind, NonNullable<ApiFamily['handles']>[HandleKind]][]) {
    if (!handle) continue;
    for (const name of handle.names ?? []) {
      if (typeof name === 'string') handleNames.set(name, kind);
      else handleNamePatterns.push([name, kind]);
    }
    for (const { name, owner } of handle.properties ?? []) add(handleProperties, name, { kind, owner });
    for (const { object, method } of handle.factories ?? []) handleFactories.set(`${object}.${method}`, kind);
    const chainable = chainableMethods.get(kind) ?? new Set();
    for (const method of handle.chainable ?? []) chainable.add(method);
    chainableMethods.set(kind, chainable);
    const methods = handleMethods.get(kind) ?? new Map();
    tableOf(family, handle.methods, methods);
    handleMethods.set(kind, methods);
    const assignments = handleAssignments.get(kind) ?? new Map();
    for (const [property, api] of Object.entries(handle.assignments ?? {})) {
      if (!assignments.has(property)) assignments.set(property, { ...api, framework: api.framework ?? family.framework });
      if (api.runtime) runtimeChecks.add(api.runtime);
    }
    handleAssignments.set(kind, assignments);
    if (handle.returnIsContent) returnIsContent.add(kind);
  }
  for (const [object, methods] of Object.entries(family.statics ?? {})) {
    const table = statics.get(object) ?? new Map();
    tableOf(family, methods, table);
    statics.set(object, table);
  }
  tableOf(family, family.constructors, constructors);
  tableOf(family, family.globals, globals);
  for (const imports of family.imports ?? []) {
    const apis: ResolvedImports = { functions: new Map(), constructors: new Map(), statics: new Map() };
    tableOf(family, imports.functions, apis.functions);
    tableOf(family, imports.constructors, apis.constructors);
    for (const [name, methods] of Object.entries(imports.statics ?? {})) {
      const table = new Map();
      tableOf(family, methods, table);
      apis.statics.set(name, table);
    }
    importApis.push({ modules: imports.modules, apis });
  }
  for (const name of family.headerConstructors ?? []) headerConstructors.add(name);
  for (const name of family.readers ?? []) readerFunctions.add(name);
  for (const { name, api } of family.namedHelpers ?? [])
    namedHelpers.push({ name, api: { ...api, framework: api.framework ?? family.framework } });
  if (family.shapes) shapeDecoders.push(family.shapes);
  if (family.contentOnBodiless) contentOnBodiless.set(family.framework, family.contentOnBodiless);
}

const apisByModule = new Map<string, ResolvedImports[]>();

/** The APIs a module exports, from every family that knows it. */
export function moduleApis(module: string): readonly ResolvedImports[] {
  let apis = apisByModule.get(module);
  if (!apis) {
    apis = importApis
      .filter(({ modules }) => (Array.isArray(modules) ? modules.includes(module) : (modules as RegExp).test(module)))
      .map(({ apis }) => apis);
    apisByModule.set(module, apis);
  }
  return apis;
}

/** Imported APIs under a module's export: `json` from react-router, any export ("*") of http-errors. */
export function importedApis(table: Table<Api>, imported: string): readonly Api[] | undefined {
  return table.get(imported) ?? table.get('*');
}

/** What a framework does with content sent with a bodiless status; Node's answer by default. */
export function contentOnBodilessConsequence(framework: Framework, code: number): string {
  return (contentOnBodiless.get(framework) ?? contentOnBodiless.get('express')!)(code);
}

/** How route handlers are registered, merged over families. */
export const routes = {
  routerMethods: new Map<string, string>(),
  chainedRoutes: new Set<string>(),
  routerFactories: new Set<string>(),
  routeOptions: [] as NonNullable<RouteApis['routeOptions']>[],
  exports: new Map<string, readonly string[]>(),
  exportedObjects: new Map<string, { readonly methods: readonly string[]; readonly source: string }>(),
  decorators: new Map<string, string>(),
};
for (const { routes: spec } of families) {
  if (!spec) continue;
  for (const [method, verb] of Object.entries(spec.routerMethods ?? {})) routes.routerMethods.set(method, verb);
  if (spec.chainedRoute) routes.chainedRoutes.add(spec.chainedRoute);
  for (const factory of spec.routerFactories ?? []) routes.routerFactories.add(factory);
  if (spec.routeOptions) routes.routeOptions.push(spec.routeOptions);
  for (const [name, methods] of Object.entries(spec.exports ?? {})) routes.exports.set(name, methods);
  for (const [name, object] of Object.entries(spec.exportedObjects ?? {})) routes.exportedObjects.set(name, object);
  for (const [name, verb] of Object.entries(spec.decorators ?? {})) routes.decorators.set(name, verb);
}

/** Shape decoders of member calls, by the method names they look at. */
export const shapeCalls = new Map<string, ShapeCallDecoder[]>();
for (const shapes of shapeDecoders) for (const method of shapes.methods ?? []) if (shapes.call) add(shapeCalls, method, shapes.call);

const namesOf = (tables: Iterable<Map<string, unknown>>) => [...tables].flatMap((table) => [...table.keys()]);

/** The names of APIs that redirect, whatever status they are given: a redirect with none is a 302 or 307 all the same. */
function redirectNames(tables: readonly Table<Api>[]): Set<string> {
  const names = new Set<string>();
  for (const table of tables) for (const [name, apis] of table) if (apis.some((api) => api.redirect)) names.add(name);
  return names;
}
/** Redirecting APIs called by their own name: methods, statics and globals. */
const calledRedirects = redirectNames([...handleMethods.values(), ...statics.values(), globals, constructors]);
/** Redirecting APIs a file imports: `redirect` from react-router, `Redirect` from @nestjs/common. */
const importedRedirects = redirectNames(importApis.flatMap(({ apis }) => [apis.functions, apis.constructors, ...apis.statics.values()]));

/** Patterns as one regular expression; one that matches nothing when there are none. */
const anyOf = (sources: readonly string[]) => new RegExp(sources.map((source) => `(?:${source})`).join('|') || '^(?!)$');

/** The names by which the analysis knows a node may be the catalogue's: a node named otherwise is never decoded. */
export const ownerNames = {
  methods: new Set([
    ...namesOf(handleMethods.values()),
    ...namesOf(statics.values()),
    ...importApis.flatMap(({ apis }) => namesOf(apis.statics.values())),
    ...shapeDecoders.flatMap((shapes) => shapes.methods ?? []),
  ]),
  functions: new Set(globals.keys()),
  /** Project helpers known by the shape of their name. */
  helperName: anyOf(namedHelpers.map(({ name }) => name.source)),
  assignedProperties: new Set([
    ...namesOf(handleAssignments.values()),
    ...shapeDecoders.flatMap((shapes) => shapes.assignmentProperties ?? []),
  ]),
  headerObjects: new Set(
    [...handleAssignments.values()].flatMap((assignments) => [...assignments].filter(([, api]) => api.headers).map(([name]) => name)),
  ),
  propertyKeys: new Set(shapeDecoders.flatMap((shapes) => shapes.propertyKeys ?? [])),
  /** Variables, fields, defaults and assignments under a status name: `let statusCode = 500`. */
  /** Calls that redirect: they are status positions even when they state no status. */
  redirects: new Set([...calledRedirects, ...importedRedirects]),
  /** The redirecting APIs a file must import to call (perhaps under another name). */
  importedRedirects,
  placeName: anyOf(shapeDecoders.flatMap((shapes) => (shapes.placeNames ? [shapes.placeNames.source] : []))),
  /** Functions whose returned values are statuses by their name: `getStatusCode`, `statusFor`. */
  returnName: anyOf(shapeDecoders.flatMap((shapes) => (shapes.returnNames ? [shapes.returnNames.source] : []))),
};
