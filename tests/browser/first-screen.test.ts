/**
 * The reader's first screen on a phone (issue 16), in each language: the chart of the offers
 * starts inside the first 740 px of a 360 px screen, the header stays a slim bar whose menu opens
 * without JavaScript, nothing is wider than its column at 360, 768 and 1280 px, and search keeps
 * citation marks out of its excerpts and offers the country list when nothing matches.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser.ts';
import { useBrowser } from '../support/browser-session.ts';

const LANGS = ['', '/fr', '/ht'];
const BOUND = { timeout: 15_000 };

describe.skipIf(!chromiumPath)('the first screen on a phone', () => {
  const { open } = useBrowser();

  it.each(LANGS)('home page%s: the chart starts in the first 740 px, with its first bar, under a header of at most 80 px', async (prefix) => {
    const { page, problems } = await open(`${prefix}/`, { width: 360, height: 740 });
    const box = await page.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
      return { header: top('.site-header')?.height ?? Infinity, chart: top('.offer-chart')?.top ?? Infinity, firstBar: top('.oc-bars svg')?.bottom ?? Infinity, bars: document.querySelectorAll('.oc-bars svg').length };
    });
    expect(box.bars).toBeGreaterThan(0);
    expect(box.header).toBeLessThanOrEqual(80);
    expect(box.chart).toBeLessThan(740);
    expect(box.firstBar).toBeLessThan(740);
    expect(problems).toEqual([]);
  });

  it('opens the phone menu without JavaScript, and shows the same links in the bar on a wide screen', async () => {
    const phone = await open('/fr/', { width: 360, height: 740, javaScriptEnabled: false });
    const link = phone.page.locator('.site-menu a[href="/fr/countries/"]');
    expect(await link.isVisible()).toBe(false);
    await phone.page.click('.site-menu summary');
    await expect.poll(() => link.isVisible(), BOUND).toBe(true);
    expect(await phone.page.locator('.site-menu .language-switcher a[hreflang="ht"]').isVisible()).toBe(true);
    const wide = await open('/fr/', { width: 1280, height: 800 });
    expect(await wide.page.locator('.site-menu a[href="/fr/countries/"]').isVisible()).toBe(true);
    expect(await wide.page.locator('.site-menu summary').isVisible()).toBe(false);
  });

  it('has nothing wider than its column at 360, 768 and 1280 px, in every language', async () => {
    const paths = LANGS.flatMap((prefix) => [`${prefix}/`, `${prefix}/articles/who-is-offering-what/`]);
    expect(paths.length).toBeGreaterThan(0);
    const wider: string[] = [];
    for (const width of [360, 768, 1280]) {
      const { page } = await open('/', { width, height: 800 });
      for (const path of paths) {
        await page.goto(new URL(path, page.url()).href, { waitUntil: 'load' });
        // Every element of the main column ends inside it, except a table inside its own scroller.
        const found = await page.evaluate(() => {
          const main = document.querySelector('main')!;
          const style = getComputedStyle(main);
          const right = main.getBoundingClientRect().right - parseFloat(style.paddingRight);
          const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
          const elements = [...main.querySelectorAll('*')].filter((e) => e.checkVisibility() && !e.parentElement?.closest('.table-scroll, .leaflet-container') && e.getBoundingClientRect().right > right + 1);
          // From 768 px the tables fit their column: none may need its scroller.
          const scrolling = innerWidth >= 768 ? [...main.querySelectorAll('.table-scroll')].filter((s) => s.scrollWidth > s.clientWidth + 1).map((s) => `table ${s.scrollWidth}px in ${s.clientWidth}px`) : [];
          return [...(page > 0 ? [`page +${page}px`] : []), ...scrolling, ...elements.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className} +${Math.round(e.getBoundingClientRect().right - right)}px`)];
        });
        wider.push(...found.map((what) => `${path} at ${width}: ${what}`));
      }
    }
    expect(wider).toEqual([]);
  });

  it('says so where a table has to scroll sideways, and not where it fits', async () => {
    const hint = (page: import('playwright-core').Page) => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.prose .table-scroll')!, '::before').height));
    const phone = await open('/ht/articles/who-is-offering-what/', { width: 360, height: 740 });
    await expect.poll(() => hint(phone.page), BOUND).toBeGreaterThan(10);
    const wide = await open('/ht/articles/who-is-offering-what/', { width: 1280, height: 800 });
    expect(await hint(wide.page)).toBe(0);
  });

  it('keeps citation marks out of Kreyòl search excerpts and suggests the country list when nothing matches', async () => {
    const { page, problems } = await open('/ht/search/', { width: 360, height: 740 });
    await page.fill('#search-input', 'Bahamas');
    await page.press('#search-input', 'Enter');
    const excerpts = page.locator('[data-search-results] p');
    await expect.poll(() => excerpts.count(), BOUND).toBeGreaterThan(0);
    for (const text of await excerpts.allTextContents()) expect(text).not.toContain('¶');
    const suggest = page.locator('[data-search-suggest]');
    expect(await suggest.isVisible()).toBe(false);
    await page.fill('#search-input', 'zqxwvj');
    await page.press('#search-input', 'Enter');
    await expect.poll(() => suggest.isVisible(), BOUND).toBe(true);
    expect(await suggest.locator('a').getAttribute('href')).toBe('/ht/countries/');
    expect(problems).toEqual([]);
  });
});
