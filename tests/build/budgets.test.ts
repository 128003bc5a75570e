/**
 * Byte budgets, from dist/ alone (deterministic; timings live in `npm run bench`). A reader on a
 * cheap phone and a slow network pays for every byte.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { pageWeight, scriptGraph } from '../support/page-weight';

const KB = 1000;
const pages = builtPages();

describe('page weight', () => {
  // 85 KB until offline reading (issue 17) added its module (registering the worker, the save
  // button: 1 KB) and the footer's save block (0.4 KB) to every page of the site but the embed.
  it.each(['', '/fr', '/ht'].flatMap((prefix) => [`${prefix}/map/`, `${prefix}/embed/map/`]))('keeps %s within 87 KB gzip in all: HTML with its styles, JS, Leaflet, basemap and data', (path) => {
    const prefix = /^\/[a-z]{2}\//.exec(path)?.[0].slice(0, -1) ?? '';
    // What the page names in its head (scripts and data preloads) is counted, and must be all of it.
    const weight = pageWeight(path);
    const names = weight.files.map((f) => f.path).join(' ');
    // The budget only means something if the heavy parts are counted.
    expect(names).toMatch(/leaflet/);
    expect(names).toContain('/data/basemap.json');
    expect(names).toContain(`${prefix}/data/countries.json`);
    expect(names).toMatch(/contributor-map/);
    expect(weight.total).toBeLessThanOrEqual(87 * KB);
  });

  it('sends no Leaflet bytes to pages without a map', () => {
    for (const page of pages.filter((p) => p.path.endsWith('/') && !p.dom.querySelector('[data-contributor-map]'))) {
      const weight = pageWeight(page.path);
      expect(weight.files.map((f) => f.path).join(' '), page.path).not.toMatch(/leaflet|contributor-map/);
    }
  });

  it('defers Leaflet on pages with a compact map: only the loader runs at first', () => {
    for (const path of ['/', '/countries/belize/', '/fr/', '/ht/countries/belize/']) {
      const page = pages.find((p) => p.path === path)!;
      const entry = page.dom.querySelector('script[src]')!.getAttribute('src')!;
      expect(entry).not.toMatch(/leaflet/);
      // Leaflet is reachable only through a dynamic import from the loader.
      expect(scriptGraph(entry).some((p) => /leaflet/.test(p))).toBe(true);
    }
  });

  it('fits every page’s HTML, styles included, in the first 14 KB round trip (gzip), the 404 page too', () => {
    const checked = pages.filter((p) => p.path.endsWith('/') || p.path.endsWith('404.html'));
    expect(checked.some((p) => p.path.endsWith('404.html'))).toBe(true);
    for (const page of checked) {
      const html = pageWeight(page.path).files.find((f) => f.path.endsWith('.html'))!;
      expect(html.gzip, page.path).toBeLessThanOrEqual(14 * KB);
    }
  });
});
