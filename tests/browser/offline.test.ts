/**
 * Offline reading (src/client/sw/worker.ts) in Chromium, each test with its own static server so it can
 * cut the connection for real (the server stops as well as context.setOffline) and serve a second
 * build at the same address: what was read stays readable, an unread page gets the offline page in
 * its language, "Save for offline reading" saves one language whole and nothing else, and a new
 * build replaces the old caches and says so.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import type { OfflineFileList } from '../../src/shared/offline/messages.ts';
import { chromiumPath } from '../support/browser.ts';
import { distDir } from '../support/paths.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

const WAIT = { timeout: 15_000 };
const buildId = /\/\/ Build (\w+)/.exec(readFileSync(join(distDir, 'sw.js'), 'utf8'))![1]!;
const list = (prefix: string) => JSON.parse(readFileSync(join(distDir, `${prefix}/data/offline-files.json`), 'utf8')) as OfflineFileList;

/** Every URL path in the site's caches, by cache name. */
const cached = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
    return out;
  });
const controlled = (page: Page) => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
/** Waits until the worker has stored these pages (it stores them beside the page's own loading). */
const kept = (page: Page, paths: string[]) => expect.poll(async () => Object.values(await cached(page)).flat(), WAIT).toEqual(expect.arrayContaining(paths));

