/**
 * The site in three languages, checked on dist/: every page exists in each, names its language,
 * links its other languages both ways, says when it is a translation, keeps the same figures and
 * citations as the English, and in Kreyòl shows no English month or country name (Node's ICU has
 * no Kreyòl, so an English word there means something fell back to Intl's English).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FEED_ITEMS } from '../../src/shared/paginate.ts';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check/read-content.ts';
import { builtPage, builtPages, type BuiltPage } from '../support/dist.ts';
import { distDir, projectRoot } from '../support/paths.ts';

const pages = builtPages().filter((p) => p.path.endsWith('/'));
const english = pages.filter((p) => !/^\/(fr|ht)\//.test(p.path));
/** Pages with the site's header and language switch: all but the embeds and the offline pages (shown
 * with no connection, where other languages' links lead nowhere), chosen by address, not by
 * the classes under test, so renaming a class fails the checks rather than emptying them. */
const withChrome = pages.filter((p) => !/^\/((fr|ht)\/)?(embed|offline)\//.test(p.path));
const PREFIXES = { fr: '/fr', ht: '/ht' } as const;
const { files } = readContent(projectRoot);
const englishNames = files.countries.map((c) => (c.data as { name: string }).name);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The page's text outside elements marked as English on purpose (quotes as spoken, the report's title). */
function ownText(page: BuiltPage): string {
  const main = page.dom.querySelector('main')?.clone() as BuiltPage['dom'] | undefined;
  main?.querySelectorAll('[lang="en"]').forEach((el) => el.remove());
  // Quotations stay in the speaker's words: “…”.
  return (main?.text ?? '').replace(/“[^”]*”/g, ' ');
}

describe('every page in every language', () => {
  it.each(english.map((p) => [p.path] as const))('%s exists in French and Kreyòl at the same path after the prefix', (path) => {
    for (const prefix of Object.values(PREFIXES)) expect(existsSync(join(distDir, prefix, path, 'index.html')), `${prefix}${path}`).toBe(true);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s links the same page in every language, and each of them links back', (path, page) => {
    const alternates = new Map(page.dom.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    expect([...alternates.keys()].sort()).toEqual(['en', 'fr', 'ht', 'x-default']);
    expect(alternates.get('x-default')).toBe(alternates.get('en'));
    for (const target of alternates.values()) {
      const back = builtPage(target).dom.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => new URL(l.getAttribute('href')!).pathname);
      expect(back, `${target} → ${path}`).toContain(path);
    }
  });

  it('has pages with site chrome to check (every page but the embeds)', () => {
    expect(withChrome.length).toBeGreaterThan(90);
  });

  it.each(withChrome.map((p) => [p.path, p] as const))('%s offers each language by its own name, the current one marked', (_path, page) => {
    const links = page.dom.querySelectorAll('.language-switcher a');
    expect(links.length, 'a language switcher').toBeGreaterThan(0);
    expect(links.map((a) => a.text.trim())).toEqual(['English', 'Français', 'Kreyòl ayisyen']);
    const current = links.filter((a) => a.getAttribute('aria-current') === 'true').map((a) => a.getAttribute('lang'));
    expect(current).toEqual([page.dom.querySelector('html')!.getAttribute('lang')]);
    for (const a of links) expect(builtPages().some((p) => p.path === a.getAttribute('href')), a.getAttribute('href') ?? '').toBe(true);
  });

  it.each(withChrome.map((p) => [p.path, p] as const))('%s says it is a translation, with a link to the English, only when it is one', (path, page) => {
    const notice = page.dom.querySelector('.translation-notice');
    const prefix = /^\/(fr|ht)\//.exec(path)?.[0];
    if (!prefix) {
      expect(notice).toBeNull();
      return;
    }
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(path.slice(prefix.length - 1));
    expect(page.dom.querySelector('.as-of')).not.toBeNull();
  });
});

