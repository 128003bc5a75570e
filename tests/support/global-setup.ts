/**
 * Runs before the build and browser projects: builds the production site into dist/ (set
 * SKIP_BUILD=1 to test an existing dist/, for example right after `npm start`), then starts the one
 * static server and the one Chromium that every browser test file shares (each file connects to
 * it; starting a browser per file cost seconds each on a 2-core machine). Both projects list this
 * file, so the work is started once per run and shared (Vitest may load this module once per
 * project, hence the global); everything stops when the last project using it is done.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from './browser.ts';
import { buildSite } from './build-site.ts';
import { distDir } from './paths.ts';
import { serveDirectory, type RunningServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT serving dist/. */
    siteOrigin: string;
    /** Where the shared Chromium listens (empty without a browser). */
    browserEndpoint: string;
  }
}

interface SharedSite {
  ready: Promise<{ server: RunningServer; browser: BrowserServer | undefined }>;
  users: number;
}

const KEY = Symbol.for('haiti-mission.test-site');
const store = globalThis as typeof globalThis & { [KEY]?: SharedSite };

async function start(): Promise<{ server: RunningServer; browser: BrowserServer | undefined }> {
  if (process.env['SKIP_BUILD'] !== '1') buildSite();
  const server = await serveDirectory(distDir);
  const browser = chromiumPath ? await chromium.launchServer({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS }) : undefined;
  return { server, browser };
}

export default async function setup(project: TestProject) {
  const shared = (store[KEY] ??= { ready: start(), users: 0 });
  shared.users += 1;
  const { server, browser } = await shared.ready;
  project.provide('siteOrigin', server.origin);
  project.provide('browserEndpoint', browser?.wsEndpoint() ?? '');
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete store[KEY];
    await browser?.close();
    await server.close();
  };
}
