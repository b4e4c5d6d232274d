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

// ---------------------------------------------------------------------------------------------
// The real mix. Measured on real applications (issue 14): about 70% of files hold no candidate
// at all (no number from 100 to 599, no `redirect`, no status constant), about 15% hold candidates
// that are not statuses (timeouts, sizes, ports, arithmetic, CSS numbers, list lengths), and about
// 15% hold findings. Sizes follow real source files: a median of about 2.5 KB, a long tail to 60 KB.

const words = ['user', 'order', 'invoice', 'project', 'comment', 'session', 'product', 'team', 'report', 'ticket', 'article', 'event'];
const capital = (word) => word[0].toUpperCase() + word.slice(1);

/** Comments as real code has them: real source is about a fifth comments, which cost the parser and no rule. */
const sentences = [
  'Keeps the list in the order the user last chose, so that a reload shows the same page.',
  'The upstream API sometimes answers with an empty body; treat that as no data rather than an error.',
  'Called from the settings page and from the background job; both pass a plain object.',
  'TODO: move this next to the schema once the migration has run everywhere.',
  'Returns a new object; the input is never changed, so callers may keep their reference.',
  'Dates arrive as ISO strings from the API and as Date objects from the local cache.',
  'See the design notes in docs/architecture.md for why this is not a class.',
  'Errors are logged and swallowed here: the caller shows a generic message instead.',
];
/** A JSDoc or line comment before about half of the blocks. */
function comment(pick, name) {
  const roll = pick([0, 1, 2, 3]);
  if (roll === 0) return `\n// ${pick(sentences)}`;
  if (roll === 1) return `\n/**\n * ${pick(sentences)}\n * ${pick(sentences)}\n *\n * @param ${name} - what the caller hands in.\n */`;
  return '';
}

/**
 * Blocks of ordinary code with no candidate (every number below 100 or above 599, no `redirect`,
 * no status constant), for every language, TypeScript only, or JSX. Real code holds about one
 * number literal per kilobyte; so do these.
 */
