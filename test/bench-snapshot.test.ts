// The generated bench corpora, linted with the plugin's sources, give exactly the reports, fixes
// and steady-state reports committed in bench/snapshots (the reference for the issue-14 redesign),
// with the file gate on and off. `node bench/snapshot.mjs --check` prints the differences from
// the build; after a deliberate change (each with a rule test), `node bench/snapshot.mjs` rewrites them.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// @ts-expect-error -- plain ES module without types
import { committedSnapshot, diffSnapshots, generatedSnapshot, SNAPSHOT_FILES } from '../bench/snapshot.mjs';
import plugin from '../src/index.js';

type Sections = Record<string, string[]>;
interface Snapshot {
  sections: Sections;
  files: string[];
}

const snapshot = (corpus: string, subject: unknown = plugin, count = SNAPSHOT_FILES): Promise<Snapshot> =>
  generatedSnapshot(subject, corpus, count);
/** The file a snapshot line is about: `rule file:line:column ...` for reports, `file hash` for fixes. */
const fileOf = (section: string, line: string): string =>
  section.endsWith('/fixes') ? line.split(' ')[0]! : line.split(' ')[1]!.replace(/:\d+:\d+$/, '');
const reportedFiles = (section: string, lines: readonly string[]): Set<string> => new Set(lines.map((line) => fileOf(section, line)));
/** The committed lines about `files` only: a smaller corpus is the first files of the larger one (same seed, same order). */
const committedFor = (corpus: string, files: readonly string[]): Sections => {
  const wanted = new Set(files);
  const committed = committedSnapshot(corpus) as Sections;
  return Object.fromEntries(
    Object.entries(committed).map(([section, lines]) => [section, lines.filter((line) => wanted.has(fileOf(section, line)))]),
  );
};

describe('the handler-dense corpus', () => {
  it('gives the committed reports, fixes and steady-state reports', async () => {
    const { sections } = await snapshot('handlers');
    expect(diffSnapshots(committedSnapshot('handlers'), sections)).toEqual([]);
  });
});

describe('the real-mix corpus', () => {
  let result: Snapshot;
  beforeAll(async () => {
    result = await snapshot('real-mix');
  });

  it('gives the committed reports, fixes and steady-state reports', () => {
    expect(diffSnapshots(committedSnapshot('real-mix'), result.sections)).toEqual([]);
  });

  it('has the mix of real code: 70% no candidate, 15% candidates without a finding, 15% findings in every file', () => {
    const byCategory = (prefix: string): string[] => result.files.filter((file) => file.startsWith(`real-mix/${prefix}/`));
    const [plain, candidates, findings] = [byCategory('plain'), byCategory('candidates'), byCategory('findings')];
    expect([plain.length, candidates.length, findings.length]).toEqual([0.7, 0.15, 0.15].map((share) => share * SNAPSHOT_FILES));
    const reported = reportedFiles('real-mix/adoption', result.sections['real-mix/adoption']!);
    expect([...plain, ...candidates].filter((file) => reported.has(file))).toEqual([]);
    expect(findings.filter((file) => !reported.has(file))).toEqual([]);
  });
});

describe('with the file gate off (HTTP_STATUS_NO_GATE=1)', () => {
  afterEach(() => {
    delete process.env.HTTP_STATUS_NO_GATE;
    vi.resetModules();
  });

  // The first 200 files of each corpus, against the committed lines about them: the gate decides per file.
  it('the first 200 files of both corpora give the committed reports', async () => {
    process.env.HTTP_STATUS_NO_GATE = '1';
    vi.resetModules();
    const { default: ungated } = await import('../src/index.js');
    for (const corpus of ['handlers', 'real-mix']) {
      const { sections, files } = await snapshot(corpus, ungated, 200);
      expect(sections[`${corpus}/adoption`]!.length).toBeGreaterThan(0);
      expect(diffSnapshots(committedFor(corpus, files), sections)).toEqual([]);
    }
  });
});
