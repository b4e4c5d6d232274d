// Prints one plain closing line, "vitest: N passed, N failed", that CI systems read. With coverage
// on, vitest prints the coverage summary after the run ends, so the line waits for it.
import type { Reporter, TestModule, Vitest } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  private coverage = false;
  private summary: { passed: number; failed: number; skipped: number } | undefined;

  onInit(vitest: Vitest): void {
    this.coverage = vitest.config.coverage.enabled;
  }

  onTestRunEnd(testModules: readonly TestModule[]): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that fails to load has no tests to count; it is a failure all the same.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    }
    this.summary = { passed, failed, skipped };
    if (!this.coverage) this.print();
  }

  /** Called by vitest after the coverage report and its threshold check. */
  onFinishedReportCoverage(): void {
    this.print();
  }

  private print(): void {
    if (!this.summary) return;
    const { passed, failed, skipped } = this.summary;
    // A coverage floor missed (or another run error) fails the run although every test passed.
    const runFailed = failed === 0 && process.exitCode !== undefined && process.exitCode !== 0;
    process.stdout.write(
      `\nvitest: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}${runFailed ? ', run failed (see above)' : ''}\n`,
    );
    this.summary = undefined;
  }
}