describe.skipIf(!chromiumPath)('offline reading', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh browser profile on a server of its own (dist/ unless told otherwise). */
  async function session(options: { root?: string; width?: number } = {}) {
    let server: RunningServer = await serveDirectory(options.root ?? distDir);
    const port = Number(new URL(server.origin).port);
    const context: BrowserContext = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    onTestFinished(async () => {
      await context.close();
      await server.close();
    });
    return {
      page,
      context,
      errors,
      origin: server.origin,
      /** Opens a page and waits until the worker controls it (it registers after the load event). */
      visit: async (path: string) => {
        await page.goto(server.origin + path, { waitUntil: 'load' });
        await expect.poll(() => controlled(page), WAIT).toBe(true);
      },
      offline: async () => {
        await server.close();
        await context.setOffline(true);
      },
      /** Serves another directory at the same address (a new deploy). */
      redeploy: async (root: string) => {
        await server.close();
        server = await serveDirectory(root, { port });
      },
    };
  }

  it('keeps the pages that were read, with their styles, scripts and the map, for reading offline', async () => {
    const { page, visit, offline, errors } = await session();
    await visit('/ht/countries/belize/');
    await visit('/ht/map/');
    await page.waitForSelector('[data-basemap="drawn"]', WAIT);
    await visit('/ht/articles/why-haiti-asked/');
    await kept(page, ['/ht/countries/belize/', '/ht/map/', '/ht/articles/why-haiti-asked/', '/ht/data/countries.json', '/data/basemap.json', '/ht/offline/']);
    await offline();

    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(await page.locator('html').getAttribute('lang')).toBe('ht');
    await page.goto(`${new URL(page.url()).origin}/ht/countries/belize/`, { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toBe('Beliz');
    // Styled: the inlined stylesheet came with the page.
    expect(await page.locator('body').evaluate((el) => getComputedStyle(el).margin)).not.toBe('8px');
    await page.goto(`${new URL(page.url()).origin}/ht/map/?country=kenya`, { waitUntil: 'load' });
    await page.waitForSelector('[data-basemap="drawn"]', WAIT);
    expect(await page.locator('.leaflet-marker-pane [data-country]').count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });

  it('shows an unread page offline as the offline page in its language, listing what is saved', async () => {
    const { page, visit, offline, origin } = await session({ width: 360 });
    await visit('/fr/countries/belize/');
    await visit('/ht/countries/rwanda/');
    await kept(page, ['/fr/countries/belize/', '/fr/offline/', '/ht/countries/rwanda/', '/ht/offline/']);
    await offline();
    await page.goto(`${origin}/ht/countries/kenya/`, { waitUntil: 'load' });
    expect(await page.locator('html').getAttribute('lang')).toBe('ht');
    expect(await page.locator('h1').textContent()).toBe('Ou pa gen entènèt');
    expect(await page.locator('[data-offline-address]').textContent()).toBe('/ht/countries/kenya/');
    await expect.poll(() => page.locator('[data-offline-item]:visible a').allTextContents(), WAIT).toEqual(['Rwanda']);
    await page.goto(`${origin}/fr/timeline/`, { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
    await expect.poll(() => page.locator('[data-offline-item]:visible a').allTextContents(), WAIT).toEqual(['Belize']);
    await page.screenshot({ path: '/tmp/h17-offline-page-360.png', fullPage: true });
  });

  it('saves one whole language when asked, after asking again when the data saver is on, and nothing of the others', async () => {
    const { page, context, visit, offline, origin } = await session({ width: 360 });
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
    await visit('/fr/');
    const button = page.locator('[data-save-button]');
    const files = list('/fr');
    expect(files.files.length).toBeGreaterThan(30);
    // "About N KB": measured while the pages still hold the number's placeholder, so it may be 1 off the list's exact sum.
    const shown = Number(/environ ([\d\u202f\u00a0]+)\s*Ko\)$/.exec((await button.textContent()) ?? '')?.[1]?.replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);
    expect(Math.abs(shown - Math.round(files.bytes / 1024))).toBeLessThanOrEqual(1);
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(new URL(request.url()).pathname));

    await button.click();
    // Data saver: the size is said and nothing is fetched until a second, explicit yes.
    await expect.poll(() => page.locator('[data-save-status]').textContent(), WAIT).toMatch(/économiseur de données/);
    expect(fetched.filter((p) => p.includes('offline-files'))).toEqual([]);
    await page.locator('[data-save-anyway]').click();
    await expect.poll(() => page.locator('[data-save-status]').textContent(), WAIT).toMatch(/^Enregistré sur cet appareil/);
    await page.screenshot({ path: '/tmp/h17-save-360.png' });

    const caches = await cached(page);
    const saved = Object.values(caches).flat();
    for (const file of files.files) expect(saved, file.path).toContain(file.path);
    // Nothing of another language: every page kept is French, every other file is one the French pages use.
    const listed = new Set(files.files.map((f) => f.path));
    expect(saved.filter((p) => !listed.has(p) && p !== '/fr/offline/saved')).toEqual([]);

    await offline();
    await page.goto(`${origin}/fr/timeline/`, { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).not.toBe('Vous êtes hors ligne');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('replaces the old caches when a new build is deployed, and says a newer version was loaded', async () => {
    const next = mkdtempSync(join(tmpdir(), 'h17-next-build-'));
    onTestFinished(() => rmSync(next, { recursive: true, force: true }));
    cpSync(distDir, next, { recursive: true });
    // The second build: another id (as any change of content gives) and a corrected page.
    const newId = 'feedfacefeedface';
    const rewrite = (file: string, change: (text: string) => string) => writeFileSync(join(next, file), change(readFileSync(join(next, file), 'utf8')));
    rewrite('sw.js', (text) => text.replaceAll(buildId, newId));
    rewrite('countries/belize/index.html', (text) => text.replaceAll(buildId, newId).replace('<h1>Belize</h1>', '<h1>Belize (corrected)</h1>'));

    const { page, visit, redeploy, offline } = await session();
    await visit('/countries/belize/');
    expect(Object.keys(await cached(page)).every((name) => name.endsWith(buildId))).toBe(true);
    expect(await page.locator('[data-update-notice]').isVisible()).toBe(false);

    await redeploy(next);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.locator('[data-update-notice]').isVisible(), WAIT).toBe(true);
    expect(await page.locator('[data-update-notice]').textContent()).toMatch(/you are reading the newest version/);
    await expect.poll(async () => Object.keys(await cached(page)), WAIT).toEqual(expect.arrayContaining([`haiti-mission-pages-${newId}`]));
    await kept(page, ['/countries/belize/']);
    expect(Object.keys(await cached(page)).filter((name) => name.includes(buildId))).toEqual([]);
    await page.screenshot({ path: '/tmp/h17-updated-1280.png' });

    await offline();
    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toBe('Belize (corrected)');
  });
});
