// @ts-check
import { writeSync } from 'node:fs';

/**
 * Prints one last line `N passed, N failed[, N skipped]` when the process exits, i.e. after the
 * default reporter's live terminal redraw (printed earlier, the redraw erases it). CI reads it.
 *
 * Counts individual tests across all test files (and browsers). A test file whose session failed
 * without any failing test (it did not load, an error outside tests, a 404 for an import, a
 * timeout) counts as one failed test, so that a broken file never reads as "0 failed".
 *
 * @returns {import('@web/test-runner').Reporter}
 */
export function summaryReporter() {
  /** @type {{ passed: number, failed: number, skipped: number } | undefined} */
  let counts;
  let registered = false;

  /** @param {import('@web/test-runner').TestSession[]} sessions */
  function count(sessions) {
    const c = { passed: 0, failed: 0, skipped: 0 };
    for (const session of sessions) {
      let failedInSession = 0;
      /** @param {import('@web/test-runner').TestSuiteResult | undefined} suite */
      const walk = (suite) => {
        if (!suite) return;
        for (const t of suite.tests) {
          if (t.skipped) c.skipped += 1;
          else if (t.passed) c.passed += 1;
          else failedInSession += 1;
        }
        for (const s of suite.suites) walk(s);
      };
      walk(session.testResults);
      if (session.passed === false && failedInSession === 0) failedInSession = 1;
      c.failed += failedInSession;
    }
    return c;
  }

  return {
    start() {
      if (registered) return;
      registered = true;
      process.on('exit', () => {
        if (!counts) return;
        const line = `${counts.passed} passed, ${counts.failed} failed` + (counts.skipped > 0 ? `, ${counts.skipped} skipped` : '');
        // Synchronous write: nothing asynchronous runs in an 'exit' handler.
        writeSync(1, `\n${line}\n`);
      });
    },
    onTestRunFinished({ sessions }) {
      counts = count(sessions);
    },
    stop({ sessions }) {
      counts = count(sessions);
    },
  };
}
