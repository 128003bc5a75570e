/**
 * The built site in a real browser (Debian's Chromium through playwright-core), served from dist/
 * by a plain static server as a CDN would serve it.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser.ts';
import { useBrowser } from '../support/browser-session.ts';

const PAGES = ['/', '/articles/who-is-offering-what/', '/countries/belize/'];
const WIDTHS = [360, 1280];

describe.skipIf(!chromiumPath)('the site in Chromium', () => {
  const { open, origin } = useBrowser();

  for (const path of PAGES) {
    for (const width of WIDTHS) {
      it(`renders ${path} at ${width}px without errors or sideways scrolling`, async () => {
        const { page, problems } = await open(path, { width, height: 800 });
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('h1').isVisible()).toBe(true);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
      });
    }
  }

  it('never scrolls sideways on a 360 px phone, on any kind of page', async () => {
    const paths = ['/about/', '/timeline/', '/people/', '/articles/', '/countries/', '/countries/haiti/', '/map/', '/map/?country=belize', '/embed/map/?country=belize', '/search/?q=Belize', '/articles/police-or-military/'];
    const overflowing: string[] = [];
    for (const path of paths) {
      const { page, problems } = await open(path, { width: 360, height: 800 });
      // Wait for what the page draws after load (a map in view, search results), not for an idle network.
      if (/^\/(map|embed)\//.test(path)) await page.waitForSelector('[data-map-ready="true"]', { timeout: 15_000 });
      if (path.includes('?q=')) await page.waitForSelector('[data-search-results] li', { timeout: 15_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${path}: ${overflow}px`);
      expect(problems, path).toEqual([]);
      await page.context().close();
    }
    expect(overflowing).toEqual([]);
  });

  it('lets a keyboard user skip straight to the content', async () => {
    const { page } = await open('/articles/kenyas-lead-role/', { width: 360 });
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#main$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab lands inside the content, not back in the site header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  it('jumps to a section from the table of contents', async () => {
    const { page } = await open('/articles/kenyas-lead-role/', { width: 360 });
    const link = page.locator('nav.toc a').nth(1);
    const target = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expect.poll(() => page.url()).toContain(target);
    const heading = page.locator(target);
    expect(await heading.evaluate((el) => el.tagName)).toMatch(/^H[23]$/);
    const top = () => heading.evaluate((el) => el.getBoundingClientRect().top);
    await expect.poll(top).toBeLessThan(200);
    expect(await top()).toBeGreaterThanOrEqual(0);
  });

  it('serves the helpful 404 page for an unknown address', async () => {
    const { page } = await open('/');
    const response = await page.goto(`${origin()}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('main a[href^="/articles/"]').count()).toBeGreaterThanOrEqual(7);
  });
});
