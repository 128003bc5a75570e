/**
 * Runs once before every test file: builds the production site into dist/ (set SKIP_BUILD=1 to
 * test an existing dist/, for example right after `npm start`), then starts the one static server
 * and the one Chromium that every browser test file shares (each file connects to it; starting a
 * browser per file cost seconds each on a 2-core machine). Both stop when the run ends.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from './browser.ts';
import { buildSite } from './build-site.ts';
import { distDir } from './paths.ts';
import { serveDirectory } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT serving dist/. */
    siteOrigin: string;
    /** Where the shared Chromium listens (empty without a browser). */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env['SKIP_BUILD'] !== '1') buildSite();
  const server = await serveDirectory(distDir);
  project.provide('siteOrigin', server.origin);
  const browser = chromiumPath ? await chromium.launchServer({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS }) : undefined;
  project.provide('browserEndpoint', browser?.wsEndpoint() ?? '');
  return async () => {
    await browser?.close();
    await server.close();
  };
}
