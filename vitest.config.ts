/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ once for the build-output and browser tests.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser tests each start their own Chromium; two cores, so keep them from competing.
    fileParallelism: false,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
