/** What the build writes for offline reading: the worker, each language's list of files, and the sizes the pages show. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, localePath } from '../../src/i18n/languages.ts';
import type { OfflineFileList } from '../../src/shared/offline/messages.ts';
import { BUILD_ID_PLACEHOLDER, OFFLINE_KB_PLACEHOLDER } from '../../src/shared/offline/placeholders.ts';
import { builtPages } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
const buildId = /^\/\/ Build (\w+)/.exec(worker)?.[1];
const lists = LANGUAGES.map((lang) => JSON.parse(readFileSync(join(distDir, `.${localePath(lang, '/data/offline-files.json')}`), 'utf8')) as OfflineFileList);
const pages = builtPages();

describe('offline reading in the build', () => {
  it('writes a worker of a few KB carrying the build id, which every list and page names', () => {
    expect(buildId).toMatch(/^[0-9a-f]{16}$/);
    expect(worker).toContain(`pages-`);
    expect(worker).toContain(buildId);
    // The worker is the only thing offline reading adds to a first visit besides two small scripts.
    expect(gzipSync(worker).length).toBeLessThan(3 * 1024);
    for (const list of lists) expect(list.build, list.lang).toBe(buildId);
    for (const page of pages) {
      expect(page.html, page.path).not.toContain(BUILD_ID_PLACEHOLDER);
      expect(page.html, page.path).not.toContain(OFFLINE_KB_PLACEHOLDER);
    }
  });

  it('lists each language’s own pages, the map’s data and basemap, with their real gzip sizes', () => {
    expect(lists).toHaveLength(LANGUAGES.length);
    for (const list of lists) {
      const prefix = localePath(list.lang, '/');
      const pagesListed = list.files.filter((f) => f.path.endsWith('/')).map((f) => f.path);
      expect(pagesListed.length, list.lang).toBeGreaterThan(25);
      expect(pagesListed.every((path) => path.startsWith(prefix) && (list.lang !== 'en' || !/^\/(fr|ht)\//.test(path))), list.lang).toBe(true);
      for (const path of [localePath(list.lang, '/map/'), localePath(list.lang, '/data/countries.json'), '/data/basemap.json']) expect(list.files.map((f) => f.path), list.lang).toContain(path);
      expect(list.files.some((f) => f.path.startsWith('/_astro/leaflet')), list.lang).toBe(true);
      for (const path of ['/search/', '/embed/map/', '/404.html']) expect(pagesListed, list.lang).not.toContain(localePath(list.lang, path));
      const map = list.files.find((f) => f.path === localePath(list.lang, '/map/'))!;
      expect(map.bytes).toBe(gzipSync(readFileSync(join(distDir, `.${map.path}index.html`))).length);
      expect(list.bytes).toBe(list.files.reduce((sum, f) => sum + f.bytes, 0));
    }
  });

  it('shows each language’s size on its button, and never registers the worker from the embed', () => {
    for (const list of lists) {
      const page = pages.find((p) => p.path === localePath(list.lang, '/'))!;
      // Measured before the figure itself was written in: within a kilobyte of the finished files.
      const shown = Number(page.dom.querySelector('[data-save-offline]')?.getAttribute('data-kb')?.replace(/\D/g, ''));
      expect(Math.abs(shown - list.bytes / 1024), list.lang).toBeLessThanOrEqual(1);
      const embed = pages.find((p) => p.path === localePath(list.lang, '/embed/map/'))!;
      const scripts = embed.dom.querySelectorAll('script[src]').map((s) => readFileSync(join(distDir, s.getAttribute('src')!), 'utf8'));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.some((code) => code.includes('serviceWorker')), list.lang).toBe(false);
      expect(embed.dom.querySelector('[data-save-offline]'), list.lang).toBeNull();
    }
  });
});
