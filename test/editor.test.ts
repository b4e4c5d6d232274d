// What a VS Code user sees: the real ESLint language server (vscode-langservers-extracted), driven
// over stdio on a small project that installs the built plugin by name.
import { spawnSync } from 'node:child_process';
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

const ruleOf = (diagnostic: Diagnostic) => (typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code)!;
const at = (diagnostic: Diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;

/** The actions of one problem's quick-fix menu that edit for it: its fix and suggestions, not "Disable ..." or "Fix all ...". */
async function menu(diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = await server.codeActions(uri, diagnostic.range, [diagnostic]);
  return actions.filter((action) => action.diagnostics?.length);
}

/** The document after the user picks `action`. */
async function pick(text: string, action: CodeAction): Promise<string> {
  return applyEdits(text, editsFor(await server.run(action), uri));
}

async function diagnosticsOf(text: string): Promise<Diagnostic[]> {
  server.change(uri, text);
  return server.diagnostics(uri);
}

/** What `eslint --fix` writes for `text` in the project's file. Problems without a fix remain, so eslint exits with 1. */
function eslintFix(text: string): string | undefined {
  const eslint = spawnSync(
    process.execPath,
    [path.join(modules, 'eslint/bin/eslint.js'), '--fix-dry-run', '--format', 'json', '--stdin', '--stdin-filename', file],
    { cwd: work, encoding: 'utf8', input: text },
  );
  expect(eslint.status).toBe(1);
  return (JSON.parse(eslint.stdout) as { output?: string }[])[0]!.output;
}

const withImport = (body: string) =>
  body.replace("import express from 'express';\n", "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\n");

describe('the ESLint language server, as VS Code drives it', { timeout: 30_000 }, () => {
  it('shows each problem once, with a message whose first sentence says what to do', async () => {
    const diagnostics = await diagnosticsOf(source);
    expect(diagnostics.map((diagnostic) => [at(diagnostic), ruleOf(diagnostic), diagnostic.message])).toEqual([
      ['6:14', 'http-status/no-magic-status', 'Use StatusCodes.NOT_FOUND instead of 404. See RFC 9110 section 15.5.5.'],
      ['10:14', 'http-status/no-magic-status', 'Use StatusCodes.CREATED instead of 201. See RFC 9110 section 15.3.2.'],
      [
        '14:16',
        'http-status/no-302-after-post',
        'A 302 redirect answering POST may change the method: use 303 for a GET, or 307 to keep POST. RFC 9110 section 15.4.3 lets clients change it. Handler: router.post().',
      ],
      [
        '14:16',
        'http-status/no-magic-status',
        'Use StatusCodes.MOVED_TEMPORARILY (RFC 9110 name: Found) instead of 302. See RFC 9110 section 15.4.3.',
      ],
      ['18:14', 'http-status/no-magic-status', 'Use StatusCodes.NO_CONTENT instead of 204. See RFC 9110 section 15.3.5.'],
      [
        '18:24',
        'http-status/no-body-on-bodiless-status',
        "Send this 204 No Content response without content: it must carry none. See RFC 9110 section 15.3.5; at run time, Node's http module drops the content without a word.",
      ],
    ]);
  });

  it('offers one quick-fix per magic number, and picking them one by one adds the import once', async () => {
    let text = source;
    const picked: string[] = [];
    for (;;) {
      const magic = (await diagnosticsOf(text)).find((diagnostic) => ruleOf(diagnostic) === 'http-status/no-magic-status');
      if (!magic) break;
      const actions = await menu(magic);
      expect(actions.map((action) => [action.title, action.kind, action.isPreferred])).toEqual([
        ['Fix this http-status/no-magic-status problem', 'quickfix', true],
      ]);
      picked.push(at(magic));
      text = await pick(text, actions[0]!);
    }
    // The first fix adds the import line, so the later numbers sit one line lower than in the source.
    expect(picked).toEqual(['6:14', '11:14', '15:16', '19:14']);
    expect(text).toBe(
      withImport(source)
        .replace('status(404)', 'status(StatusCodes.NOT_FOUND)')
        .replace('status(201)', 'status(StatusCodes.CREATED)')
        .replace('redirect(302,', 'redirect(StatusCodes.MOVED_TEMPORARILY,')
        .replace('status(204)', 'status(StatusCodes.NO_CONTENT)'),
    );
  });

  it('offers "Fix all http-status/no-magic-status problems" in a file without the import, and it writes what `eslint --fix` writes', async () => {
    const magic = (await diagnosticsOf(source)).filter((diagnostic) => ruleOf(diagnostic) === 'http-status/no-magic-status');
    expect(magic.map(at)).toEqual(['6:14', '10:14', '14:16', '18:14']);
    for (const diagnostic of magic) {
      const actions = await server.codeActions(uri, diagnostic.range, [diagnostic]);
      const fixAll = actions.filter((action) => action.title.startsWith('Fix all'));
      expect(
        fixAll.map((action) => [action.title, action.kind]),
        at(diagnostic),
      ).toEqual([
        ['Fix all http-status/no-magic-status problems', 'quickfix'],
        ['Fix all auto-fixable problems', 'quickfix'],
      ]);
    }
    const actions = await server.codeActions(uri, magic[2]!.range, [magic[2]!]);
    const fixed = await pick(
      source,
      actions.find((action) => action.title === 'Fix all http-status/no-magic-status problems')!,
    );
    expect(fixed).toBe(eslintFix(source));
    expect(fixed).toBe(
      withImport(source)
        .replace('status(404)', 'status(StatusCodes.NOT_FOUND)')
        .replace('status(201)', 'status(StatusCodes.CREATED)')
        .replace('redirect(302,', 'redirect(StatusCodes.MOVED_TEMPORARILY,')
        .replace('status(204)', 'status(StatusCodes.NO_CONTENT)'),
    );
  });

  it("a later number fixed alone waits for its import, which the first number's fix still adds", async () => {
    const last = (await diagnosticsOf(source)).findLast((diagnostic) => ruleOf(diagnostic) === 'http-status/no-magic-status')!;
    expect(at(last)).toBe('18:14');
    const alone = await pick(source, (await menu(last))[0]!);
    expect(alone).toBe(source.replace('status(204)', 'status(StatusCodes.NO_CONTENT)'));
    const first = (await diagnosticsOf(alone)).find((diagnostic) => ruleOf(diagnostic) === 'http-status/no-magic-status')!;
    expect(at(first)).toBe('6:14');
    expect(await pick(alone, (await menu(first))[0]!)).toBe(
      withImport(source).replace('status(404)', 'status(StatusCodes.NOT_FOUND)').replace('status(204)', 'status(StatusCodes.NO_CONTENT)'),
    );
  });

  it('offers the 303 and 307 suggestions of no-302-after-post with the constant and its import', async () => {
    const redirect = (await diagnosticsOf(source)).find((diagnostic) => ruleOf(diagnostic) === 'http-status/no-302-after-post')!;
    const actions = await menu(redirect);
    expect(actions.map((action) => [action.title, action.kind])).toEqual([
      ['Redirect with StatusCodes.SEE_OTHER (303 See Other): the client follows with a GET. (http-status/no-302-after-post)', 'quickfix'],
      [
        'Redirect with StatusCodes.TEMPORARY_REDIRECT (307 Temporary Redirect): the client repeats the POST. (http-status/no-302-after-post)',
        'quickfix',
      ],
    ]);
    expect(await pick(source, actions[0]!)).toBe(withImport(source).replace('redirect(302,', 'redirect(StatusCodes.SEE_OTHER,'));
    expect(await pick(source, actions[1]!)).toBe(withImport(source).replace('redirect(302,', 'redirect(StatusCodes.TEMPORARY_REDIRECT,'));
  });

  it('offers the bodiless suggestions, res.sendStatus() with the constant and its import', async () => {
    const content = (await diagnosticsOf(source)).find((diagnostic) => ruleOf(diagnostic) === 'http-status/no-body-on-bodiless-status')!;
    const actions = await menu(content);
    expect(actions.map((action) => action.title)).toEqual([
      'Send it without content: res.status(204).end(). (http-status/no-body-on-bodiless-status)',
      'Send it without content: res.sendStatus(StatusCodes.NO_CONTENT). (http-status/no-body-on-bodiless-status)',
    ]);
    expect(await pick(source, actions[0]!)).toBe(source.replace("send('deleted')", 'end()'));
    expect(await pick(source, actions[1]!)).toBe(
      withImport(source).replace("res.status(204).send('deleted')", 'res.sendStatus(StatusCodes.NO_CONTENT)'),
    );
  });

  it('lists no action twice: no two titles in any menu, and no two of its edits leave the same text', async () => {
    for (const diagnostic of await diagnosticsOf(source)) {
      const label = `${at(diagnostic)} ${ruleOf(diagnostic)}`;
      const titles = (await server.codeActions(uri, diagnostic.range, [diagnostic])).map((action) => action.title);
      expect(new Set(titles).size, label).toBe(titles.length);
      const results: string[] = [];
      for (const action of await menu(diagnostic)) results.push(await pick(source, action));
      expect(results.length, label).toBeGreaterThan(0);
      expect(new Set(results).size, label).toBe(results.length);
    }
  });

  it('source.fixAll.eslint (fix on save) writes what `eslint --fix` writes, and a second run changes nothing', async () => {
    await diagnosticsOf(source);
    const fixAll = async () => {
      const actions = await server.codeActions(
        uri,
        { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        [],
        ['source.fixAll.eslint'],
      );
      expect(actions.map((action) => [action.title, action.kind])).toEqual([['Fix all fixable ESLint issues', 'source.fixAll.eslint']]);
      return editsFor(actions[0]!.edit!, uri);
    };
    const saved = applyEdits(source, await fixAll());

    // Problems that have no fix remain, so eslint exits with 1: read its report, not its exit code.
    const eslint = spawnSync(process.execPath, [path.join(modules, 'eslint/bin/eslint.js'), '--fix-dry-run', '--format', 'json', file], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(eslint.status).toBe(1);
    const report = eslint.stdout;
    expect(saved).toBe((JSON.parse(report) as { output?: string }[])[0]!.output);
    expect(saved).toBe(
      withImport(source)
        .replace('status(404)', 'status(StatusCodes.NOT_FOUND)')
        .replace('status(201)', 'status(StatusCodes.CREATED)')
        .replace('redirect(302,', 'redirect(StatusCodes.MOVED_TEMPORARILY,')
        .replace('status(204)', 'status(StatusCodes.NO_CONTENT)'),
    );

    server.change(uri, saved);
    await server.diagnostics(uri);
    expect(await fixAll()).toEqual([]);
  });

  it("sees another module's change on the next lint: when routes.js registers `update` under POST, the controller's redirect is reported", async () => {
    const controller = path.join(work, 'src/profile-controller.js');
    const routes = path.join(work, 'src/profile-routes.js');
    const controllerUri = pathToFileURL(controller).href;
    const controllerSource =
      "export const update = async (req, res) => {\n  await req.user.save();\n  res.redirect(303, '/profile');\n  res.redirect('/profile');\n};\n";
    const routesSource = (method: string) =>
      `import express from 'express';\n\nimport { update } from './profile-controller.js';\n\nexport const router = express.Router();\nrouter.${method}('/profile', update);\n`;
    const redirectReports = async () => {
      server.change(controllerUri, controllerSource);
      return (await server.diagnostics(controllerUri))
        .filter((diagnostic) => ruleOf(diagnostic) === 'http-status/no-302-after-post')
        .map((diagnostic) => [at(diagnostic), diagnostic.message]);
    };
    writeFileSync(routes, routesSource('get'));
    writeFileSync(controller, controllerSource);
    server.open(controllerUri, controllerSource);
    expect(await redirectReports()).toEqual([]);

    writeFileSync(routes, routesSource('post'));
    // Other modules are read again once they change on disk; a read is trusted for a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await redirectReports()).toEqual([
      [
        '4:3',
        'A 302 redirect answering POST may change the method: use 303 for a GET, or 307 to keep POST. RFC 9110 section 15.4.3 lets clients change it. Handler: router.post() in src/profile-routes.js:6.',
      ],
    ]);

    writeFileSync(routes, routesSource('get'));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await redirectReports()).toEqual([]);
  });

  it('reported no error of its own (no ESLint library, no config, a failed probe)', () => {
    expect(server.failures).toEqual([]);
  });
});
