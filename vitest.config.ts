/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Four projects, so a developer can run the fast part alone:
 * - unit and content: pure logic and the content check, no built site, run in parallel
 *   (`npx vitest run --project unit` builds nothing and starts no browser);
 * - build and browser: read or browse the built dist/, which tests/support/global-setup.ts builds
 *   once per run (SKIP_BUILD=1 reuses the dist/ you have), with one shared server and Chromium.
 * `npm test` runs all four; projects run in the order below.
 */
const siteProject = (name: 'build' | 'browser', order: number) => ({
  extends: true as const,
  test: {
    name,
    include: [`tests/${name}/**/*.test.ts`],
    globalSetup: ['tests/support/global-setup.ts'],
    // One worker for every file, so dist/ is read and parsed once (tests/support/dist.ts caches it)
    // rather than once per file, and the browser files share one Chromium on two cores.
    fileParallelism: false,
    isolate: false,
    sequence: { groupOrder: order },
  },
});

export default getViteConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Every expect.poll waits on its condition for up to 15 s (Vitest's default is 1 s, too tight
    // for a page on a busy 2-core machine); a condition met sooner returns at once.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      // The content tests build small fixture sites of their own: one at a time on two cores.
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
      siteProject('build', 2),
      siteProject('browser', 3),
    ],
  },
});
