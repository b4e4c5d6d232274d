// What a VS Code user sees: the real ESLint language server (vscode-langservers-extracted), driven
// over stdio on a small project that installs the built plugin by name.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LanguageServer, applyEdits, editsFor } from './editor-client.js';
import type { CodeAction, Diagnostic } from './editor-client.js';

const root = path.resolve(__dirname, '..');
const modules = path.join(root, 'node_modules');
const serverScript = path.join(modules, 'vscode-langservers-extracted/lib/eslint-language-server/eslintServer.js');
const work = mkdtempSync(path.join(tmpdir(), 'http-status-editor-'));
const file = path.join(work, 'src/orders.js');
const uri = pathToFileURL(file).href;

const source = `import express from 'express';

const router = express.Router();

router.get('/orders/:id', (req, res) => {
  res.status(404).json({ error: 'Not found' });
});

router.post('/orders', (req, res) => {
  res.status(201).json({ id: 1 });
});

router.post('/orders/:id/cancel', (req, res) => {
  res.redirect(302, '/orders');
});

router.delete('/orders/:id', (req, res) => {
  res.status(204).send('deleted');
});

export default router;
`;

let server: LanguageServer;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist/esm/src/index.js')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  mkdirSync(path.join(work, 'node_modules'), { recursive: true });
  mkdirSync(path.join(work, 'src'));
  // Installed by name, as users have it; the rest comes from this repository's own node_modules.
  symlinkSync(root, path.join(work, 'node_modules/eslint-plugin-http-status'), 'dir');
  for (const name of ['eslint', 'http-status-codes']) symlinkSync(path.join(modules, name), path.join(work, 'node_modules', name), 'dir');
  writeFileSync(
    path.join(work, 'package.json'),
    JSON.stringify({ name: 'editor-app', private: true, type: 'module', dependencies: { 'http-status-codes': '^2.3.0' } }),
  );
  writeFileSync(
    path.join(work, 'eslint.config.js'),
    "import httpStatus from 'eslint-plugin-http-status';\n\nexport default [httpStatus.configs.recommended];\n",
  );
  writeFileSync(file, source);
  server = new LanguageServer(serverScript, work);
  await server.initialize();
  server.open(uri, source);
});

afterAll(async () => {
  await server?.shutdown().catch(() => undefined);
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

const ruleOf = (diagnostic: Diagnostic) => (typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);

describe('the ESLint language server', () => {
  it('probe', async () => {
    const diagnostics = await server.diagnostics(uri);
    console.log(JSON.stringify(diagnostics, null, 1));
    for (const diagnostic of diagnostics) {
      const actions: CodeAction[] = await server.codeActions(uri, diagnostic.range, [diagnostic]);
      console.log(ruleOf(diagnostic), JSON.stringify(actions.map((a) => [a.title, a.kind, a.isPreferred])));
      for (const action of actions.filter((a) => a.kind === 'quickfix' && !a.title.startsWith('Disable') && !a.title.startsWith('Show'))) {
        const edit = await server.run(action);
        console.log(action.title, '\n', applyEdits(source, editsFor(edit, uri)));
      }
    }
    const [fixAll] = await server.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.eslint']);
    console.log(applyEdits(source, editsFor(fixAll!.edit!, uri)));
    console.log(server.failures);
    console.log(execFileSync(process.execPath, [path.join(modules, 'eslint/bin/eslint.js'), '--version']).toString());
  });
});
