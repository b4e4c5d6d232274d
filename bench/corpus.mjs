// A realistic corpus for the benchmark and the crash sweep: route handlers for Express, Fastify,
// Koa, Hono, NestJS, Next.js and the Fetch API, tests with supertest and expect, and plenty of
// ordinary code full of numbers that are not statuses. Deterministic for a given seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small seeded PRNG, so every run lints the same files. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const statuses = [200, 201, 202, 204, 301, 302, 303, 304, 307, 400, 401, 403, 404, 405, 409, 410, 422, 429, 499, 500, 502, 503, 520, 600];

const templates = {
  express: (pick, i) => `'use strict';
const express = require('express');
const service = require('../services/service${i % 50}');

const router = express.Router();
const PAGE_SIZE = ${pick([10, 20, 50, 100])};

router.get('/items${i}/:id', async (req, res, next) => {
  try {
    const item = await service.find(req.params.id, { limit: PAGE_SIZE, offset: ${pick([0, 25, 100])} });
    if (!item) return res.status(${pick(statuses)}).json({ error: 'missing' });
    if (item.size > ${pick([1024, 4096, 65536])}) return res.sendStatus(${pick(statuses)});
    res.status(${pick(statuses)}).json(item);
  } catch (error) {
    next(error);
  }
});

router.post('/items${i}', async (req, res) => {
  const created = await service.create(req.body);
  if (req.query.redirect) return res.redirect('/items${i}/' + created.id);
  res.status(${pick(statuses)}).json(created);
});

router.delete('/items${i}/:id', async (req, res) => {
  await service.remove(req.params.id);
  res.status(${pick([204, 200, 202])}).end();
});

module.exports = router;
`,
  fastify: (pick, i) => `import { listItems, saveItem } from '../store/store${i % 40}.mjs';

export default async function routes${i}(fastify) {
  fastify.get('/items${i}', async (request, reply) => {
    const items = await listItems({ limit: ${pick([10, 25, 50])}, timeout: ${pick([500, 1000, 3000])} });
    return reply.code(${pick(statuses)}).send(items);
  });
  fastify.post('/items${i}', async (request, reply) => {
    if (!request.body?.name) return reply.code(${pick(statuses)}).send({ error: 'name' });
    const saved = await saveItem(request.body, { retries: ${pick([1, 3, 5])} });
    reply.code(${pick(statuses)});
    return saved;
  });
  fastify.route({ method: 'PUT', url: '/items${i}/:id', handler: async (request, reply) => reply.redirect('/items${i}', ${pick([302, 303, 307])}) });
}
`,
  koa: (pick, i) => `const Router = require('@koa/router');
const router = new Router();

router.get('/users${i}', async (ctx) => {
  const users = await ctx.state.db.users.list({ take: ${pick([20, 50, 200])} });
  if (!users.length) ctx.throw(${pick(statuses)}, 'no users');
  ctx.status = ${pick(statuses)};
  ctx.body = users;
});

router.post('/users${i}', async (ctx) => {
  ctx.assert(ctx.request.body.email, ${pick(statuses)}, 'email required');
  ctx.status = ${pick([201, 204])};
  ctx.body = { ok: true };
});

module.exports = router;
`,
  hono: (pick, i) => `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

const app = new Hono();
const MAX = ${pick([100, 1000, 10000])};

app.get('/posts${i}/:id', async (c) => {
  const post = await c.env.DB.prepare('SELECT * FROM posts WHERE id = ?').bind(c.req.param('id')).first();
  if (!post) throw new HTTPException(${pick(statuses)}, { message: 'not found' });
  if (post.views > MAX) c.header('Cache-Control', 'max-age=${pick([60, 300, 3600])}');
  return c.json(post, ${pick(statuses)});
});

app.post('/posts${i}', async (c) => c.redirect('/posts${i}', ${pick([302, 303])}));

export default app;
`,
  nest: (pick, i) => `import { Body, Controller, Delete, Get, HttpCode, HttpException, Param, Post } from '@nestjs/common';

interface Cat${i} {
  name: string;
  age: number;
  status: 200 | 404;
}

@Controller('cats${i}')
export class Cats${i}Controller {
  private readonly cache = new Map<string, Cat${i}>();
  private readonly ttl = ${pick([1000, 60000, 3600000])};

  @Get(':id')
  find(@Param('id') id: string): Cat${i} {
    const cat = this.cache.get(id);
    if (!cat) throw new HttpException('not found', ${pick(statuses)});
    return cat;
  }

  @Post()
  @HttpCode(${pick(statuses)})
  create(@Body() cat: Cat${i}): Cat${i} {
    this.cache.set(cat.name, { ...cat, age: Math.min(cat.age, ${pick([20, 30])}) });
    return cat;
  }

  @Delete(':id')
  @HttpCode(${pick([204, 200])})
  remove(@Param('id') id: string): void {
    this.cache.delete(id);
  }
}
`,
  next: (pick, i) => `// route handler ${i}
import { NextResponse } from 'next/server';

export const revalidate = ${pick([0, 60, 3600])};

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const page = Number(searchParams.get('page') ?? ${pick([1, 2])});
  const data = await fetch('https://api.example.test/items?page=' + page, { next: { revalidate: ${pick([10, 60])} } });
  if (data.status === ${pick(statuses)}) return NextResponse.json({ error: 'upstream' }, { status: ${pick(statuses)} });
  return NextResponse.json(await data.json());
}

export async function POST(request: Request) {
  const body = await request.json();
  if (!body.title) return NextResponse.json({ error: 'title' }, { status: ${pick(statuses)} });
  return NextResponse.redirect(new URL('/items', request.url), ${pick([303, 307, 302])});
}
`,
  fetch: (pick, i) => `// worker ${i}
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const limit = Math.max(${pick([1, 5])}, Math.min(Number(url.searchParams.get('limit')), ${pick([50, 100])}));
    if (url.pathname === '/health${i}') return new Response('ok', { status: ${pick(statuses)} });
    if (url.pathname === '/old${i}') return Response.redirect(new URL('/new', url), ${pick([301, 302, 308])});
    const rows = await env.DB.list({ limit });
    return Response.json(rows, { status: ${pick(statuses)}, headers: { 'Cache-Control': 'max-age=${pick([30, 60])}' } });
  },
};
`,
  test: (pick, i) => `import request from 'supertest';
import { describe, expect, it } from 'vitest';
import app from '../src/app.js';

describe('items ${i}', () => {
  it('lists', async () => {
    const res = await request(app).get('/items${i}?limit=${pick([10, 20])}').expect(${pick(statuses)});
    expect(res.body).toHaveLength(${pick([3, 10, 20])});
    expect(res.status).toBe(${pick(statuses)});
  });

  it('rejects', async () => {
    const res = await request(app).post('/items${i}').send({});
    expect(res.statusCode).toEqual(${pick(statuses)});
    expect(res.body.errors.length).toBeGreaterThan(${pick([0, 1])});
  }, ${pick([5000, 10000])});
});
`,
  util: (pick, i) => `// Ordinary code: numbers everywhere, none of them statuses.
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const sizes = [${pick([16, 32])}, ${pick([64, 128])}, 256, 512, 1024];

export function backoff${i}(attempt) {
  return Math.min(${pick([100, 200, 404])} * 2 ** attempt, ${pick([30, 60])} * SECOND);
}

export function chunk${i}(list, size = ${pick([100, 200, 500])}) {
  const out = [];
  for (let index = 0; index < list.length; index += size) out.push(list.slice(index, index + size));
  return out;
}

export const layout${i} = { width: ${pick([200, 404, 500])}, height: ${pick([300, 600])}, padding: [8, 16, 8, 16], zIndex: 1000 };

export function schedule${i}(task) {
  setTimeout(task, ${pick([200, 500, 1500])});
  return setInterval(() => task(MINUTE / ${pick([2, 4])}), ${pick([5000, 10000])});
}

export function percentile${i}(values, p = ${pick([50, 95, 99])}) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * p / 100)] ?? sizes[${pick([0, 1, 2])}];
}
`,
};

/** Weights: about a third ordinary code, the rest handlers and tests. */
const mix = [
  ['express', 3, 'js'],
  ['fastify', 2, 'mjs'],
  ['koa', 1, 'js'],
  ['hono', 1, 'ts'],
  ['nest', 1, 'ts'],
  ['next', 1, 'ts'],
  ['fetch', 1, 'js'],
  ['test', 2, 'js'],
  ['util', 6, 'js'],
];

/**
 * Writes `count` files into `directory` and returns their paths.
 * @param {string} directory
 * @param {number} count
 * @param {number} [seed]
 * @returns {string[]}
 */
export function generateCorpus(directory, count, seed = 20261122) {
  const next = random(seed);
  /** @type {<T>(values: T[]) => T} */
  const pick = (values) => values[Math.floor(next() * values.length)];
  const weighted = mix.flatMap(([kind, weight, extension]) => Array.from({ length: weight }, () => [kind, extension]));
  const files = [];
  for (let index = 0; index < count; index++) {
    const [kind, extension] = weighted[index % weighted.length];
    const folder = path.join(directory, kind, String(Math.floor(index / 200)));
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${kind}${index}.${extension}`);
    writeFileSync(file, templates[kind](pick, index));
    files.push(file);
  }
  return files;
}
