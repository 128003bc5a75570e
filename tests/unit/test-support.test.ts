/** The test harness itself: the closing line CI reads, and what happens without a browser. */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import SummaryReporter from '../support/summary-reporter.ts';
import { projectRoot } from '../support/paths.ts';

function fakeModule(state: 'passed' | 'failed', tests: Record<'passed' | 'failed' | 'skipped', number>): TestModule {
  return { state: () => state, children: { allTests: (which: 'passed' | 'failed' | 'skipped') => new Array(tests[which]).fill({}) } } as unknown as TestModule;
}

describe('the closing line', () => {
  afterEach(() => vi.restoreAllMocks());
  const closingLine = (modules: TestModule[], unhandled: number) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    new SummaryReporter().onTestRunEnd(modules, new Array(unhandled).fill({ message: 'boom' }));
    return String(log.mock.calls.at(-1)?.[0]).trim().split('\n')[0];
  };

  it('counts tests', () => {
    expect(closingLine([fakeModule('passed', { passed: 3, failed: 0, skipped: 1 })], 0)).toBe('3 passed, 0 failed, 1 skipped');
  });
  it('counts a file that failed before its tests ran, and unhandled errors, as failures', () => {
    const line = closingLine([fakeModule('passed', { passed: 2, failed: 0, skipped: 0 }), fakeModule('failed', { passed: 0, failed: 0, skipped: 0 })], 1);
    expect(line).toBe('2 passed, 2 failed, 0 skipped');
  });
});

describe('without a browser', () => {
  const probe = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('./tests/support/browser.ts'); console.log(JSON.stringify({ path: m.chromiumPath ?? null, notice: m.browserMissingNotice() ?? null }));"], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', ...env },
    });

  it('skips with a notice when CHROME_PATH names a missing file, outside CI', () => {
    const run = probe({ CHROME_PATH: '/nonexistent/chromium' });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('BROWSER TESTS SKIPPED: CHROME_PATH is /nonexistent/chromium, which does not exist');
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({ path: null, notice: expect.stringContaining('CHROME_PATH is /nonexistent/chromium') });
  });
  it('fails under CI', () => {
    const run = probe({ CHROME_PATH: '/nonexistent/chromium', CI: 'true' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Browser tests need Chromium under CI');
  });
});
