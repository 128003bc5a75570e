/** The map and search in French and Kreyòl, in Chromium against the built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { distDir } from '../support/paths.ts';

/** What the built site says of a country in a language: the map reads the same file. */
function dataFor(prefix: string, id: string) {
  const data = JSON.parse(readFileSync(join(distDir, prefix, 'data/countries.json'), 'utf8')) as { countries: { id: string; name: string; offers: { amount: string }[]; statusLabel: string }[] };
  return data.countries.find((c) => c.id === id)!;
}

const panel = (page: Page) => page.locator('[data-map-panel]');
const BOUND = { timeout: 15_000 };

async function choose(page: Page, id: string) {
  await page.waitForSelector('[data-map-ready="true"]', BOUND);
  await page.locator(`.leaflet-marker-pane [data-country="${id}"]`).focus();
  await page.keyboard.press('Enter');
}

describe.skipIf(!chromiumPath)('the site in French and Kreyòl', () => {
  const { open } = useBrowser();

  it('shows a country’s offer in Kreyòl when it is chosen on /ht/map/', async () => {
    const { page, problems } = await open('/ht/map/');
    const belize = dataFor('/ht', 'belize');
    await choose(page, 'belize');
    await expect.poll(() => panel(page).locator('h2').textContent(), BOUND).toBe(belize.name);
    const text = (await panel(page).textContent()) ?? '';
    expect(text).toContain(belize.offers[0]!.amount);
    expect(text).toContain(belize.statusLabel);
    // Nothing the English map says: its offer wording and its status label.
    const english = dataFor('', 'belize');
    expect(text).not.toContain(english.offers[0]!.amount);
    expect(text).not.toContain(english.statusLabel);
    expect(await page.locator('[data-map-announcer]').textContent()).toContain(belize.name);
    // Issue 18: Leaflet's own buttons speak the page's language too.
    expect(await page.locator('.leaflet-control-zoom-in').getAttribute('aria-label')).toBe('Agrandi kat la');
    expect(await page.locator('.leaflet-control-zoom-out').getAttribute('title')).toBe('Rapetise kat la');
    expect(problems).toEqual([]);
  });

  it('keeps the chosen country when the reader switches language', async () => {
    const { page, problems } = await open('/ht/map/?country=belize');
    await page.waitForSelector('[data-map-ready="true"]', BOUND);
    const french = page.locator('.language-switcher a[hreflang="fr"]');
    await expect.poll(() => french.getAttribute('href'), BOUND).toBe('/fr/map/?country=belize');
    await french.click();
    await page.waitForURL('**/fr/map/?country=belize', BOUND);
    await page.waitForSelector('[data-map-ready="true"]', BOUND);
    await expect.poll(() => panel(page).locator('h2').textContent(), BOUND).toBe(dataFor('/fr', 'belize').name);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(problems).toEqual([]);
  });

  it('finds French pages when searching on /fr/search/', async () => {
    const { page, problems } = await open('/fr/search/');
    await page.fill('#search-input', 'Kenya');
    await page.press('#search-input', 'Enter');
    const links = page.locator('[data-search-results] a');
    await expect.poll(() => links.count(), BOUND).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const href of hrefs) expect(href.startsWith('/fr/'), href).toBe(true);
    expect(problems).toEqual([]);
  });
});