const plainBlocks = [
  (pick, n) => `${comment(pick, 'fn')}
export function debounce${n}(fn, wait = DEFAULT_WAIT) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
`,
  (pick, n, w) => `${comment(pick, 'repository')}
export class ${capital(w)}Service${n} {
  #cache = new Map();
  constructor(repository, { logger = console, ttl = config.cache.ttl } = {}) {
    this.repository = repository;
    this.logger = logger;
    this.ttl = ttl;
  }

  async find(id) {
    const hit = this.#cache.get(id);
    if (hit && Date.now() - hit.at < this.ttl) return hit.value;
    const value = await this.repository.findOne({ where: { id }, include: { owner: true, tags: true } });
    this.#cache.set(id, { value, at: Date.now() });
    return value;
  }

  async list({ page = 1, perPage = config.pagination.size } = {}) {
    const rows = await this.repository.findMany({ skip: (page - 1) * perPage, take: perPage, orderBy: { createdAt: 'desc' } });
    this.logger.debug(\`listed \${rows.length} ${w}s on page \${page}\`);
    return rows.map((row) => ({ ...row, label: row.name?.trim() ?? 'untitled' }));
  }

  invalidate(id) {
    if (id === undefined) this.#cache.clear();
    else this.#cache.delete(id);
  }
}
`,
  (pick, n, w) => `${comment(pick, 'items')}
export function summarise${capital(w)}s${n}(items, { limit = config.summary.limit } = {}) {
  const byOwner = new Map();
  for (const { ownerId, amount, tags = [] } of items) {
    const entry = byOwner.get(ownerId) ?? emptyEntry();
    entry.count++;
    entry.total += amount ?? entry.fallback;
    for (const tag of tags) entry.tags.add(tag.toLowerCase());
    byOwner.set(ownerId, entry);
  }
  return [...byOwner.entries()]
    .filter(([, entry]) => entry.count)
    .sort(([, a], [, b]) => b.total - a.total)
    .slice(0, limit)
    .map(([ownerId, entry]) => ({ ownerId, ...entry, tags: [...entry.tags].join(', ') }));
}
`,
  (pick, n, w) => `${comment(pick, 'env')}
export const settings${n} = {
  name: '${w}',
  description: 'Settings for the ${w} pages: search, exports and the beta features behind a flag.',
  features: { search: ${pick(['true', 'false'])}, exports: ${pick(['true', 'false'])}, beta: process.env.BETA === 'true' },
  pagination: { defaultSize: ${pick([10, 20, 25])}, maxSize: config.pagination.max },
  locales: ['en', 'de', 'fr', 'ja'],
  theme: { primary: '#3b82f6', secondary: '#64748b', radius: '0.5rem', font: 'Inter, ui-sans-serif, system-ui, sans-serif' },
};
`,
  (pick, n, w) => `${comment(pick, 'input')}
export function validate${capital(w)}${n}(input) {
  const errors = {};
  if (!input || typeof input !== 'object') return { ok: false, errors: { form: 'The form could not be read. Please try again.' } };
  if (!input.name || input.name.length < limits.name.min) errors.name = 'The name is too short.';
  else if (input.name.length > limits.name.max) errors.name = 'The name is too long.';
  if (input.email && !EMAIL_PATTERN.test(input.email)) errors.email = 'Please enter a valid email address.';
  if (input.website && !input.website.startsWith('https://')) errors.website = 'The website must start with https://.';
  return { ok: Object.keys(errors).length === 0, errors };
}
`,
  (pick, n) => `${comment(pick, 'value')}
const formatter${n} = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const relative${n} = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function describeDate${n}(value, now = new Date()) {
  const date = value instanceof Date ? value : new Date(value);
  const minutes = Math.round((now.getTime() - date.getTime()) / MINUTE);
  if (minutes < 1) return 'just now';
  if (minutes < ${pick([45, 60])}) return relative${n}.format(-minutes, 'minute');
  return formatter${n}.format(date);
}
`,
  (pick, n, w) => `${comment(pick, 'state')}
export function ${w}Reducer${n}(state = initialState, action) {
  switch (action.type) {
    case '${w}/loading':
      return { ...state, loading: true, error: null };
    case '${w}/loaded':
      return { ...state, loading: false, items: action.payload };
    case '${w}/failed':
      return { ...state, loading: false, error: action.error?.message ?? 'Something went wrong' };
    case '${w}/select':
      return { ...state, selected: state.items.find((item) => item.id === action.id) ?? null };
    case '${w}/remove':
      return { ...state, items: state.items.filter((item) => item.id !== action.id) };
    default:
      return state;
  }
}
`,
  (pick, n) => `${comment(pick, 'task')}
export async function withRetry${n}(task, { attempts = RETRY_ATTEMPTS, delay = RETRY_DELAY } = {}) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      lastError = error;
      await sleep(delay * 2 ** attempt);
    }
  }
  throw new Error(\`gave up after \${attempts} attempts: \${lastError?.message ?? 'unknown error'}\`);
}
`,
  (pick, n) => `${comment(pick, 'text')}
export function slugify${n}(text) {
  return text
    .normalize('NFKD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG);
}

export const initials${n} = (name = '') =>
  name
    .split(/\\s+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase())
    .join('');
`,
  (pick, n, w) => `${comment(pick, 'db')}
export async function load${capital(w)}Page${n}(db, { cursor, search, size = PAGE_SIZE } = {}) {
  const where = search ? { OR: [{ name: { contains: search, mode: 'insensitive' } }, { email: { contains: search } }] } : {};
  const [rows, total] = await Promise.all([
    db.${w}.findMany({ where, take: size + 1, cursor: cursor ? { id: cursor } : undefined, orderBy: { id: 'asc' } }),
    db.${w}.count({ where }),
  ]);
  const hasMore = rows.length > size;
  return { rows: hasMore ? rows.slice(0, -1) : rows, total, next: hasMore ? rows.at(-1)?.id : null };
}
`,
  (pick, n) => `${comment(pick, 'scope')}
export function createLogger${n}(scope, minimum = process.env.LOG_LEVEL ?? 'info') {
  const order = ['debug', 'info', 'warn', 'error'];
  const threshold = order.indexOf(minimum);
  const write = (level, message, extra) => {
    if (order.indexOf(level) < threshold) return;
    const line = { time: new Date().toISOString(), level, scope, message, ...extra };
    (level === 'error' ? console.error : console.log)(JSON.stringify(line));
  };
  return Object.fromEntries(order.map((level) => [level, (message, extra) => write(level, message, extra)]));
}
`,
  (pick, n, w) => `${comment(pick, 'recipient')}
export async function send${capital(w)}Notice${n}(recipient, ${w}, mailer = defaultMailer) {
  if (!recipient.email || recipient.preferences?.notifications === false) return false;
  const subject = \`Your ${w} "\${${w}.title ?? ${w}.name}" was updated\`;
  const text = [
    \`Hello \${recipient.firstName ?? 'there'},\`,
    '',
    \`The ${w} you follow has changed. You can see what is new on your dashboard.\`,
    '',
    'If you no longer want these messages, you can turn them off in your account settings.',
  ].join('\\n');
  await mailer.send({ to: recipient.email, subject, text, tags: ['${w}', 'notice'] });
  return true;
}
`,
];

