/**
 * The map when something fails: the basemap, the data, the JavaScript files, or JavaScript itself.
 * A reader must never be left with an empty box or an uncaught error: they see the interactive
 * map (markers) or a still picture of it, and a line saying what happened.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser.ts';
import { useBrowser } from '../support/browser-session.ts';

const WAIT = { timeout: 10_000 };
const canvas = (page: Page) => page.locator('[data-map-canvas]').first();
const picture = (page: Page) => page.locator('[data-map-fallback]').first();
const notice = (page: Page) => page.locator('[data-map-notice]').first();
const markers = (page: Page) => page.locator('.leaflet-marker-pane [data-country]');

/** Whether an image is on screen and has actually been drawn (downloaded and decoded). */
const drawn = (image: Locator) => image.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0 && el.checkVisibility());

/** The still picture is shown, drawn, inside the map's box (never spilling out of it). */
async function expectPictureInBox(page: Page) {
  await expect.poll(() => drawn(picture(page)), WAIT).toBe(true);
  const box = (await canvas(page).boundingBox())!;
  const image = (await picture(page).boundingBox())!;
  expect(image.width).toBeGreaterThan(200);
  expect(image.y).toBeGreaterThanOrEqual(box.y);
  expect(image.y + image.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
  expect(image.x + image.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
}

describe.skipIf(!chromiumPath)('the map when something fails', () => {
  const { open } = useBrowser();

  it('with nothing failing: the interactive map, and no still picture or notice left showing', async () => {
    const { page, problems } = await open('/map/');
    await page.waitForSelector('[data-map-ready="true"]', WAIT);
    expect(await markers(page).count()).toBeGreaterThan(10);
    expect(await picture(page).isVisible()).toBe(false);
    expect(await page.locator('img.static-map').count()).toBe(0); // the <noscript> copy is not even parsed
    expect(await notice(page).isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('never downloads the still picture when the map works', async () => {
    for (const path of ['/map/', '/embed/map/', '/ht/map/']) {
      const { page, requests } = await open(path);
      await page.waitForSelector('[data-basemap="drawn"]', WAIT);
      expect(requests.filter((url) => url.includes('static-map.svg')), path).toEqual([]);
    }
  });

  it('without the basemap: markers on the map, and a notice that the outlines are missing', async () => {
    const { page, problems } = await open('/map/', { block: '/data/basemap.json' });
    await page.waitForSelector('[data-map-ready="true"]', WAIT);
    await expect.poll(() => notice(page).textContent(), WAIT).toMatch(/outlines could not be loaded/);
    expect(await notice(page).isVisible()).toBe(true);
    expect(await markers(page).first().isVisible()).toBe(true);
    expect(await picture(page).isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('without the data (countries.json): the still picture in the map’s box, and a notice', async () => {
    const { page, problems } = await open('/map/', { block: '/data/countries.json' });
    await expect.poll(() => notice(page).isVisible(), WAIT).toBe(true);
    expect(await notice(page).textContent()).toMatch(/interactive map could not load.*still picture.*list below/);
    await expectPictureInBox(page);
    expect(await page.locator('[data-map-ready]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  for (const path of ['/map/', '/embed/map/', '/']) {
    it(`with the JavaScript files blocked, ${path}: the still picture in the map’s box, and a notice`, async () => {
      const { page, problems, requests } = await open(path, { block: '/_astro/*.js' });
      expect(requests.some((url) => /\/_astro\/.*\.js$/.test(url))).toBe(true);
      await canvas(page).scrollIntoViewIfNeeded();
      // The picture waits a few seconds (a CSS animation delay) in case the script is only slow;
      // run the page's animations 20 times faster rather than wait.
      const devtools = await page.context().newCDPSession(page);
      await devtools.send('Animation.enable');
      await devtools.send('Animation.setPlaybackRate', { playbackRate: 20 });
      await expectPictureInBox(page);
      expect(await notice(page).isVisible()).toBe(true);
      expect(await notice(page).textContent()).toMatch(/interactive map could not load/);
      expect(await markers(page).count()).toBe(0);
      expect(problems).toEqual([]);
    });
  }

  it('with JavaScript off: the still picture and a notice, no empty map box', async () => {
    const { page, problems } = await open('/map/', { javaScriptEnabled: false });
    const still = page.locator('img.static-map');
    await expect.poll(() => drawn(still), WAIT).toBe(true);
    expect((await still.boundingBox())!.width).toBeGreaterThan(300);
    expect(await canvas(page).isVisible()).toBe(false);
    expect(await notice(page).isVisible()).toBe(true);
    expect(await notice(page).textContent()).toMatch(/interactive map could not load/);
    // The list carries the same information.
    expect(await page.locator('table[data-map-table] tbody tr').count()).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
