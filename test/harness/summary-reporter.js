/**
 * Ends a jest run with one plain line, "Tests: N passed, N failed, N skipped", that CI tooling
 * reads without knowing jest's own summary format. Written at process exit so that it is the
 * last line, after jest's own summary.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped, numTodoTests: todo } = results;
    const line = `Tests: ${passed} passed, ${failed} failed, ${skipped + todo} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
