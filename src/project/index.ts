import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { routes } from '../apis/index.js';
import { fileText, packageRootOf, projectFiles } from './files.js';
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

/** What a module says of others, found once per parse of it (the reader parses again only when its text changes). */
interface ModuleFacts {
  readonly registrations: readonly Registration[];
  readonly reExports: readonly ReExport[];
}
const factsByAst = new WeakMap<TSESTree.Program, ModuleFacts>();

/** How many modules deep re-exports are followed: `routes.js` -> `controllers/index.js` -> `controllers/auth.js`. */
const maxReExports = 3;

/**
 * A pattern for a module specifier that can name the file: `'./controllers/user'`, `"../user.js"`,
 * `'@handlers/user'`; the folder's name for an index file. Only modules whose text has one are parsed.
 */
function specifierOf(file: string): RegExp {
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  const name = stem === 'index' ? path.basename(path.dirname(file)) : stem;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`['"\`](?:[^'"\`\\n]*/)?${escaped}(?:/index)?(?:\\.[cm]?[jt]sx?)?['"\`]`);
}

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
    // `HTTP_STATUS_NO_PROJECT=1` reads no other module: the bench measures what the index costs.
    if (process.env['HTTP_STATUS_NO_PROJECT'] === '1') return undefined;
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
    const specifier = specifierOf(target);
    for (const other of projectFiles(this.root)) {
      if (other === target) continue;
      const text = fileText.get(other);
      if (text === undefined || !specifier.test(text)) continue;
      const ast = this.reader.read(other);
      if (!ast) continue;
      let facts = factsByAst.get(ast);
      if (!facts) {
        const registers = routeWords.test(text);
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