describe('Kreyòl pages', () => {
  const kreyol = pages.filter((p) => p.path.startsWith('/ht/'));
  it.each(kreyol.map((p) => [p.path, p] as const))('%s has no English month or country name outside quotations', (_path, page) => {
    const text = ownText(page);
    for (const month of MONTHS) expect(text, month).not.toMatch(new RegExp(`\\b${month}\\b`));
    // "Kenya", "Rwanda", "Senegal" and "Bahamas" are written the same in Kreyòl; the others must not appear in English.
    for (const name of englishNames.filter((n) => !['Kenya', 'Rwanda', 'Senegal', 'The Bahamas'].includes(n))) {
      expect(text, name).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
});

describe('the same facts in every language', () => {
  it.each(english.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path)).map((p) => [p.path, p] as const))('%s cites the same paragraphs in French and Kreyòl', (path, page) => {
    const cited = (p: BuiltPage) => p.dom.querySelectorAll('a.cite').map((a) => a.text).join(' ');
    for (const prefix of Object.values(PREFIXES)) expect(cited(builtPage(`${prefix}${path}`))).toBe(cited(page));
  });

  it('gives each language its data file, with the same figures, codes and citations', () => {
    type Data = { language: string; countries: { id: string; status: string; paragraphs: number[]; offers: { quantity: unknown; standing: string }[] }[] };
    const read = (prefix: string) => JSON.parse(readFileSync(join(distDir, prefix, 'data/countries.json'), 'utf8')) as Data;
    // Sorted by id: each language lists countries in its own alphabetical order.
    const facts = (data: Data) =>
      data.countries.map((c) => ({ id: c.id, status: c.status, paragraphs: c.paragraphs, offers: c.offers.map((o) => [o.quantity, o.standing]) })).sort((a, b) => a.id.localeCompare(b.id));
    const en = read('');
    expect(en.language).toBe('en');
    for (const [lang, prefix] of Object.entries(PREFIXES)) {
      const other = read(prefix);
      expect(other.language).toBe(lang);
      expect(facts(other)).toEqual(facts(en));
    }
  });
});

describe('feeds, search and share cards per language', () => {
  it.each(['', '/fr', '/ht'])('%s/rss.xml is a feed in its language, linking its language’s articles', (prefix) => {
    const feed = readFileSync(join(distDir, prefix, 'rss.xml'), 'utf8');
    expect(feed).toContain(`<language>${prefix ? prefix.slice(1) : 'en'}</language>`);
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname).filter((p) => p.includes('/articles/'));
    // The newest FEED_ITEMS (src/shared/paginate.ts): every article while the site has no more.
    expect(links.length).toBe(Math.min(files.articles.length, FEED_ITEMS));
    for (const link of links) expect(link.startsWith(`${prefix}/articles/`), link).toBe(true);
  });

  it('lists each page in the sitemap with its other languages', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const entry = sitemap.split('<url>').find((u) => /<loc>[^<]*\/ht\/map\/<\/loc>/.test(u)) ?? '';
    for (const lang of ['en', 'fr', 'ht']) expect(entry, lang).toMatch(new RegExp(`hreflang="${lang}"`));
  });

  it('has a search index for each language', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const lang of ['en', 'fr', 'ht']) expect(entry.languages[lang]?.page_count ?? 0, lang).toBeGreaterThan(10);
  });

  it('draws every share card in every language', () => {
    const cards = (dir: string) => readdirSync(join(distDir, 'og', dir, 'countries')).sort();
    expect(cards('fr')).toEqual(cards(''));
    expect(cards('ht')).toEqual(cards(''));
    for (const page of pages) {
      const image = page.dom.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      const prefix = /^\/(fr|ht)\//.exec(page.path)?.[1];
      if (prefix) expect(new URL(image).pathname.startsWith(`/og/${prefix}/`), `${page.path}: ${image}`).toBe(true);
    }
  });
});
