/**
 * The built site in a real browser (Debian's Chromium through playwright-core), served from dist/
 * by a plain static server as a CDN would serve it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from '../support/browser';
import { distDir } from '../support/paths';
import { serveDirectory, type RunningServer } from '../support/static-server';

const PAGES = ['/', '/articles/who-is-offering-what/', '/countries/belize/'];
const WIDTHS = [360, 1280];

describe.skipIf(!chromiumPath)('the site in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    server = await serveDirectory(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page and collects console errors, failed requests and requests to other origins. */
  async function open(path: string, width: number) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => !request.url().startsWith(server.origin) && problems.push(`third-party request: ${request.url()}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} for ${response.url()}`));
    await page.goto(server.origin + path, { waitUntil: 'load' });
    return { page, problems };
  }

  for (const path of PAGES) {
    for (const width of WIDTHS) {
      it(`renders ${path} at ${width}px without errors or sideways scrolling`, async () => {
        const { page, problems } = await open(path, width);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('h1').isVisible()).toBe(true);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  }

  it('lets a keyboard user skip straight to the content', async () => {
    const { page } = await open('/articles/kenyas-lead-role/', 360);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab lands inside the content, not back in the site header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await page.close();
  });

  it('jumps to a section from the table of contents', async () => {
    const { page } = await open('/articles/kenyas-lead-role/', 360);
    const link = page.locator('nav.toc a').nth(1);
    const target = (await link.getAttribute('href')) ?? '';
    await link.click();
    expect(page.url()).toContain(target);
    const heading = page.locator(target);
    expect(await heading.evaluate((el) => el.tagName)).toMatch(/^H[23]$/);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.close();
  });

  it('serves the helpful 404 page for an unknown address', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('main a[href^="/articles/"]').count()).toBeGreaterThanOrEqual(7);
    await page.close();
  });
});
