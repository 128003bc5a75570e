/** Checks on the built site in dist/: every page there, well formed, linked and sourced. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check/read-content.ts';
import { HOME_ARTICLES } from '../../src/shared/paginate.ts';
import { builtPage, builtPages } from '../support/dist.ts';
import { distDir, projectRoot } from '../support/paths.ts';

const pages = builtPages();
const { files } = readContent(projectRoot);
const countries = files.countries.map((c) => ({ id: c.id, ...(c.data as { name: string; status: string }) }));
const articleIds = files.articles.map((a) => a.id);

/** The pages whose map is drawn at once, so their head names what it loads: /map/ and /embed/map/ in each language. */
const DRAWN_AT_ONCE = /^(\/[a-z]{2})?\/(embed\/)?map\/$/;

describe('the built site', () => {
  it('has every page a reader can reach', () => {
    const paths = new Set(pages.map((p) => p.path));
    const expected = [
      '/',
      '/about/',
      '/timeline/',
      '/people/',
      '/articles/',
      '/countries/',
      '/404.html',
      ...articleIds.map((id) => `/articles/${id}/`),
      ...countries.map((c) => `/countries/${c.id}/`),
    ];
    for (const path of expected) expect(paths, path).toContain(path);
    expect(articleIds.length).toBeGreaterThanOrEqual(7);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has one h1, a title, a description and a language', (_path, page) => {
    expect(page.dom.querySelectorAll('h1')).toHaveLength(1);
    expect(page.dom.querySelector('title')?.text.trim()).toBeTruthy();
    expect(page.dom.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(30);
    expect(page.dom.querySelector('html')?.getAttribute('lang')).toBe(/^\/(fr|ht)\//.exec(page.path)?.[1] ?? 'en');
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s says it describes the situation as of 26 September 2023', (_path, page) => {
    // In its own language: the date is the same day everywhere, written as each language writes it.
    expect(page.dom.querySelector('.as-of time')?.getAttribute('datetime')).toBe('2023-09-26');
    const written = { fr: '26 septembre 2023', ht: '26 septanm 2023' }[/^\/(fr|ht)\//.exec(page.path)?.[1] ?? ''] ?? '26 September 2023';
    expect(page.dom.querySelector('.as-of')?.text).toContain(written);
  });

  it('carries a Content-Security-Policy on every page and never an inline style attribute', () => {
    for (const page of pages) {
      expect(page.dom.querySelector('meta[http-equiv="content-security-policy"]'), page.path).not.toBeNull();
      expect(page.dom.querySelectorAll('[style]'), page.path).toHaveLength(0);
    }
  });

  it('names everything the map needs in the head of /map/ and /embed/map/, so it loads in one round trip', () => {
    const mapPages = pages.filter((p) => DRAWN_AT_ONCE.test(p.path));
    expect(mapPages).toHaveLength(6);
    for (const page of mapPages) {
      const head = page.dom.querySelector('head')!;
      const preloads = head.querySelectorAll('link[rel="preload"]').map((l) => [l.getAttribute('href'), l.getAttribute('as'), l.hasAttribute('crossorigin')]);
      const data = page.dom.querySelector('[data-contributor-map]')!.getAttribute('data-map-data');
      expect(preloads, page.path).toEqual(expect.arrayContaining([['/data/basemap.json', 'fetch', true], [data, 'fetch', true]]));
      const modules = head.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href') ?? '');
      expect(modules.some((href) => /\/_astro\/contributor-map\.[\w-]+\.js$/.test(href)), page.path).toBe(true);
      for (const href of modules) expect(existsSync(join(distDir, href)), href).toBe(true);
    }
  });

  it('ships JavaScript only for a map, share buttons, search or offline reading, one small module each', () => {
    for (const page of pages) {
      const scripts = page.dom.querySelectorAll('script[src]');
      const needs = ['[data-contributor-map]', '[data-share]', '[data-search-form]', '[data-save-offline]', '[data-offline-page]', '.embed [data-contributor-map]'].filter((s) => page.dom.querySelector(s)).length;
      expect(scripts.length, page.path).toBe(needs);
      // Pagefind comes later, on demand. So does Leaflet, except where the map is drawn at once
      // (/map/, /embed/map/): there the head names it, to be fetched beside the page.
      expect(/\/pagefind\//.test(page.html), page.path).toBe(false);
      const drawnAtOnce = DRAWN_AT_ONCE.test(page.path);
      const leaflet = page.dom.querySelectorAll('link[rel="modulepreload"]').filter((link) => /leaflet[^"']*\.js$/.test(link.getAttribute('href') ?? ''));
      expect(leaflet.length, page.path).toBe(drawnAtOnce ? 1 : 0);
      expect(page.dom.querySelectorAll('script[src*="leaflet"]'), page.path).toHaveLength(0);
    }
    // Pages of text run one script only: offline reading's (register the worker, the save button).
    expect(pages.filter((p) => p.dom.querySelectorAll('script[src]').length === 1 && p.dom.querySelector('[data-save-offline]')).map((p) => p.path)).toEqual(
      expect.arrayContaining(['/about/', '/timeline/', '/people/', '/articles/']),
    );
  });

  it('loads nothing from another origin', () => {
    for (const page of pages) {
      for (const el of page.dom.querySelectorAll('[src], link[href]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        // The canonical link and the same page's other languages are absolute links to this site.
        if (el.tagName === 'LINK' && (el.getAttribute('rel') === 'canonical' || el.getAttribute('hreflang'))) continue;
        expect(url.startsWith('/') || url.startsWith('#'), `${page.path}: ${url}`).toBe(true);
      }
    }
  });

  it('resolves every internal link, fragments included', () => {
    const broken: string[] = [];
    const byPath = new Map(pages.map((p) => [p.path, p]));
    for (const page of pages) {
      for (const a of page.dom.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page.path}`);
        const target = byPath.get(url.pathname);
        if (!target && !existsSync(join(distDir, url.pathname))) {
          broken.push(`${page.path} → ${href}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !(target ?? page).dom.getElementById(id)) broken.push(`${page.path} → ${href} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the home page', () => {
  const home = builtPage('/');

  it('lists every country in its server-rendered table, each linking to its own page', () => {
    for (const country of countries) {
      const row = home.dom.querySelector(`tr#row-${country.id}`);
      expect(row, country.id).not.toBeNull();
      expect(row?.querySelector(`a[href="/countries/${country.id}/"]`)?.text).toBe(country.name);
    }
  });

  it('shows the headline figures of the report', () => {
    const offer = (id: string) => home.dom.querySelector(`tr#row-${id}`)?.text ?? '';
    expect(offer('kenya')).toContain('1,000 police officers and troops');
    expect(offer('belize')).toMatch(/up to 50 uniformed personnel/i);
    expect(offer('bahamas')).toContain('150');
    expect(offer('rwanda')).toMatch(/up to 500 uniformed personnel/i);
    expect(offer('united-states')).toContain('US$100 million');
    expect(offer('italy')).toMatch(/none stated/i);
  });

  it('links the articles in reading order', () => {
    const links = home.dom.querySelectorAll('ol.card-list a').map((a) => a.getAttribute('href'));
    expect(links[0]).toBe('/articles/who-is-offering-what/');
    // The latest few (the articles share a date, so in reading order); the index has the rest.
    expect(links).toHaveLength(Math.min(articleIds.length, HOME_ARTICLES));
  });
});

describe('article pages', () => {
  it.each(articleIds)('%s shows byline, dates, reading time, takeaways, contents, citations and its countries', (id) => {
    const { dom } = builtPage(`/articles/${id}/`);
    expect(dom.querySelector('.byline')?.text).toMatch(/By .+\d+ min read.*Explainer written \d{1,2} \w+ \d{4}.*About the Miami Herald report of 26 September 2023\./s);
    expect(dom.querySelectorAll('.byline time[datetime]').length).toBeGreaterThanOrEqual(1);
    expect(dom.querySelectorAll('.takeaways li').length).toBeGreaterThanOrEqual(2);
    expect(dom.querySelectorAll('nav.toc a').length).toBeGreaterThanOrEqual(2);
    expect(dom.querySelectorAll('a.cite').length).toBeGreaterThan(3);
    expect(dom.querySelector('section.footnotes, .footnotes')).not.toBeNull();
    expect(dom.querySelectorAll('.country-links a[href^="/countries/"]').length).toBeGreaterThanOrEqual(1);
  });

  it('include at least one GFM table across the articles', () => {
    const tables = articleIds.flatMap((id) => builtPage(`/articles/${id}/`).dom.querySelectorAll('.prose table'));
    expect(tables.length).toBeGreaterThanOrEqual(1);
  });
});

describe('country pages', () => {
  it.each(countries.map((c) => [c.id, c] as const))('%s shows role, status, as-of date, offer, sources and articles', (id, country) => {
    const { dom } = builtPage(`/countries/${id}/`);
    expect(dom.querySelector('h1')?.text).toBe(country.name);
    expect(dom.querySelector('.facts')?.text).toMatch(/Role.+Status.+As of\s*26 September 2023/s);
    expect(dom.querySelector('.source-ref')?.text).toMatch(/Miami Herald, 26 September 2023, paragraphs? \d+/);
    expect(dom.text).toContain('What it offers');
  });
});
