/** The offline worker's pure logic: cache names by build, which request goes which way, and what a language's save holds. */
import { describe, expect, it } from 'vitest';
import { cacheNames, staleCaches } from '../../src/shared/offline/cache-names.ts';
import { isSavedPage, kilobytes, languageFiles, pageFiles } from '../../src/build/offline/language-files.ts';
import { cacheKeyFor, offlinePageFor, strategyFor } from '../../src/shared/offline/strategy.ts';

const ORIGIN = 'https://news.example';
const get = (path: string, mode = 'cors') => strategyFor({ url: ORIGIN + path, method: 'GET', mode }, ORIGIN);

describe('cache names', () => {
  it('name both caches after the build, so a new build never reads an old one', () => {
    expect(cacheNames('abc123')).toEqual({ pages: 'haiti-mission-pages-abc123', assets: 'haiti-mission-assets-abc123' });
    expect(cacheNames('a')).not.toEqual(cacheNames('b'));
  });
  it('refuse a build id that could not be a cache name', () => {
    expect(() => cacheNames('')).toThrow();
    expect(() => cacheNames('a b')).toThrow();
  });
  it('mark for deletion our caches of other builds only, never another app’s', () => {
    const existing = ['haiti-mission-pages-old', 'haiti-mission-assets-old', 'haiti-mission-pages-new', 'haiti-mission-assets-new', 'someone-else-v1'];
    expect(staleCaches(existing, 'new')).toEqual(['haiti-mission-pages-old', 'haiti-mission-assets-old']);
    expect(staleCaches(['haiti-mission-pages-new'], 'new')).toEqual([]);
  });
});

describe('which way a request goes', () => {
  it('pages network first, in every language, with or without a query', () => {
    for (const path of ['/', '/fr/', '/ht/countries/belize/', '/map/?country=kenya', '/404.html']) expect(get(path), path).toBe('page');
    expect(get('/something', 'navigate')).toBe('page');
  });
  it('fingerprinted build files cache first', () => {
    expect(get('/_astro/leaflet.XKvg2k9p.js')).toBe('asset');
  });
  it('the map’s data, basemap, static map and icons network first, kept once seen', () => {
    for (const path of ['/data/basemap.json', '/fr/data/countries.json', '/ht/map/static-map.svg', '/favicon.svg']) expect(get(path), path).toBe('data');
  });
  it('never other origins, writes, search, share cards, the worker, the embed or the lists of files', () => {
    expect(strategyFor({ url: 'https://cdn.example/x.js', method: 'GET' }, ORIGIN)).toBe('pass');
    expect(strategyFor({ url: `${ORIGIN}/`, method: 'POST' }, ORIGIN)).toBe('pass');
    for (const path of ['/pagefind/pagefind.js', '/og/home.png', '/sw.js', '/embed/map/', '/fr/embed/map/', '/ht/data/offline-files.json']) expect(get(path, 'navigate'), path).toBe('pass');
  });
  it('falls back to the offline page of the address’s language', () => {
    expect(offlinePageFor(`${ORIGIN}/ht/countries/kenya/`)).toBe('/ht/offline/');
    expect(offlinePageFor(`${ORIGIN}/fr/`)).toBe('/fr/offline/');
    expect(offlinePageFor(`${ORIGIN}/countries/kenya/`)).toBe('/offline/');
  });
  it('keeps one copy of a page whatever its query', () => {
    expect(cacheKeyFor(`${ORIGIN}/map/?country=kenya#x`)).toBe(`${ORIGIN}/map/`);
  });
});

describe('a language’s files to save', () => {
  const html = (body: string) => `<html><head><link rel="icon" href="/favicon.svg"><link rel="icon" href="/favicon-32.png"><link rel="modulepreload" href="/_astro/a.js"></head><body>${body}<script type="module" src="/_astro/page.js"></script></body></html>`;
  const pages = [
    { path: '/fr/', html: html('') },
    { path: '/fr/map/', html: html('<div data-contributor-map data-map-data="/fr/data/countries.json"><img src="/fr/map/static-map.svg"></div>') },
    { path: '/fr/countries/belize/', html: html('<img src="https://elsewhere.example/x.png">') },
    { path: '/fr/search/', html: html('<script type="module" src="/_astro/search.js"></script>') },
    { path: '/fr/embed/map/', html: html('') },
    { path: '/fr/404.html', html: html('') },
    { path: '/countries/belize/', html: html('<script type="module" src="/_astro/english-only.js"></script>') },
    { path: '/ht/', html: html('') },
  ];
  const chunks: Record<string, string> = { 'page.js': 'import"./shared.js";import("./leaflet.js")', 'shared.js': '', 'leaflet.js': 'x="_astro/leaflet-core.css"', 'a.js': '' };
  const files = languageFiles('fr', pages, (name) => chunks[name]);

  it('holds the language’s pages, and not its search, embed or 404, nor another language’s pages', () => {
    expect(files.filter((f) => f.endsWith('/'))).toEqual(['/fr/', '/fr/countries/belize/', '/fr/map/']);
    expect(isSavedPage('/countries/belize/', 'en')).toBe(true);
    expect(isSavedPage('/fr/countries/belize/', 'en')).toBe(false);
  });
  it('holds every file those pages load, scripts they import later and the stylesheets those load included, and the map’s data and basemap', () => {
    expect(files.filter((f) => !f.endsWith('/'))).toEqual(['/_astro/a.js', '/_astro/leaflet-core.css', '/_astro/leaflet.js', '/_astro/page.js', '/_astro/shared.js', '/data/basemap.json', '/favicon.svg', '/fr/data/countries.json', '/fr/map/static-map.svg']);
    expect(files).not.toContain('/_astro/search.js');
    expect(files).not.toContain('/_astro/english-only.js');
  });
  it('reads only this site’s files from a page, one icon of the two', () => {
    expect(pageFiles('<img src="//cdn.example/x.png"><img src="https://x.example/y.png"><link rel="icon" href="/favicon.svg"><link rel="icon" href="/favicon-32.png">')).toEqual(['/favicon.svg']);
  });
  it('gives sizes in whole kilobytes, never 0 for a file with bytes', () => {
    expect(kilobytes(0)).toBe(0);
    expect(kilobytes(10)).toBe(1);
    expect(kilobytes(430_260)).toBe(420);
  });
});
