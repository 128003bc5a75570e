/**
 * Ends every test run with one plain line, "N passed, N failed, N skipped", that any CI log reader
 * understands, after Vitest's own summary. A file that fails before its tests run (a syntax error,
 * a failing beforeAll) and an unhandled error each count as a failure, so the line can never say
 * "0 failed" on a run that exits 1. When the browser tests were skipped for want of Chromium, the
 * line says so again, since the notice at the top has long scrolled away.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';
import { browserMissingNotice } from './browser.ts';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const count = (state: 'passed' | 'failed' | 'skipped') => testModules.reduce((sum, module) => sum + [...module.children.allTests(state)].length, 0);
    const failedFiles = testModules.filter((module) => module.state() === 'failed' && [...module.children.allTests('failed')].length === 0).length;
    const failed = count('failed') + failedFiles + unhandledErrors.length;
    const notice = browserMissingNotice();
    console.log(`\n${count('passed')} passed, ${failed} failed, ${count('skipped')} skipped${notice ? `\n${notice}` : ''}`);
  }
}
