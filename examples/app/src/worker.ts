import { StatusCodes } from 'http-status-codes';

interface Env {
  ORIGIN: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/health') {
      return new Response('ok', { status: 200 });
    }
    if (url.pathname === '/ws') {
      // The Fetch Response constructor throws RangeError for 1xx.
      return new Response(null, { status: 101 });
    }
    if (url.pathname === '/old') {
      return Response.redirect(new URL('/new', env.ORIGIN), 301);
    }
    if (request.method === 'PUT') {
      // 405 without Allow.
      return new Response(null, { status: 405 });
    }
    if (request.method === 'LOCK') {
      // Spring's old WebDAV code, not an HTTP status.
      return new Response('locked', { status: StatusCodes.METHOD_FAILURE });
    }
    return Response.json({ error: 'not found' }, { status: 404 });
  },
};
