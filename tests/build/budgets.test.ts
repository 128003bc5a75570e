/**
 * Byte budgets, from dist/ alone (deterministic; timings live in `npm run bench`). A reader on a
 * cheap phone and a slow network pays for every byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { pageWeight, scriptGraph } from '../support/page-weight.ts';
import { distDir } from '../support/paths.ts';

const KB = 1000;
const pages = builtPages();

describe('page weight', () => {
  // 85 KB, held again after offline reading (issue 17) and the map's chart, labels, gestures and
  // chips (issue 16) had pushed /fr/map/, the heaviest, to 88.7 KB (counting Leaflet's stylesheet,
  // which the page-weight helper used to miss): Leaflet is now built from its own ES modules with
  // only the parts the map uses (src/client/map/leaflet.ts, 41.4 to 30.7 KB), which brought
  // /fr/map/ to 77.9 KB. Room for the next feature, not a reason to raise this line.
  it.each(['', '/fr', '/ht'].flatMap((prefix) => [`${prefix}/map/`, `${prefix}/embed/map/`]))('keeps %s within 85 KB gzip in all: HTML with its styles, JS, Leaflet and its stylesheet, basemap and data', (path) => {
    const prefix = /^\/[a-z]{2}\//.exec(path)?.[0].slice(0, -1) ?? '';
    // What the page names in its head (scripts and data preloads) is counted, and must be all of it.
    const weight = pageWeight(path);
    const names = weight.files.map((f) => f.path).join(' ');
    // The budget only means something if the heavy parts are counted.
    expect(names).toMatch(/leaflet/);
    expect(names).toContain('/data/basemap.json');
    expect(names).toContain(`${prefix}/data/countries.json`);
    expect(names).toMatch(/contributor-map/);
    expect(names).toMatch(/leaflet-core\.[^/]*\.css/);
    expect(weight.total).toBeLessThanOrEqual(85 * KB);
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

  it('builds Leaflet from the parts the map uses: no tiles, popups, tooltips, overlays or layer control', () => {
    const entry = pages.find((p) => p.path === '/map/')!.dom.querySelector('script[src]')!.getAttribute('src')!;
    const chunks = scriptGraph(entry).filter((p) => /leaflet/.test(p) && p.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(0);
    const code = chunks.map((p) => readFileSync(join(distDir, p), 'utf8')).join('\n');
    // What the map does use is there (the check would pass on an empty file otherwise) ...
    expect(code.includes('leaflet-div-icon')).toBe(true);
    expect(code.includes('leaflet-control-zoom')).toBe(true);
    // ... and each left-out part's own class name is not: the one-file build has them all.
    for (const unused of ['leaflet-tile', 'leaflet-popup', 'leaflet-tooltip', 'leaflet-image-layer', 'leaflet-control-layers', 'leaflet-control-scale']) {
      expect(code.includes(unused), unused).toBe(false);
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
