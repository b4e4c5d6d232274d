import type { TSESTree } from '@typescript-eslint/utils';

import { isStringLike } from '../ast/nodes.js';
import { acceptsRange } from './types.js';
import type { ApiFamily, AssignmentApi, CallApi, HandleApis } from './types.js';

const koa = acceptsRange(100, 999, 'Koa throws for codes outside 100-999');
const koaThrow = acceptsRange(100, 599, 'http-errors, behind ctx.throw(), turns codes outside 100-599 into 500');

/** Koa's `ctx.redirect(url)` is a statement; Hono's handlers return `ctx.redirect(url, status)`. */
export function isKoaRedirect(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const returned =
    call.parent.type === 'ReturnStatement' ||
    call.parent.type === 'ArrowFunctionExpression' ||
    (call.parent.type === 'AwaitExpression' && call.parent.parent.type === 'ReturnStatement');
  return call.arguments.length < 2 && !returned;
}

const setsHeaders: CallApi = { headers: { argument: 0 } };
const assignments: Readonly<Record<string, AssignmentApi>> = {
  status: { status: true, runtime: koa },
  statusCode: { status: true, runtime: koa },
  body: { content: true },
  type: { header: 'content-type' },
};
const response: HandleApis = {
  methods: { set: setsHeaders, append: setsHeaders, attachment: { header: 'content-disposition' }, vary: { header: 'vary' } },
  assignments,
};

/** Koa's context and `ctx.response`; Hono's methods on a context named `ctx` are in hono.ts. */
export const koaApis: ApiFamily = {
  framework: 'koa',
  handles: {
    context: {
      names: ['ctx', 'context'],
      methods: {
        ...response.methods,
        header: setsHeaders,
        // ctx.throw([status], [msg], [props]) takes its arguments in any order.
        throw: {
          role: 'throw',
          status: { pick: (args) => args.find((argument) => !isStringLike(argument) && argument.type !== 'ObjectExpression') },
          runtime: koaThrow,
        },
        assert: { role: 'throw', status: { argument: 1 }, runtime: koaThrow },
        redirect: { when: isKoaRedirect, role: 'redirect', defaultStatus: 302, redirect: { assign: 'status' }, header: 'location' },
      },
      assignments,
    },
    'koa-response': { ...response, properties: [{ name: 'response', owner: 'context' }] },
  },
  // @koa/router and koa-router: `new Router()`.
  routes: { routerFactories: ['Router', 'KoaRouter'] },
  contentOnBodiless: () => 'Koa drops the content',
};
