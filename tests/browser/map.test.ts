/** The contributor map in Chromium, against the built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check/read-content.ts';
import { PALETTE } from '../../src/shared/map/marker-style.ts';
import { chromiumPath } from '../support/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { distDir, projectRoot } from '../support/paths.ts';

const countryIds = readContent(projectRoot).files.countries.map((c) => c.id);

/** The map's own data (what the panel and list must show), so no test depends on today's countries. */
interface DataCountry {
  id: string;
  name: string;
  destination: boolean;
  kinds: string[];
  offers: { amount: string; quantity: { value: number; unit: string } | null }[];
}
const data = (JSON.parse(readFileSync(join(distDir, 'data/countries.json'), 'utf8')) as { countries: DataCountry[] }).countries;
const withOffers = data.filter((c) => c.offers.length > 0);
/** People in a country's offers, or null: the list's sort key. */
const people = (c: DataCountry) => {
  const figures = c.offers.filter((o) => o.quantity && o.quantity.unit !== 'USD').map((o) => o.quantity!.value);
  return figures.length ? figures.reduce((a, b) => a + b, 0) : null;
};

const markers = (page: Page) => page.locator('.leaflet-marker-pane [data-country]');
const marker = (page: Page, id: string) => page.locator(`.leaflet-marker-pane [data-country="${id}"]`);
const panel = (page: Page) => page.locator('[data-map-panel]');
const ready = (page: Page) => page.waitForSelector('[data-map-ready="true"]');
/**
 * Chooses a marker the way a keyboard user does (focus, Enter). At world zoom the Caribbean
 * markers overlap, so a pointer click at their centre can land on a neighbour; the list is
 * what makes those reliably reachable by pointer (tested below).
 */
async function choose(page: Page, id: string) {
  await marker(page, id).focus();
  await page.keyboard.press('Enter');
}

