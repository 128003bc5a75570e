/**
 * One browser and one static server per test file, and a page opener that records everything a
 * reader should never meet: console errors, failed requests, and requests to other origins.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { distDir } from './paths.ts';
import { serveDirectory, type RunningServer } from './static-server.ts';

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  requests: string[];
}

export function useBrowser() {
  const session = { browser: undefined as Browser | undefined, server: undefined as RunningServer | undefined };
  beforeAll(async () => {
    session.server = await serveDirectory(distDir);
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });

  async function open(path: string, options: { width?: number; height?: number; reducedMotion?: boolean; block?: string; javaScriptEnabled?: boolean } = {}): Promise<OpenedPage> {
    const { browser, server } = session;
    if (!browser || !server) throw new Error('browser session not started');
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
      javaScriptEnabled: options.javaScriptEnabled ?? true,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    if (options.block) await page.route(`**${options.block}`, (route) => route.abort());
    page.on('console', (m) => m.type() === 'error' && !(options.block && m.text().includes('ERR_FAILED')) && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      requests.push(r.url());
      if (!r.url().startsWith(server.origin)) problems.push(`third-party request: ${r.url()}`);
    });
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} for ${r.url()}`));
    await page.goto(server.origin + path, { waitUntil: 'load' });
    return { page, context, problems, requests };
  }

  return { open, origin: () => session.server?.origin ?? '' };
}