plainBlocks.push(
  (pick, n, w) => `${comment(pick, 'handler')}
export function subscribe${capital(w)}${n}(emitter, handler, { signal } = {}) {
  const listener = (event) => {
    if (event.kind !== '${w}') return;
    handler(event.payload, { source: event.source ?? 'local', receivedAt: new Date().toISOString() });
  };
  emitter.on('change', listener);
  signal?.addEventListener('abort', () => emitter.off('change', listener), { once: true });
  return () => emitter.off('change', listener);
}
`,
  (pick, n, w) => `${comment(pick, 'client')}
export function create${capital(w)}Api${n}(client, { baseUrl = config.api.baseUrl } = {}) {
  const url = (suffix = '') => new URL(\`/${w}s\${suffix}\`, baseUrl).toString();
  return {
    list: (params) => client.get(url(), { params }),
    get: (id) => client.get(url(\`/\${encodeURIComponent(id)}\`)),
    create: (body) => client.post(url(), body, { headers: { 'content-type': 'application/json' } }),
    update: (id, body) => client.patch(url(\`/\${encodeURIComponent(id)}\`), body),
    remove: (id) => client.delete(url(\`/\${encodeURIComponent(id)}\`)),
  };
}
`,
);

const tsBlocks = [
  (pick, n, w) => `${comment(pick, 'value')}
export interface ${capital(w)}${n} {
  /** Stable identifier, a UUID. */
  id: string;
  name: string;
  ownerId: string;
  state: 'draft' | 'active' | 'archived';
  tags: readonly string[];
  createdAt: Date;
  updatedAt?: Date;
  metadata?: Record<string, unknown>;
}

export type ${capital(w)}Input${n} = Omit<${capital(w)}${n}, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };
export type ${capital(w)}Map${n} = ReadonlyMap<string, ${capital(w)}${n}>;
`,
  (pick, n, w) => `${comment(pick, 'value')}
export enum ${capital(w)}Kind${n} {
  Basic = 'basic',
  Premium = 'premium',
  Internal = 'internal',
}

export function isKind${n}(value: unknown): value is ${capital(w)}Kind${n} {
  return typeof value === 'string' && (Object.values(${capital(w)}Kind${n}) as string[]).includes(value);
}

export function groupBy${n}<T, K extends PropertyKey>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const out = {} as Record<K, T[]>;
  for (const item of items) (out[key(item)] ??= []).push(item);
  return out;
}
`,
  (pick, n, w) => `${comment(pick, 'form')}
export const ${w}Schema${n} = z.object({
  name: z.string().min(1, 'Please enter a name').max(${pick([64, 80])}),
  email: z.string().email('Please enter a valid email address'),
  role: z.enum(['owner', 'admin', 'member']).default('member'),
  notes: z.string().optional(),
});

export type ${capital(w)}Form${n} = z.infer<typeof ${w}Schema${n}>;
`,
];

