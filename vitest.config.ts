import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that install from the npm registry, start the language server, lint in child processes or
 * build whole projects: `npm test` runs them, `npm run test:unit` (the `unit` project) leaves them out.
 */
const wholeProject = [
  'test/install.test.ts', // packs the plugin and installs it from the npm registry
  'test/editor.test.ts', // the ESLint language server, as VS Code runs it
  'test/compat.test.ts', // ESLint 8.57, 9, 10 and oxlint in child processes, on the built package
  'test/crash-sweep.test.ts', // every rule over files from node_modules
  'test/fix.property.test.ts', // thousands of generated files, fixed and evaluated
  'test/fix-projects.test.ts', // fixture projects fixed, then tsc over them
  'test/types.test.ts', // tsc over a config that uses the built types
  'test/no-typescript-load.test.ts', // a child process on the built package
  'test/package.test.ts', // npm pack
  'test/demo.test.ts', // the example app, linted with the built package
];

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    // Whole-project tests (crash sweep, fix property, installs) take seconds alone but several
    // times that under coverage on a loaded 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...wholeProject] } },
      { extends: true, test: { name: 'whole-project', include: wholeProject } },
    ],
    // On in `npm test` (--coverage), off in focused runs. Floors a few points under the figures
    // measured on the merged code (statements 71.2, branches 62.3, functions 76.4, lines 70.8).
    coverage: {
      provider: 'v8',
      include: ['src/**', 'rules/**'],
      reporter: ['text-summary'],
      // Report (and let the summary line print after it) even when a test fails.
      reportOnFailure: true,
      thresholds: { statements: 68, branches: 60, functions: 74, lines: 68 },
    },
  },
});
