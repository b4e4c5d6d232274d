import type { TSESTree } from '@typescript-eslint/utils';

/**
 * What kind of response object an expression is, judged by its name and by the chain it
 * comes from. Anything else is an unknown receiver, and the rules stay silent about it.
 */
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

// Lower-case first: `HttpResponse` or `NextResponse` name classes, not response objects.
const nodeResponseName = /^(?:res|resp|response|[a-z][\w$]*(?:Res|Response))$/;
const fastifyReplyName = /^(?:reply|rep|[a-z][\w$]*Reply)$/;

/** Methods that return the response they are called on, so a chain keeps its handle. */
const chainableMethods: Readonly<Partial<Record<HandleKind, ReadonlySet<string>>>> = {
  'node-res': new Set([
    'status',
    'set',
    'header',
    'setHeader',
    'append',
    'type',
    'contentType',
    'cookie',
    'clearCookie',
    'location',
    'links',
    'vary',
    'attachment',
    'format',
  ]),
  'fastify-reply': new Set(['code', 'status', 'header', 'headers', 'type', 'removeHeader', 'serializer', 'hijack']),
  'hapi-response': new Set([
    'header',
    'type',
    'code',
    'message',
    'created',
    'location',
    'state',
    'unstate',
    'etag',
    'ttl',
    'vary',
    'charset',
    'encoding',
    'bytes',
    'compressed',
  ]),
};

type Wrapper = TSESTree.TSNonNullExpression | TSESTree.TSAsExpression | TSESTree.ChainExpression;
/** Wrappers that leave the value as it is: `res!`, `res as Response`, `res?.x`. */
const wrapperTypes: ReadonlySet<string> = new Set<`${Wrapper['type']}`>(['TSNonNullExpression', 'TSAsExpression', 'ChainExpression']);

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (wrapperTypes.has(current.type)) current = (current as Wrapper).expression;
  return current;
}

function classifyName(name: string): HandleKind | null {
  if (name === 'ctx' || name === 'context') return 'context';
  if (name === 'c') return 'hono-context';
  if (name === 'set') return 'elysia-set';
  if (fastifyReplyName.test(name)) return 'fastify-reply';
  if (nodeResponseName.test(name)) return 'node-res';
  return null;
}

/** Code uses few receiver names over and over (`res`, `req`, `app`): each is classified once. */
const kindByName = new Map<string, HandleKind | null>();

function kindOfName(name: string): HandleKind | undefined {
  let kind = kindByName.get(name);
  if (kind === undefined) {
    kind = classifyName(name);
    // Bounded: a pathological code base cannot grow it without limit.
    if (kindByName.size < 10_000) kindByName.set(name, kind);
  }
  return kind ?? undefined;
}

// The recogniser and the flow model ask about the same receiver one after the other.
let lastNode: TSESTree.Node | undefined;
let lastKind: HandleKind | undefined;

/** Classifies the object a method is called on or a property is assigned to. */
export function responseHandleKind(node: TSESTree.Node): HandleKind | undefined {
  if (node !== lastNode) {
    lastKind = classify(node);
    lastNode = node;
  }
  return lastKind;
}

function classify(node: TSESTree.Node): HandleKind | undefined {
  const target = unwrap(node);
  switch (target.type) {
    case 'Identifier':
      return kindOfName(target.name);
    case 'MemberExpression': {
      if (target.computed || target.property.type !== 'Identifier') return undefined;
      const name = target.property.name;
      if (name === 'res') return 'node-res';
      if (name === 'reply') return 'fastify-reply';
      if (name === 'response') {
        // `ctx.response` is Koa's response; `this.response` and others a Node-style one.
        const owner = unwrap(target.object);
        return owner.type === 'Identifier' && kindOfName(owner.name) === 'context' ? 'koa-response' : 'node-res';
      }
      return undefined;
    }
    case 'CallExpression': {
      const callee = unwrap(target.callee);
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
      const method = callee.property.name;
      if (method === 'response') {
        const owner = unwrap(callee.object);
        if (owner.type === 'Identifier' && owner.name === 'h') return 'hapi-response';
      }
      const kind = responseHandleKind(callee.object);
      return kind && chainableMethods[kind]?.has(method) ? kind : undefined;
    }
    default:
      return undefined;
  }
}

const statusReadNames = ['status', 'statusCode', 'httpStatus', 'httpStatusCode', 'responseStatus'];
const statusReadName = new RegExp(`^(?:${statusReadNames.join('|')})$`);
const statusProperties: ReadonlySet<string> = new Set(['status', 'statusCode']);
const alternatives = (values: Iterable<string>) => `/^(?:${[...values].join('|')})$/`;

/**
 * An esquery condition on the expression at `path` that holds whenever `isStatusRead` can: a
 * cheap prefilter, so ESLint calls the analysis only for comparisons that may read a status.
 */
export function statusReadCondition(path: string): string {
  return (
    `:matches([${path}.name=${alternatives(statusReadNames)}], [${path}.property.name=${alternatives(statusProperties)}], ` +
    `[${path}.callee.property.name="status"], [${path}.type=${alternatives(wrapperTypes)}])`
  );
}

/**
 * An expression that reads a status: `res.status`, `err.statusCode`, `res?.status`,
 * Playwright's `response.status()`, or a variable named like one.
 */
export function isStatusRead(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  switch (target.type) {
    case 'Identifier':
      return statusReadName.test(target.name);
    case 'MemberExpression':
      return !target.computed && target.property.type === 'Identifier' && statusProperties.has(target.property.name);
    case 'CallExpression': {
      const callee = unwrap(target.callee);
      return (
        target.arguments.length === 0 &&
        callee.type === 'MemberExpression' &&
        !callee.computed &&
        callee.property.type === 'Identifier' &&
        callee.property.name === 'status'
      );
    }
    default:
      return false;
  }
}

export { unwrap as unwrapExpression };
