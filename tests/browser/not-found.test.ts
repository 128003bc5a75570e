/**
 * A mistyped address in each language gets the 404 page of that language, menus included, with
 * status 404 (the static server serves the nearest 404.html, as Cloudflare Pages does); anywhere
 * else, the trilingual root one.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser.ts';
import { useBrowser } from '../support/browser-session.ts';

describe.skipIf(!chromiumPath)('the 404 page of each language', () => {
  const { open, origin } = useBrowser();

  it.each([
    ['/ht/atik/pa-egziste/', 'ht', 'Nou pa jwenn paj la', 'Kat'],
    ['/fr/articles/inexistant', 'fr', 'Page introuvable', 'Carte'],
  ])('serves %s in its language, with its own menus, and status 404', async (path, lang, title, menu) => {
    const { page } = await open('/', { width: 360 });
    const response = await page.goto(origin() + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator(`header a[href="/${lang}/map/"]`).first().textContent()).toBe(menu);
    // The language's links, near the top of a phone screen rather than 1,500 px down.
    const firstLink = page.locator('main ul a').first();
    expect(await firstLink.getAttribute('href')).toBe(`/${lang}/`);
    expect((await firstLink.boundingBox())!.y).toBeLessThan(1000);
    await page.screenshot({ path: `/tmp/h17-404-${lang}-360.png` });
  });

  it('serves the trilingual root 404 page anywhere else', async () => {
    const { page } = await open('/');
    const response = await page.goto(`${origin()}/no-such-page/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('section[lang]').evaluateAll((sections) => sections.map((s) => s.getAttribute('lang')))).toEqual(['en', 'fr', 'ht']);
  });
});
