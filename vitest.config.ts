import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // On in `npm test` (--coverage), off in focused runs. Floors a few points under the figures
    // measured when they were set (statements 78.6, branches 67.6, functions 87.8, lines 78.7).
    coverage: {
      provider: 'v8',
      include: ['src/**', 'rules/**'],
      reporter: ['text-summary'],
      // Report (and let the summary line print after it) even when a test fails.
      reportOnFailure: true,
      thresholds: { statements: 68, branches: 60, functions: 78, lines: 68 },
    },
  },
});
