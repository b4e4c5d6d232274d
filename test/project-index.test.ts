// Whole fixture projects linted by ESLint itself: route files register handlers that other
// modules export, and the redirects of those handlers are reported where they are made.
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
import { fixtures } from './rule-tester.js';

async function findings(project: string): Promise<string[]> {
  const cwd = path.join(fixtures, 'projects', project);
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      {
        files: ['**/*.js'],
        languageOptions: { sourceType: cwd.endsWith('express-mvc') ? 'commonjs' : 'module' },
      },
      { plugins: { 'http-status': plugin }, rules: { 'http-status/no-302-after-post': 'error' } },
    ],
  });
  const results = await eslint.lintFiles(['.']);
  return results.flatMap((result) =>
    result.messages.map(
      (message) => `${path.relative(cwd, result.filePath)}:${message.line}:${message.column} ${message.message.split(' Handler: ')[1]}`,
    ),
  );
}

describe('handlers registered in other modules, on whole fixture projects', () => {
  it('an Express MVC app: app.js and routes/api.js register controllers, middleware (also in arrays), class methods, handler lists and re-exported controllers', async () => {
    expect((await findings('express-mvc')).sort()).toEqual([
      'controllers/admin.js:3:3 app.post() in app.js:21.',
      'controllers/books.js:7:5 app.post() in app.js:22.',
      'controllers/items.js:2:16 route(...).post() in routes/api.js:10.',
      'controllers/items.js:8:3 route(...).delete() in routes/api.js:11.',
      'controllers/posts.js:3:5 app.post() in app.js:18.',
      'controllers/profile.js:8:3 app.post() in app.js:17.',
      'controllers/users.js:9:12 app.post() in app.js:15.',
      'middleware/admin.js:3:3 route(...).delete() in routes/api.js:11.',
      'middleware/auth.js:3:3 app.post() in app.js:17.',
    ]);
  });

  it('a Fastify app in TypeScript: a route file registers handlers by namespace import and tsconfig alias', async () => {
    expect((await findings('fastify-routes')).sort()).toEqual([
      'src/handlers/session.ts:5:10 app.post() in src/routes/users.ts:11.',
      'src/handlers/users.ts:14:35 route({ method }) in src/routes/users.ts:10.',
      'src/handlers/users.ts:4:10 app.post() in src/routes/users.ts:7.',
    ]);
  });

  it('a Koa app: routers register a default-exported function, class methods on an instance, object methods, a function re-exported by `export *`, and a path held in a constant of a `new Router()`', async () => {
    expect((await findings('koa-routes')).sort()).toEqual([
      'src/controllers/articles.js:7:5 router.put() in src/routes/index.js:12.',
      'src/controllers/create-article.js:2:3 router.post() in src/routes/index.js:10.',
      'src/controllers/session.js:3:3 router.post() in src/routes/session.js:8.',
      'src/controllers/tags.js:3:3 tagRouter.post() in src/routes/tags.js:7.',
    ]);
  });

  it('a Hono app: new Hono() registers handlers imported without an extension', async () => {
    expect(await findings('hono-routes')).toEqual(['src/handlers/posts.ts:5:10 app.post() in src/index.ts:7.']);
  });
});