const jsxBlocks = [
  (pick, n, w) => `${comment(pick, 'props')}
export function ${capital(w)}List${n}({ items, onSelect, emptyText = 'Nothing here yet' }) {
  const [query, setQuery] = useState('');
  const visible = useMemo(() => items.filter((item) => item.name.toLowerCase().includes(query.toLowerCase())), [items, query]);
  if (!items.length) return <p className="text-sm text-muted-foreground">{emptyText}</p>;
  return (
    <div className="flex flex-col gap-2 rounded-lg border bg-card p-4 shadow-sm">
      <label htmlFor="search-${w}" className="sr-only">
        Search ${w}s
      </label>
      <input
        id="search-${w}"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Search ${w}s by name"
        className="flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-sm ring-offset-background placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2"
      />
      <ul role="list" className="divide-y divide-border">
        {visible.map((item) => (
          <li key={item.id} onClick={() => onSelect?.(item)} className="flex cursor-pointer items-center justify-between py-3 hover:bg-accent">
            <span className="font-medium leading-none">{item.name}</span>
            <span className="text-xs text-muted-foreground">{item.createdAt}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
`,
  (pick, n, w) => `${comment(pick, 'id')}
export function use${capital(w)}${n}(id) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  useEffect(() => {
    let cancelled = false;
    load(id)
      .then((data) => !cancelled && setState({ data, error: null, loading: false }))
      .catch((error) => !cancelled && setState({ data: null, error, loading: false }));
    return () => {
      cancelled = true;
    };
  }, [id]);
  return state;
}

export function ${capital(w)}Card${n}({ id }) {
  const { data, error, loading } = use${capital(w)}${n}(id);
  if (loading) return <Spinner className="h-4 w-4 animate-spin" />;
  if (error) return <Alert variant="destructive">We could not load this ${w}. Please refresh the page.</Alert>;
  return (
    <Card className="w-full max-w-md">
      <CardHeader>
        <CardTitle className="text-lg font-semibold tracking-tight">{data.name}</CardTitle>
        <CardDescription>Last changed {data.updatedAt}</CardDescription>
      </CardHeader>
      <CardContent className="prose prose-sm dark:prose-invert">{data.description}</CardContent>
    </Card>
  );
}
`,
];

/** Candidates that are not statuses: numbers 100-599 and `redirect` in places that hold no status. */
const candidateBlocks = [
  (pick, n) => `
export const search${n} = debounce((value) => runSearch(value), ${pick([150, 250, 300, 400])});
export const TOAST_DURATION_${n} = ${pick([300, 500])};
`,
  (pick, n) => `
export function paginate${n}(list, limit = ${pick([100, 200, 250])}) {
  if (list.length > ${pick([100, 500])}) console.warn('large list, truncating');
  return list.slice(0, limit);
}
`,
  (pick, n) => `
export const mailer${n} = createTransport({ host: process.env.SMTP_HOST, port: ${pick([465, 587])}, secure: true, pool: { maxMessages: ${pick([100, 200])} } });
export const httpsPort${n} = Number(process.env.PORT ?? ${pick([443, 3000])});
`,
  (pick, n) => `
export const percent${n} = (part, whole) => Math.round((part / whole) * ${pick([100, 1000])}) / ${pick([100, 10])};
export const toCents${n} = (amount) => Math.round(amount * 100);
export const hue${n} = (index) => (index * ${pick([137, 222])}) % 360;
`,
  (pick, n) => `
export const styles${n} = {
  container: { maxWidth: ${pick([320, 480, 560])}, padding: 24, margin: '0 auto' },
  title: { fontWeight: ${pick([500, 600, 700])}, fontSize: 24, lineHeight: 1.5 },
  image: { width: ${pick([200, 240, 300])}, height: ${pick([150, 180, 400])}, objectFit: 'cover' },
  overlay: { zIndex: ${pick([100, 200])}, transition: 'opacity 200ms ease' },
};
`,
  (pick, n) => `
export async function fetchRaw${n}(url, options = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ${pick([500, 300])});
  try {
    const response = await fetch(url, { ...options, redirect: '${pick(['follow', 'manual'])}', signal: controller.signal });
    return response.ok ? await response.json() : null;
  } finally {
    clearTimeout(timer);
  }
}
`,
  (pick, n) => `
export function readReturnPath${n}(searchParams) {
  const redirectTo = searchParams.get('redirectTo') ?? '/';
  return redirectTo.startsWith('/') && !redirectTo.startsWith('//') ? redirectTo : '/';
}
`,
  (pick, n) => `
export const limits${n} = { maxNameLength: ${pick([120, 255])}, maxBio: ${pick([280, 500])}, maxUpload: 5 * 1024 * 1024, batch: ${pick([100, 250])} };
export const buffer${n} = new Array(${pick([128, 256, 512])}).fill(0);
`,
];

