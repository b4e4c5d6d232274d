import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { routes } from '../apis/index.js';
import { fileText, packageRootOf, projectFiles } from './files.js';
import { moduleReaderOf } from './parse.js';
import type { ModuleReader } from './parse.js';
import { registrationsIn } from './registrations.js';
import type { Registration } from './registrations.js';

export type { Registration } from './registrations.js';

/** The text a module that registers routes must contain: `.post(`, `.route(`, ... from the catalogue. */
const routeWords = new RegExp(
  `\\.\\s*(?:${[...routes.routerMethods.keys(), ...routes.chainedRoutes, ...routes.routeOptions.map((spec) => spec.method)].join('|')})\\s*\\(`,
);

/** Registrations of a module, found once per parse of it (the reader parses again only when its text changes). */
const registrationsByAst = new WeakMap<TSESTree.Program, Registration[]>();

/** The words by which another module can name this one: `user` for `./controllers/user.js`, `users` for `./users/index.ts`. */
function namesOf(file: string): string[] {
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  return stem === 'index' ? [path.basename(path.dirname(file))] : [stem];
}

/**
 * What the rest of the project says about the linted file: which of its exported functions other
 * modules register as route handlers. Read on demand, only when a rule asks about a function
 * that its own file does not register; only modules whose text names the file and a router
 * method are parsed, each once per change.
 */
export class ProjectIndex {
  private registered: Map<string, Registration[]> | undefined;

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

  /** The registrations of the file's exports by other modules, by export key. */
  private registrations(): Map<string, Registration[]> {
    if (this.registered) return this.registered;
    const byKey = new Map<string, Registration[]>();
    const names = namesOf(this.file);
    for (const other of projectFiles(this.root)) {
      if (other === this.file) continue;
      const text = fileText.get(other);
      if (text === undefined || !names.some((name) => text.includes(name)) || !routeWords.test(text)) continue;
      const ast = this.reader.read(other);
      if (!ast) continue;
      let found = registrationsByAst.get(ast);
      if (!found) registrationsByAst.set(ast, (found = registrationsIn(ast, other, this.root)));
      for (const registration of found) {
        if (registration.file !== this.file) continue;
        for (const key of registration.keys) {
          const list = byKey.get(key) ?? [];
          list.push(registration);
          byKey.set(key, list);
        }
      }
    }
    return (this.registered = byKey);
  }

  /** Where other modules register a function the file exports under `keys`: their methods and sources. */
  registrationsOf(keys: readonly string[]): Registration[] {
    if (keys.length === 0) return [];
    const byKey = this.registrations();
    if (byKey.size === 0) return [];
    return [...new Set(keys.flatMap((key) => byKey.get(key) ?? []))];
  }
}