describe.skipIf(!chromiumPath)('the contributor map', () => {
  const { open } = useBrowser();

  it('gives every country exactly one labelled, focusable marker, without errors or third-party requests', async () => {
    const { page, problems } = await open('/map/');
    await ready(page);
    const ids = await markers(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['country']));
    expect([...ids].sort()).toEqual([...countryIds].sort());
    for (const el of await markers(page).all()) {
      expect(await el.getAttribute('aria-label')).toMatch(/^.+: .+\. .+\.$/);
      expect(await el.getAttribute('tabindex')).toBe('0');
      expect(await el.getAttribute('role')).toBe('button');
      const box = await el.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
    // The land is drawn as paths in its own pane, once the basemap has arrived.
    await page.waitForSelector('[data-basemap="drawn"] .leaflet-basemap-pane svg path');
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('Natural Earth');
    expect(problems).toEqual([]);
  });

  it('paints the land in the reader’s colour scheme, and again when the scheme changes', async () => {
    const { page, problems } = await open('/map/');
    await page.waitForSelector('[data-basemap="drawn"] .leaflet-basemap-pane svg path');
    // Countries painted in the plain land colour of each scheme (src/shared/map/marker-style.ts):
    // every country of the world but the few in the story.
    const landShapes = (hex: string) =>
      page.evaluate((colour) => [...document.querySelectorAll('.leaflet-basemap-pane path')].filter((path) => path.getAttribute('fill')?.toLowerCase() === colour.toLowerCase()).length, hex);
    await expect.poll(() => landShapes(PALETTE.light.land)).toBeGreaterThan(100);
    expect(await landShapes(PALETTE.dark.land)).toBe(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => landShapes(PALETTE.dark.land)).toBeGreaterThan(100);
    expect(await landShapes(PALETTE.light.land)).toBe(0);
    expect(problems).toEqual([]);
  });

  // One page for all of them, a country chosen after another, as a reader browses: loading the
  // map afresh for each would cost the suite a second a country.
  let browsing: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    browsing = await open('/map/');
    await ready(browsing.page);
  });
  it.each(withOffers.map((c) => [c.id, c] as const))('shows %s’s offer in the details panel when its marker is chosen', async (id, country) => {
    const { page, problems } = browsing;
    await choose(page, id);
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe(country.name);
    // Every figure with its qualifier and standing, exactly as the data says it.
    for (const offer of country.offers) expect(await panel(page).textContent()).toContain(offer.amount);
    expect(await panel(page).textContent()).toMatch(/As of\s*26 September 2023/);
    expect(await page.locator('[data-map-announcer]').textContent()).toContain('selected');
    expect(await marker(page, id).getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('country')).toBe(id);
    expect(await panel(page).locator(`a[href="/countries/${id}/"]`).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('opens the country named in a deep link, and Back/Forward move between selections', async () => {
    const { page, problems } = await open('/map/?country=belize');
    await ready(page);
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('Belize');
    await choose(page, 'kenya');
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('Kenya');
    await page.goBack();
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('Belize');
    await page.goForward();
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('Kenya');
    expect(problems).toEqual([]);
  });

  for (const width of [360, 1280]) {
    it(`opens the tapped country, not a neighbour, for the crowded Caribbean markers at ${width}px`, async () => {
      for (const id of ['haiti', 'belize', 'guatemala', 'jamaica', 'bahamas', 'antigua-and-barbuda']) {
        const { page, problems } = await open('/map/', { width, height: 800 });
        await ready(page);
        // A real pointer click at the marker's centre: it fails if another marker covers that spot.
        await marker(page, id).click({ timeout: 3000 });
        await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe(id);
        expect(problems).toEqual([]);
        await page.context().close();
      }
    });
  }

  it('lets the wheel scroll the page over the map, zooming it only with Ctrl, and says so', async () => {
    const { page, problems } = await open('/map/', { height: 800 });
    await ready(page);
    const box = (await page.locator('[data-map-canvas]').boundingBox())!;
    const kenya = () => marker(page, 'kenya').evaluate((m) => (m as HTMLElement).style.transform);
    const before = await kenya();
    await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 100, 700));
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(await kenya()).toBe(before);
    expect(await page.locator('[data-map-hint]').textContent()).toBe('Use Ctrl + scroll to zoom the map');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(kenya).not.toBe(before);
    expect(problems).toEqual([]);
  });

  it('goes back to no selection when Back passes the first one', async () => {
    const { page, problems } = await open('/map/');
    await ready(page);
    await choose(page, 'kenya');
    await choose(page, 'rwanda');
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('Rwanda');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => panel(page).textContent()).toMatch(/Choose a country/);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('.leaflet-marker-pane .is-selected').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('returns focus to the map when a deep-linked panel is closed', async () => {
    const { page } = await open('/map/?country=haiti');
    await ready(page);
    await page.getByRole('button', { name: /Close details for Haiti/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-map-canvas'))).toBe(true);
  });

  it('lets a keyboard reach a marker with Tab, select it with Enter or Space, and close with Escape', async () => {
    const { page, problems } = await open('/map/');
    await ready(page);
    await page.locator('[data-map-canvas]').focus();
    let focused: string | undefined;
    for (let i = 0; i < 6 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['country']);
    }
    expect(focused).toBe(countryIds.includes('kenya') ? 'kenya' : focused); // reading order puts the lead nation first
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('Kenya');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).textContent()).toMatch(/Choose a country/);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['country'])).toBe('kenya');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['country']);
    await page.keyboard.press(' ');
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe(next);
    expect(problems).toEqual([]);
  });

  it('filters markers and list rows by kind of offer, and restores them', async () => {
    const { page, problems } = await open('/map/');
    await ready(page);
    const visibleMarkers = () => markers(page).evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).map((el) => (el as HTMLElement).dataset['country']));
    const visibleRows = () => page.locator('table[data-map-table] tbody tr').evaluateAll((rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset['country']));
    // Funding offers, and the destination, which always shows.
    const funders = data.filter((c) => c.kinds.includes('funding')).map((c) => c.id);
    const expected = [...funders, ...data.filter((c) => c.destination).map((c) => c.id)].sort();
    await page.getByLabel(/^Funding/).check();
    await expect.poll(async () => (await visibleMarkers()).sort()).toEqual(expected);
    expect((await visibleRows()).sort()).toEqual(expected);
    expect(await page.locator('[data-map-shown]').textContent()).toBe(`Showing ${expected.length} of ${countryIds.length} countries`);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('funding');
    await page.getByLabel(/^Funding/).uncheck();
    await expect.poll(async () => (await visibleMarkers()).length).toBe(countryIds.length);
    expect((await visibleRows()).length).toBe(countryIds.length);
    expect(problems).toEqual([]);
  });

  it('selects a country from its list row and sorts the list by people', async () => {
    const { page, problems } = await open('/map/');
    await ready(page);
    const chosen = withOffers.at(-1)!;
    await page.locator(`button[data-select-country="${chosen.id}"]`).click();
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe(chosen.name);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('map-panel-title');
    expect(await page.locator(`tr[data-country="${chosen.id}"]`).getAttribute('class')).toContain('is-selected');
    await page.getByRole('button', { name: 'People', exact: true }).click();
    const order = await page.locator('table[data-map-table] tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['country']));
    // Most people first; countries with no figure last.
    const withFigures = data.filter((c) => people(c) !== null).sort((a, b) => people(b)! - people(a)!);
    expect(order.slice(0, withFigures.length)).toEqual(withFigures.map((c) => c.id));
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    expect(problems).toEqual([]);
  });

  it('copies a link to the selected country and says so', async () => {
    const { page, context, problems } = await open('/map/?country=belize');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ready(page);
    await page.getByRole('button', { name: 'Copy link to this country' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('country=belize');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).search).toBe('/map/?country=belize');
    expect(await page.locator('[data-map-announcer]').textContent()).toContain('copied');
    expect(problems).toEqual([]);
  });

  it('still works when the basemap cannot be loaded', async () => {
    const { page, problems } = await open('/map/', { block: '/data/basemap.json' });
    await ready(page);
    await expect.poll(() => page.locator('[data-map-notice]').isVisible()).toBe(true);
    expect(await markers(page).count()).toBe(countryIds.length);
    expect(await page.locator('.leaflet-overlay-pane path.flow').count()).toBeGreaterThan(5);
    await choose(page, 'belize');
    await expect.poll(() => panel(page).textContent()).toMatch(/up to 50/i);
    expect(problems.filter((p) => !p.includes('basemap.json'))).toEqual([]);
  });

  it('renders the embeddable map without the site around it', async () => {
    const { page, problems } = await open('/embed/map/');
    await ready(page);
    expect(await page.locator('header.site-header').count()).toBe(0);
    expect(await markers(page).count()).toBe(countryIds.length);
    await choose(page, 'kenya');
    await expect.poll(() => panel(page).locator('a').first().getAttribute('target')).toBe('_top');
    expect(problems).toEqual([]);
  });

  it('loads Leaflet on the home page only once the compact map nears the screen', async () => {
    const { page, requests, problems } = await open('/', { height: 700 });
    await page.waitForTimeout(300);
    expect(requests.some((url) => /leaflet/.test(url))).toBe(false);
    await page.locator('[data-contributor-map]').scrollIntoViewIfNeeded();
    await ready(page);
    expect(requests.some((url) => /leaflet/.test(url))).toBe(true);
    expect(await markers(page).count()).toBe(countryIds.length);
    expect(problems).toEqual([]);
  });

  it('highlights the country on its own page and links its markers to the full map', async () => {
    const { page, problems } = await open('/countries/belize/');
    await page.locator('[data-contributor-map]').scrollIntoViewIfNeeded();
    await ready(page);
    expect(await marker(page, 'belize').getAttribute('class')).toContain('is-selected');
    // Kenya lies outside this regional view: reach its marker as a keyboard user would.
    await choose(page, 'kenya');
    await page.waitForURL(/\/map\/\?country=kenya$/);
    await ready(page);
    await expect.poll(() => panel(page).locator('h2').textContent()).toBe('Kenya');
    expect(problems).toEqual([]);
  });
});