/** A number of bytes drawn around real source files: median about 2.5 KB, a long tail to 60 KB. */
function fileSize(next) {
  const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return Math.min(60_000, Math.max(300, Math.round(2500 * Math.exp(0.9 * normal))));
}

const headers = {
  js: [
    "import { readFile } from 'node:fs/promises';\nimport path from 'node:path';\n",
    "import { z } from 'zod';\nimport { db } from '../lib/db.js';\n",
    "import lodash from 'lodash';\n",
  ],
  cjs: ["'use strict';\nconst path = require('node:path');\nconst { z } = require('zod');\n"],
  ts: [
    "import { z } from 'zod';\nimport type { Prisma } from '@prisma/client';\n",
    "import { db } from '@/lib/db';\nimport { debounce } from '@/lib/utils';\n",
  ],
  jsx: [
    "'use client';\nimport { useEffect, useMemo, useState } from 'react';\nimport { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';\nimport { Alert, Spinner } from '@/components/ui';\n",
  ],
};

/** Extensions of the files without findings, by weight: TypeScript first, as in today's applications. */
const plainExtensions = [
  'ts',
  'ts',
  'ts',
  'ts',
  'ts',
  'ts',
  'ts',
  'ts',
  'tsx',
  'tsx',
  'tsx',
  'tsx',
  'js',
  'js',
  'js',
  'js',
  'jsx',
  'mjs',
  'cjs',
  'js',
];

/** Ordinary code in `extension` up to about `size` bytes, starting with `head`. */
function fill(pick, next, extension, head, size, index) {
  const typescript = extension === 'ts' || extension === 'tsx';
  const jsx = extension === 'tsx' || extension === 'jsx';
  const blocks = [...plainBlocks, ...(typescript ? tsBlocks : []), ...(jsx ? jsxBlocks : []), ...(jsx ? jsxBlocks : [])];
  let text = head;
  for (let n = 0; text.length < size; n++) text += pick(blocks)(pick, `${index}_${n}`, pick(words));
  if (extension === 'cjs') text = text.replaceAll('export ', '');
  return text;
}

/**
 * Writes `count` files of the real mix into `directory` and returns their paths: 14 in 20 without
 * a candidate (`plain/`), 3 in 20 with candidates that are not statuses (`candidates/`), 3 in 20
 * handlers and tests with findings (`findings/`), each filled to a size drawn from real files.
 * @param {string} directory
 * @param {number} count
 * @param {number} [seed]
 * @returns {string[]}
 */
export function generateRealMixCorpus(directory, count, seed = 20261207) {
  const next = random(seed);
  /** @type {<T>(values: T[]) => T} */
  const pick = (values) => values[Math.floor(next() * values.length)];
  const kinds = mix.filter(([kind]) => kind !== 'util');
  const files = [];
  for (let index = 0; index < count; index++) {
    const slot = index % 20;
    const size = fileSize(next);
    let category;
    let extension;
    let text;
    if (slot < 14 || slot >= 17) {
      if (slot < 14) {
        category = 'plain';
        extension = pick(plainExtensions);
        text = fill(
          pick,
          next,
          extension,
          pick(headers[extension === 'tsx' ? 'jsx' : extension === 'mjs' ? 'js' : extension]),
          size,
          index,
        );
      } else {
        const [kind, , kindExtension] = pick(kinds);
        category = `findings/${kind}`;
        extension = kindExtension;
        text = fill(pick, next, extension, templates[kind](pick, index), size, index);
        if (extension === 'js' && text.startsWith("'use strict'")) text = text.replaceAll('\nexport ', '\n');
      }
    } else {
      category = 'candidates';
      extension = pick(['ts', 'ts', 'js', 'tsx', 'mjs']);
      let head = pick(headers[extension === 'tsx' ? 'jsx' : extension === 'mjs' ? 'js' : extension]);
      for (let n = 0, blocks = 1 + Math.floor(next() * 3); n < blocks; n++)
        head += pick(candidateBlocks)(pick, `${index}c${n}`, pick(words));
      text = fill(pick, next, extension, head, size, index);
    }
    const folder = path.join(directory, category, String(Math.floor(index / 200)));
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `file${index}.${extension}`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

/** The generated corpora by name: the handler-dense one of the first benchmarks, and the real mix. */
export const generators = { handlers: generateCorpus, 'real-mix': generateRealMixCorpus };
