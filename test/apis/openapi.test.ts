import { describe } from 'vitest';

import { openApiApis } from '../../src/apis/openapi.js';
import { catalogueTable } from './decode-helpers.js';

describe('OpenAPI response maps', () => {
  catalogueTable(openApiApis, {
    "fastify.get('/', { schema: { response: { 200: Reply, '4xx': Problem, 404: Missing } } }, handler);": [
      'openapi: status declare 200; status declare 404',
    ],
    "fastify.route({ method: 'DELETE', url: '/x', schema: { response: { 204: Type.Null(), default: Problem } }, handler });": [
      'openapi: status declare 204',
    ],
    "const schema = { response: { 201: Task } };\nfastify.post('/tasks', { schema }, create);": ['openapi: status declare 201'],
    "const opts = { response: { 201: Task } };\nfastify.post('/tasks', { schema: opts }, create);": ['openapi: status declare 201'],
    "import { createRoute } from '@hono/zod-openapi';\ncreateRoute({ method: 'get', path: '/login', responses: { 302: { description: 'Go' }, [S.OK]: ok } });":
      ['openapi: status declare 302'],
    "const doc = { paths: { '/x': { get: { responses: { '200': ok, 404: missing } } } } };": ['openapi: status declare 404'],
    // Not a route's map: a key that is no status, a spread, no route around it, a `response` outside a schema.
    "fastify.get('/', { schema: { response: { 200: Reply, 1000: Big } } }, h);\nfastify.get('/', { schema: { response: { 200: Reply, ...more } } }, h);":
      [],
    'const responses = { 200: ok, 404: missing };\nconst table = { responses: { 200: ok } };\nconst stored = { response: { 200: ok } };':
      [],
    'axios.get(url, { response: { 200: ok } });\nlog({ responses: { 200: 10, 299: 2 } });\nconst o = { schema: { response: { 200() {} } } };':
      [],
  });
});
