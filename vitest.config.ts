/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ once for the build-output and browser tests.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Every expect.poll waits on its condition for up to 15 s (Vitest's default is 1 s, too tight
    // for a page on a busy 2-core machine); a condition met sooner returns at once.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    // The browser tests share one Chromium (see global-setup.ts); two cores, so files run one at a time.
    fileParallelism: false,
    // One worker for every file, so dist/ is read and parsed once (tests/support/dist.ts caches it)
    // rather than once per file; no test mocks a module, so nothing leaks between files.
    isolate: false,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
