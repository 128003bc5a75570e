/**
 * The embeddable map inside another site's page, as an editor pastes it, at phone and desktop
 * widths: a host page on another origin (a temp folder served by its own server) frames the built
 * site's /embed/map/. With the resize script the frame is as tall as its content; without it the
 * frame keeps the code's shape and the map fits inside it. Either way the legend, the date and the
 * credit naming the report are in the frame, and a country's details open inside what is visible.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedSnippet } from '../../src/shared/embed/messages.ts';
import { chromiumPath } from '../support/browser.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

const WAIT = { timeout: 15_000 };

describe.skipIf(!chromiumPath)('the embedded map in a host page', () => {
  let browser: Browser;
  let host: RunningServer;
  let site = '';
  const folder = mkdtempSync(join(tmpdir(), 'h17-host-'));
  beforeAll(async () => {
    site = inject('siteOrigin');
    browser = await chromium.connect(inject('browserEndpoint'));
    const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><style>body{margin:0 auto;max-width:760px;padding:8px;font:16px serif}</style></head><body><h1>A newsroom's story</h1><p>Text before the map.</p>${body}<p>Text after the map.</p></body></html>`;
    const [frame, script] = embedSnippet(`${site}/ht/embed/map/`, 'Kat').split('\n');
    writeFileSync(join(folder, 'with-script.html'), page(`${frame}\n${script}`));
    writeFileSync(join(folder, 'without-script.html'), page(frame!));
    host = await serveDirectory(folder);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function hostPage(file: string, width: number): Promise<{ page: Page; frame: Frame; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${host.origin}/${file}`, { waitUntil: 'load' });
    const handle = await page.waitForSelector('iframe');
    await handle.scrollIntoViewIfNeeded();
    const frame = (await handle.contentFrame())!;
    await frame.waitForSelector('[data-basemap="drawn"]', WAIT);
    return { page, frame, close: () => context.close() };
  }

  /** Where an element of the frame is on the host page's screen. */
  const onHost = async (page: Page, frame: Frame, selector: string) => {
    const box = await frame.locator(selector).first().boundingBox();
    const iframe = (await page.locator('iframe').boundingBox())!;
    return { box: box!, iframe };
  };

  for (const width of [360, 1280]) {
    it(`follows its content's height with the resize script, at ${width} px`, async () => {
      const { page, frame, close } = await hostPage('with-script.html', width);
      try {
        await expect.poll(async () => Math.abs((await page.locator('iframe').boundingBox())!.height - (await frame.evaluate(() => document.body.getBoundingClientRect().height))), WAIT).toBeLessThanOrEqual(2);
        expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
        const credit = await frame.locator('.embed-credit').textContent();
        expect(credit).toContain('Miami Herald');
        expect(credit).toContain('Jacqueline Charles');
        expect(credit).toContain('26 septanm 2023');
        expect(await frame.locator('.embed-credit a').getAttribute('target')).toBe('_top');
        await page.screenshot({ path: `/tmp/h17-embed-host-script-${width}.png`, fullPage: true });
      } finally {
        await close();
      }
    });

    it(`fits the map, legend, date and credit in the frame's own shape without the script, and opens details inside it, at ${width} px`, async () => {
      const { page, frame, close } = await hostPage('without-script.html', width);
      try {
        // Nothing below the frame's fold: the page inside does not scroll.
        expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
        for (const selector of ['.map-legend', '.as-of', '.embed-credit']) {
          const { box, iframe } = await onHost(page, frame, selector);
          expect(box.y + box.height, selector).toBeLessThanOrEqual(iframe.y + iframe.height + 1);
        }
        expect((await onHost(page, frame, '[data-map-canvas]')).box.height).toBeGreaterThan(170);
        await frame.locator('.leaflet-marker-pane [data-country="kenya"]').click();
        await expect.poll(() => frame.locator('[data-map-panel] h2').textContent(), WAIT).toBe('Kenya');
        const { box, iframe } = await onHost(page, frame, '[data-map-panel] h2');
        expect(box.y).toBeGreaterThanOrEqual(iframe.y);
        expect(box.y + box.height).toBeLessThanOrEqual(iframe.y + iframe.height);
        await page.screenshot({ path: `/tmp/h17-embed-host-plain-${width}.png`, fullPage: true });
      } finally {
        await close();
      }
    });
  }

  it('offers the code on the map page as readable text, and a button that copies it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
      const page = await context.newPage();
      await page.goto(`${site}/fr/map/`, { waitUntil: 'load' });
      const code = await page.locator('#embed-code').inputValue();
      expect(code).toContain(`/fr/embed/map/`);
      expect(code).toContain('/embed/resize.js');
      const button = page.locator('[data-copy-embed]');
      await button.click();
      await expect.poll(() => page.locator('[data-copy-status]').textContent()).toMatch(/^Code d’intégration copié/);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      // Without JavaScript: no button, and the code still there to select.
      const plain = await browser.newContext({ javaScriptEnabled: false });
      const noJs = await plain.newPage();
      await noJs.goto(`${site}/fr/map/`);
      expect(await noJs.locator('[data-copy-embed]').isVisible()).toBe(false);
      expect(await noJs.locator('#embed-code').inputValue()).toBe(code);
      await plain.close();
    } finally {
      await context.close();
    }
  });
});
