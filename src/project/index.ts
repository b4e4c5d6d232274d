import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { routes } from '../apis/index.js';
import { fileText, packageRootOf, projectFiles, recheckAfterMs } from './files.js';
import { moduleReaderOf } from './parse.js';
import type { ModuleReader } from './parse.js';
import { reExportsIn, registrationsIn } from './registrations.js';
import type { ReExport, Registration } from './registrations.js';

export type { Registration } from './registrations.js';

/**
 * The text a module that registers routes must contain: a router method given a path
 * (`.post('/x'`), or a `route(` that chains methods or takes options, as the catalogue names them.
 */
const routeWords = new RegExp(
  `\\.\\s*(?:${[...routes.routerMethods.keys()].join('|')})\\s*\\(\\s*['"\`/[]|\\.\\s*(?:${[...routes.chainedRoutes, ...routes.routeOptions.map((spec) => spec.method)].join('|')})\\s*\\(`,
);

/** A router made in the module (`express.Router()`, `new Router()`), whose methods take any path. */
const routerWords = new RegExp(`\\b(?:${[...routes.routerFactories].join('|')})\\s*\\(`);

/** `export { x }`, `export * from`, `module.exports = ...`, `exports.x = require(...)`: a module may hand on an import. */
const reExportWords = /\bexport\s*(?:\*|\{)|\bmodule\.exports\b|\bexports\.[\w$]+\s*=\s*require\b/;

/** What a module says of others, found once per parse of it (the reader parses again only when its text changes). */
interface ModuleFacts {
  readonly registrations: readonly Registration[];
  readonly reExports: readonly ReExport[];
}
const factsByAst = new WeakMap<TSESTree.Program, ModuleFacts>();

/** How many modules deep re-exports are followed: `routes.js` -> `controllers/index.js` -> `controllers/auth.js`. */
const maxReExports = 3;

/** The module specifiers a text imports: `require('./x')`, `from './x'`, `import('./x')`; relative or aliased, never a bare package. */
const importedSpecifier = /(?:require\s*\(\s*|from\s*|import\s*\(\s*)['"`]((?:[^'"`\n/]+\/)+[^'"`\n/]+)['"`]/g;

/** The name a specifier ends in, as a file is named: `./controllers/user.js` and `./user` are `user`; `./users/index` is `users`. */
function lastName(specifier: string): string {
  const parts = specifier.replace(/\.[cm]?[jt]sx?$/, '').split('/');
  const last = parts.pop()!;
  return last === 'index' && parts.length > 0 ? parts.pop()! : last;
}

/** The name by which modules import the file: `user` for `controllers/user.js`, `users` for `users/index.ts`. */
const nameOfFile = (file: string) =>
  lastName(
    `./${path
      .relative(path.dirname(path.dirname(file)), file)
      .split(path.sep)
      .join('/')}`,
  );

/** Per file, the names it imports, kept while its text is the same. */
const importedNames = new Map<string, { readonly text: string; readonly names: ReadonlySet<string> }>();

function namesImportedBy(file: string, text: string): ReadonlySet<string> {
  const cached = importedNames.get(file);
  if (cached?.text === text) return cached.names;
  const names = new Set<string>();
  for (const match of text.matchAll(importedSpecifier)) names.add(lastName(match[1]!));
  importedNames.set(file, { text, names });
  return names;
}

/** Per project, which of its modules import a module by each name; rebuilt when the trust in the disk's state runs out. */
const importersByName = new Map<string, { readonly byName: Map<string, string[]>; readonly checkedAt: number }>();

function importersNamed(root: string, name: string): readonly string[] {
  const now = Date.now();
  let cached = importersByName.get(root);
  if (!cached || now - cached.checkedAt >= recheckAfterMs) {
    const byName = new Map<string, string[]>();
    for (const file of projectFiles(root)) {
      if (testFile.test(path.relative(root, file))) continue;
      const text = fileText.get(file);
      if (text === undefined) continue;
      for (const imported of namesImportedBy(file, text)) {
        const list = byName.get(imported);
        if (list) list.push(file);
        else byName.set(imported, [file]);
      }
    }
    importersByName.set(root, (cached = { byName, checkedAt: now }));
  }
  return cached.byName.get(name) ?? [];
}

/** Tests register handlers of their own for requests that only the tests make. */
const testFile = /(?:^|[/\\])(?:__tests__|__mocks__|tests?|e2e|cypress)[/\\]|\.(?:test|spec|e2e)\.[cm]?[jt]sx?$/;

/**
 * What the rest of the project says about the linted file: which of its exported functions other
 * modules register as route handlers, directly or through modules that re-export them. Read on
 * demand, only when a rule asks about a function its own file does not register; only modules
 * whose text names the file in a module specifier are parsed, each once per change.
 */
export class ProjectIndex {
  private readonly importers = new Map<string, { readonly file: string; readonly facts: ModuleFacts }[]>();

  private constructor(
    private readonly file: string,
    private readonly root: string,
    private readonly reader: ModuleReader,
  ) {}

  /** The index for the linted file; none for text without a file on disk, or a parser it cannot reuse. */
  static of(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ProjectIndex | undefined {
    const file = context.physicalFilename;
    if (!file || !path.isAbsolute(file)) return undefined;
    const root = packageRootOf(file);
    const reader = root === undefined ? undefined : moduleReaderOf(context);
    return root !== undefined && reader ? new ProjectIndex(file, root, reader) : undefined;
  }

  /** The modules of the project that may import `target`, with what they say. */
  private importersOf(target: string): { readonly file: string; readonly facts: ModuleFacts }[] {
    let found = this.importers.get(target);
    if (found) return found;
    found = [];
    for (const other of importersNamed(this.root, nameOfFile(target))) {
      if (other === target) continue;
      const text = fileText.get(other);
      if (text === undefined) continue;
      const registers = routeWords.test(text) || routerWords.test(text);
      // A module that neither registers routes nor hands on what it imports says nothing of the file.
      if (!registers && !reExportWords.test(text)) continue;
      const ast = this.reader.read(other);
      if (!ast) continue;
      let facts = factsByAst.get(ast);
      if (!facts) {
        facts = { registrations: registers ? registrationsIn(ast, other, this.root) : [], reExports: reExportsIn(ast, other) };
        factsByAst.set(ast, facts);
      }
      if (facts.registrations.length > 0 || facts.reExports.length > 0) found.push({ file: other, facts });
    }
    this.importers.set(target, found);
    return found;
  }

  /** Where other modules register a function `target` exports under `keys`, following re-exports. */
  private registrationsFor(target: string, keys: readonly string[], depth: number): Registration[] {
    const found: Registration[] = [];
    for (const { file, facts } of this.importersOf(target)) {
      for (const registration of facts.registrations)
        if (registration.file === target && registration.keys.some((key) => keys.includes(key))) found.push(registration);
      if (depth >= maxReExports || file === this.file) continue;
      for (const reExport of facts.reExports) {
        if (reExport.file !== target) continue;
        const renamed = keys.flatMap((key) => reExport.rename(key) ?? []);
        if (renamed.length > 0) found.push(...this.registrationsFor(file, renamed, depth + 1));
      }
    }
    return found;
  }

  /** Where other modules register a function the file exports under `keys`: their methods and sources. */
  registrationsOf(keys: readonly string[]): Registration[] {
    return keys.length === 0 ? [] : [...new Set(this.registrationsFor(this.file, keys, 0))];
  }
}
