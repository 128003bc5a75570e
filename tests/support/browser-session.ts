/**
 * A test file's way into the shared browser and static server (started once for the whole run by
 * global-setup.ts), and a page opener that records everything a reader should never meet: console
 * errors, failed requests, and requests to other origins.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, onTestFinished } from 'vitest';

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  requests: string[];
}

export function useBrowser() {
  const session = { browser: undefined as Browser | undefined, origin: '' };
  /** Pages opened outside a test (in beforeAll), kept for the whole file. */
  const fileContexts: BrowserContext[] = [];
  beforeAll(async () => {
    session.origin = inject('siteOrigin');
    session.browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await Promise.all(fileContexts.map((context) => context.close()));
    // Disconnects this file; the browser itself is shared and stops with the run.
    await session.browser?.close();
  });

  async function open(path: string, options: { width?: number; height?: number; reducedMotion?: boolean; block?: string; javaScriptEnabled?: boolean; /** A phone: touch screen and mobile viewport. */ touch?: boolean } = {}): Promise<OpenedPage> {
    const { browser, origin } = session;
    if (!browser) throw new Error('browser session not started');
    const context = await browser.newContext({
      // The offline-reading service worker would register, install and copy each page's files in
      // every fresh context: work that tests of pages do not need (tests/browser/offline.test.ts
      // and the CSP test run it in contexts of their own).
      serviceWorkers: 'block',
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    });
    // A test's pages close when it ends, so a long file never piles up open tabs.
    try {
      onTestFinished(() => context.close());
    } catch {
      fileContexts.push(context);
    }
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    if (options.block) await page.route(`**${options.block}`, (route) => route.abort());
    page.on('console', (m) => m.type() === 'error' && !(options.block && m.text().includes('ERR_FAILED')) && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      requests.push(r.url());
      if (!r.url().startsWith(origin)) problems.push(`third-party request: ${r.url()}`);
    });
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} for ${r.url()}`));
    await page.goto(origin + path, { waitUntil: 'load' });
    return { page, context, problems, requests };
  }

  return { open, origin: () => session.origin };
}
