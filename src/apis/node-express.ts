import { isStringLike } from '../ast/nodes.js';
import { acceptsRange } from './types.js';
import type { ApiFamily, CallApi } from './types.js';

const express = acceptsRange(100, 999, "Express 5 and Node's http module throw RangeError for codes outside 100-999");
const node = acceptsRange(100, 999, "Node's http module throws ERR_HTTP_INVALID_STATUS_CODE for codes outside 100-999");

const emptyBody = { kind: 'call', call: 'end()', statusMethod: 'status', sendStatus: 'sendStatus' } as const;
const sends = (always = false): CallApi => ({ content: { argument: 0, always }, emptyBody });
const sets = (header: string): CallApi => ({ header });
const setsHeaders: CallApi = { headers: { argument: 0 } };

/** Node's `http` module and Express (Connect and Next.js pages share the `res` shape). */
export const nodeExpress: ApiFamily = {
  framework: 'express',
  handles: {
    'node-res': {
      // Lower-case first: `HttpResponse` or `NextResponse` name classes, not response objects.
      names: [/^(?:res|resp|response|[a-z][\w$]*(?:Res|Response))$/],
      properties: [{ name: 'res' }, { name: 'response' }],
      chainable: [
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
      ],
      methods: {
        status: { status: { argument: 0 }, runtime: express },
        sendStatus: { status: { argument: 0 }, runtime: express },
        writeHead: {
          framework: 'node',
          status: { argument: 0 },
          runtime: node,
          // res.writeHead(status, [reason,] headers)
          headers: { pick: (args) => (args.length > 1 && !isStringLike(args[args.length - 1]) ? args[args.length - 1] : undefined) },
        },
        // res.redirect([status,] url)
        redirect: {
          role: 'redirect',
          status: { pick: ([first, ...rest]) => (rest.length > 0 && !isStringLike(first) ? first : undefined) },
          runtime: express,
          defaultStatus: 302,
          redirect: 'before-url',
          header: 'location',
        },
        set: setsHeaders,
        header: setsHeaders,
        setHeader: setsHeaders,
        append: setsHeaders,
        appendHeader: setsHeaders,
        location: sets('location'),
        type: sets('content-type'),
        contentType: sets('content-type'),
        vary: sets('vary'),
        links: sets('link'),
        attachment: sets('content-disposition'),
        cookie: sets('set-cookie'),
        clearCookie: sets('set-cookie'),
        json: sends(),
        send: sends(),
        end: sends(),
        write: sends(),
        jsonp: sends(true),
        render: sends(true),
        sendFile: sends(true),
        download: sends(true),
      },
      assignments: {
        status: { framework: 'node', status: true, runtime: node },
        statusCode: { framework: 'node', status: true, runtime: node },
      },
    },
  },
  routes: {
    routerMethods: {
      get: 'GET',
      post: 'POST',
      put: 'PUT',
      patch: 'PATCH',
      delete: 'DELETE',
      del: 'DELETE',
      options: 'OPTIONS',
      head: 'HEAD',
      all: 'ALL',
    },
    chainedRoute: 'route',
    routerFactories: ['express', 'Router'],
  },
  // Node's http module (and Express on top of it) skips content for 1xx, 204 and 304 only.
  contentOnBodiless: (code) =>
    code === 205 ? "Node's http module sends the content anyway" : "Node's http module drops the content without a word",
};
