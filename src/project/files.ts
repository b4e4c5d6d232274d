import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * How long a read of the disk stays trusted. A CLI run reads each file once; an editor, which
 * lints one file while others change on disk, sees a saved change within this time.
 */
export const recheckAfterMs = 1000;

interface Stamped<T> {
  readonly mtimeMs: number;
  readonly value: T;
  checkedAt: number;
}

function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * A value computed from a path, kept until the path's modification time changes: a file's text,
 * its parsed module, a folder's entries. `compute` gets undefined for a path that is gone.
 */
export class StampedCache<T> {
  private readonly entries = new Map<string, Stamped<T>>();

  constructor(private readonly compute: (file: string) => T) {}

  get(file: string): T {
    const now = Date.now();
    const cached = this.entries.get(file);
    if (cached && now - cached.checkedAt < recheckAfterMs) return cached.value;
    const mtimeMs = mtimeOf(file);
    if (cached && cached.mtimeMs === mtimeMs) {
      cached.checkedAt = now;
      return cached.value;
    }
    const entry = { mtimeMs, value: this.compute(file), checkedAt: now };
    this.entries.set(file, entry);
    return entry.value;
  }
}

/** The text of a project file, or undefined when it cannot be read. */
export const fileText = new StampedCache<string | undefined>((file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
});

const sourceFile = /\.(?:[cm]?[jt]sx?)$/;
/** Folders a project's own modules are never in: packages, build output, tools' caches. */
const skippedFolders = new Set(['node_modules', 'dist', 'build', 'coverage', 'out', 'public', 'static', 'vendor', 'tmp']);
/** A project bigger than this is read no further: the index stays bounded in a monorepo root. */
const maxFiles = 5000;

const folderEntries = new StampedCache<{ files: string[]; folders: string[] }>((folder) => {
  const files: string[] = [];
  const folders: string[] = [];
  try {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) folders.push(full);
      } else if (entry.isFile() && sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  } catch {
    // An unreadable folder holds nothing the index can use.
  }
  return { files, folders };
});

/** The JavaScript and TypeScript sources under `root`, without packages, build output and hidden folders. */
export function projectFiles(root: string): readonly string[] {
  const found: string[] = [];
  const pending = [root];
  for (let folder = pending.pop(); folder !== undefined && found.length < maxFiles; folder = pending.pop()) {
    const { files, folders } = folderEntries.get(folder);
    found.push(...files);
    pending.push(...folders);
  }
  return found;
}

const isPackageFolder = new StampedCache<boolean>((manifest) => {
  try {
    return statSync(manifest).isFile();
  } catch {
    return false;
  }
});

/** The folder of the nearest package.json above a file: the project whose files can register its handlers. */
export function packageRootOf(file: string): string | undefined {
  for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
    if (path.basename(folder) === 'node_modules') return undefined;
    if (isPackageFolder.get(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
}
