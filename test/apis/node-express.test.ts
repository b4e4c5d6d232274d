import { describe } from 'vitest';

import { nodeExpress } from '../../src/apis/node-express.js';
import { catalogueTable } from './decode-helpers.js';

const express = '[100-999]';

describe('Node http and Express', () => {
  catalogueTable(nodeExpress, {
    'res.status(404);': [`express res: status send 404 ${express}`],
    'res.sendStatus(204);': [`express res: status send 204 ${express}`],
    "res.writeHead(405, { Allow: 'GET' });": [`node res: status send 405 ${express}; headers allow`],
    "res.writeHead(200, 'OK', headers);": [`node res: status send 200 ${express}; headers unknown`],
    "res.redirect('/login');": [`express res: status redirect default 302 ${express}; headers location; redirect before-url`],
    "res.redirect(301, '/new');": [`express res: status redirect 301 ${express}; headers location; redirect before-url`],
    "res.set('Allow', 'GET'); res.header({ 'X-A': 1 }); res.setHeader(name, v);": [
      'express res: headers allow',
      'express res: headers x-a',
      'express res: headers unknown',
    ],
    "res.append('Link', x); res.appendHeader('Vary', y); res.location('/x');": [
      'express res: headers link',
      'express res: headers vary',
      'express res: headers location',
    ],
    "res.type('json'); res.contentType('html'); res.vary('Accept'); res.links({});": [
      'express res: headers content-type',
      'express res: headers content-type',
      'express res: headers vary',
      'express res: headers link',
    ],
    "res.attachment(); res.cookie('a', 1); res.clearCookie('a');": [
      'express res: headers content-disposition',
      'express res: headers set-cookie',
      'express res: headers set-cookie',
    ],
    'res.json(user); res.send(null); res.end(); res.write(chunk);': ['express res: content user', 'express res: content chunk'],
    "res.jsonp(); res.render('page'); res.sendFile(path); res.download(path);": [
      'express res: content res.jsonp()',
      "express res: content 'page'",
      'express res: content path',
      'express res: content path',
    ],
    'res.status(204).json(data);': [`express res.status(204): content data`, `express res: status send 204 ${express}`],
    'res.statusCode = 404; reply.res.status = 500;': [`node res: status send 404 ${express}`, `node reply.res: status send 500 ${express}`],
    'request.response.status(401); apiResponse.status(403);': [
      `express request.response: status send 401 ${express}`,
      `express apiResponse: status send 403 ${express}`,
    ],
    'HttpResponse.status(404); req.status(404);': [],
  });
});
