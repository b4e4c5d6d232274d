// A package of the same repository, linked by the workspace into node_modules, is the project's own
// code: its helpers are read through its package.json `exports`. An installed package is not.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

const routes = `import { answer } from '@acme/api/respond';

export function login(router) {
  router.post('/login', (req, res) => {
    if (!req.user) return answer(res, 401, 'Sign in first');
    res.json(req.user);
  });
}
`;

/** A repository with packages/api and packages/web; the api package is linked (a workspace) or copied (installed). */
function repository(api: 'linked' | 'installed'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'http-status-workspace-'));
  roots.push(root);
  const source = path.join(root, 'packages/api');
  write(path.join(root, 'package.json'), JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*'] }));
  write(
    path.join(source, 'package.json'),
    JSON.stringify({ name: '@acme/api', type: 'module', exports: { './respond': './src/respond.js' } }),
  );
  write(
    path.join(source, 'src/respond.js'),
    'export function answer(res, status, message) {\n  res.status(status).json({ error: message });\n}\n',
  );
  write(path.join(root, 'packages/web/package.json'), JSON.stringify({ name: '@acme/web', type: 'module' }));
  write(path.join(root, 'packages/web/src/routes.js'), routes);
  mkdirSync(path.join(root, 'node_modules/@acme'), { recursive: true });
  // npm links workspace packages from the root's node_modules.
  if (api === 'linked') symlinkSync(source, path.join(root, 'node_modules/@acme/api'), 'dir');
  else cpSync(source, path.join(root, 'node_modules/@acme/api'), { recursive: true });
  return path.join(root, 'packages/web');
}

async function findings(cwd: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [{ plugins: { 'http-status': plugin }, rules: { 'http-status/require-status-headers': 'error' } }],
  });
  const results = await eslint.lintFiles(['src']);
  return results.flatMap((result) =>
    result.messages.map((message) => `${message.line}:${message.column} ${message.message.split('.')[0]}`),
  );
}

describe('helpers of workspace packages', () => {
  it('reads a helper of a package the workspace links, through its exports', async () => {
    expect(await findings(repository('linked'))).toEqual([
      '5:39 Set WWW-Authenticate on this 401 Unauthorized response, or send 403 if the client is signed in but not allowed',
    ]);
  });

  it('leaves an installed package alone, even with the same code', async () => {
    expect(await findings(repository('installed'))).toEqual([]);
  });
});
