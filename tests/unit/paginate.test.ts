/**
 * Paged and capped lists (src/shared/paginate.ts). The built site has too few articles to make a
 * second page of the index, so the paging is tested here, with lists of any length, and the pager's
 * markup is rendered on its own for a list of many pages.
 */
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { splitLocale } from '../../src/i18n/languages.ts';
import { buildHead } from '../../src/shared/head.ts';
import { allPages, ARTICLES_PER_PAGE, FEED_ITEMS, HOME_ARTICLES, latest, pageCount, pagePath, paginate } from '../../src/shared/paginate.ts';
import { projectRoot } from '../support/paths.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('page sizes', () => {
  it('are whole numbers small enough for a page to stay light at 1,000 articles', () => {
    for (const size of [ARTICLES_PER_PAGE, HOME_ARTICLES, FEED_ITEMS]) {
      expect(Number.isInteger(size)).toBe(true);
      expect(size).toBeGreaterThan(0);
      expect(size).toBeLessThanOrEqual(50);
    }
    expect(pageCount(1000, ARTICLES_PER_PAGE)).toBe(Math.ceil(1000 / ARTICLES_PER_PAGE));
  });
});

describe('pageCount', () => {
  it('rounds up, and never makes fewer than one page', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(1, 20)).toBe(1);
    expect(pageCount(7, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(40, 20)).toBe(2);
    expect(pageCount(41, 20)).toBe(3);
    expect(pageCount(1000, 20)).toBe(50);
    expect(pageCount(1001, 20)).toBe(51);
    expect(pageCount(5, 1)).toBe(5);
  });
  it('refuses a page size or count that makes no sense', () => {
    for (const size of [0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => pageCount(10, size), String(size)).toThrow(RangeError);
    for (const total of [-1, 1.5, Number.NaN]) expect(() => pageCount(total, 20), String(total)).toThrow(RangeError);
  });
});

describe('pagePath', () => {
  it('keeps page 1 at the list’s own address and puts page N under page/N/', () => {
    expect(pagePath('/articles/', 1)).toBe('/articles/');
    expect(pagePath('/articles/', 2)).toBe('/articles/page/2/');
    expect(pagePath('/articles/', 50)).toBe('/articles/page/50/');
    expect(pagePath('/fr/articles/', 1)).toBe('/fr/articles/');
    expect(pagePath('/ht/articles/', 3)).toBe('/ht/articles/page/3/');
  });
  it('refuses a page number below 1 or a path without its slashes', () => {
    for (const n of [0, -1, 1.5]) expect(() => pagePath('/articles/', n), String(n)).toThrow(RangeError);
    for (const base of ['/articles', 'articles/', '']) expect(() => pagePath(base, 2), base).toThrow(RangeError);
  });
});

describe('paginate', () => {
  it('puts a list that fits on one page, with no neighbours', () => {
    const page = paginate(numbers(7), 20, 1, '/articles/');
    expect(page).toEqual({ number: 1, count: 1, items: numbers(7), start: 1, path: '/articles/', prev: undefined, next: undefined });
  });
  it('makes one empty page of an empty list', () => {
    expect(paginate([], 20, 1, '/articles/')).toMatchObject({ number: 1, count: 1, items: [], start: 1, prev: undefined, next: undefined });
  });
  it('links the first, a middle and the last page to their neighbours', () => {
    const items = numbers(45);
    expect(paginate(items, 20, 1, '/articles/')).toMatchObject({ count: 3, items: numbers(20), start: 1, path: '/articles/', prev: undefined, next: '/articles/page/2/' });
    expect(paginate(items, 20, 2, '/articles/')).toMatchObject({ count: 3, start: 21, path: '/articles/page/2/', prev: '/articles/', next: '/articles/page/3/' });
    expect(paginate(items, 20, 2, '/articles/').items).toEqual(numbers(40).slice(20));
    expect(paginate(items, 20, 3, '/articles/')).toMatchObject({ count: 3, items: [41, 42, 43, 44, 45], start: 41, path: '/articles/page/3/', prev: '/articles/page/2/', next: undefined });
  });
  it('fills the last page exactly when the list is a multiple of the page size', () => {
    const last = paginate(numbers(40), 20, 2, '/articles/');
    expect(last.items).toHaveLength(20);
    expect(last.next).toBeUndefined();
  });
  it('pages in each language under that language’s prefix', () => {
    expect(paginate(numbers(30), 20, 2, '/fr/articles/')).toMatchObject({ path: '/fr/articles/page/2/', prev: '/fr/articles/' });
  });
  it('refuses a page that does not exist', () => {
    expect(() => paginate(numbers(7), 20, 2, '/articles/')).toThrow(/Page 2 does not exist: the list has 1 page$/);
    expect(() => paginate(numbers(45), 20, 0, '/articles/')).toThrow(RangeError);
    expect(() => paginate(numbers(45), 20, 4, '/articles/')).toThrow(/3 pages/);
    expect(() => paginate(numbers(45), 0, 1, '/articles/')).toThrow(RangeError);
  });
  it('does not change the list it is given', () => {
    const items = numbers(45);
    paginate(items, 20, 2, '/articles/');
    expect(items).toEqual(numbers(45));
  });
});

describe('allPages', () => {
  it('gives every item exactly once, in order, at 1,000 articles', () => {
    const items = numbers(1000);
    const pages = allPages(items, ARTICLES_PER_PAGE, '/articles/');
    expect(pages).toHaveLength(1000 / ARTICLES_PER_PAGE);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => p.number)).toEqual(numbers(pages.length));
    for (const page of pages) {
      expect(page.items.length).toBeLessThanOrEqual(ARTICLES_PER_PAGE);
      expect(page.items[0]).toBe(page.start);
    }
  });
  it('chains the pages: each page’s next is the following page’s path, and back', () => {
    const pages = allPages(numbers(101), 20, '/ht/articles/');
    expect(pages.map((p) => p.path)).toEqual(['/ht/articles/', ...[2, 3, 4, 5, 6].map((n) => `/ht/articles/page/${n}/`)]);
    pages.forEach((page, i) => {
      expect(page.next).toBe(pages[i + 1]?.path);
      expect(page.prev).toBe(pages[i - 1]?.path);
    });
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });
  it('makes only page 1 when everything fits, so no page/N/ is built', () => {
    expect(allPages(numbers(7), ARTICLES_PER_PAGE, '/articles/').map((p) => p.path)).toEqual(['/articles/']);
    expect(allPages(numbers(ARTICLES_PER_PAGE), ARTICLES_PER_PAGE, '/articles/')).toHaveLength(1);
    expect(allPages(numbers(ARTICLES_PER_PAGE + 1), ARTICLES_PER_PAGE, '/articles/')).toHaveLength(2);
  });
});

describe('latest', () => {
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const articles = [
    { id: 'first', published: day('2026-11-26') },
    { id: 'second', published: day('2026-11-26') },
    { id: 'older', published: day('2026-01-01') },
    { id: 'newest', published: day('2026-12-24') },
    { id: 'third', published: day('2026-11-26') },
  ];
  const ids = (list: { id: string }[]) => list.map((a) => a.id);

  it('takes the newest first', () => {
    expect(ids(latest(articles, 2, (a) => a.published))).toEqual(['newest', 'first']);
  });
  it('keeps the given (reading) order among items of the same date', () => {
    expect(ids(latest(articles, 5, (a) => a.published))).toEqual(['newest', 'first', 'second', 'third', 'older']);
    const sameDay = articles.filter((a) => a.published.getTime() === day('2026-11-26').getTime());
    expect(ids(latest(sameDay, 10, (a) => a.published))).toEqual(['first', 'second', 'third']);
  });
  it('returns fewer when there are fewer, none for 0, and leaves the input alone', () => {
    expect(latest(articles, 50, (a) => a.published)).toHaveLength(5);
    expect(latest(articles, 0, (a) => a.published)).toEqual([]);
    expect(ids(articles)).toEqual(['first', 'second', 'older', 'newest', 'third']);
    expect(() => latest(articles, -1, (a) => a.published)).toThrow(RangeError);
  });
  it('caps 1,000 articles to the page sizes', () => {
    const many = numbers(1000).map((n) => ({ id: String(n), published: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000) }));
    expect(ids(latest(many, FEED_ITEMS, (a) => a.published))).toEqual(numbers(FEED_ITEMS).map((n) => String(1001 - n)));
    expect(latest(many, HOME_ARTICLES, (a) => a.published)).toHaveLength(HOME_ARTICLES);
  });
});

describe('the pager', () => {
  it('says “Page N of M” in each language', () => {
    expect(DICTIONARIES.en.pager.status(2, 50)).toBe('Page 2 of 50');
    expect(DICTIONARIES.fr.pager.status(2, 50)).toBe('Page 2 sur 50');
    expect(DICTIONARIES.ht.pager.status(2, 50)).toBe('Paj 2 sou 50');
  });

  const render = async (url: string, page: { number: number; count: number; prev: string | undefined; next: string | undefined }) => {
    const container = await AstroContainer.create();
    // The page's language comes down as a prop, as pages pass it; the address must agree with it.
    const lang = splitLocale(new URL(url).pathname).lang;
    return container.renderToString(Pagination, { props: { page, lang }, request: new Request(url) });
  };

  it('is not there when the list fits on one page', async () => {
    expect((await render('https://example.org/articles/', { number: 1, count: 1, prev: undefined, next: undefined })).trim()).toBe('');
  });

  it('is a labelled nav with previous and next links on a middle page, in the page’s language', async () => {
    const page = paginate(numbers(45), 20, 2, '/fr/articles/');
    const html = await render('https://example.org/fr/articles/page/2/', page);
    const nav = parse(html).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Pages des décryptages');
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/fr/articles/');
    expect(nav.querySelector('a[rel="prev"]')?.text).toContain('Page précédente');
    expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/fr/articles/page/3/');
    expect(nav.querySelector('a[rel="next"]')?.text).toContain('Page suivante');
    expect(nav.text).toContain('Page 2 sur 3');
    // The arrows are decoration: a screen reader hears only the words.
    for (const arrow of nav.querySelectorAll('span')) expect(arrow.getAttribute('aria-hidden')).toBe('true');
  });

  it('has no previous link on the first page and no next link on the last', async () => {
    const first = parse(await render('https://example.org/ht/articles/', paginate(numbers(45), 20, 1, '/ht/articles/')));
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(first.querySelector('a[rel="next"]')?.text).toContain('Paj apre a');
    expect(first.text).toContain('Paj 1 sou 3');
    const last = parse(await render('https://example.org/articles/page/3/', paginate(numbers(45), 20, 3, '/articles/')));
    expect(last.querySelector('a[rel="next"]')).toBeNull();
    expect(last.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/articles/page/2/');
  });

  it('is valid HTML', async () => {
    const html = await render('https://example.org/articles/page/2/', paginate(numbers(45), 20, 2, '/articles/'));
    // The project's rules (.htmlvalidate.json), as for every built page.
    const document = `<!DOCTYPE html><html lang="en"><head><title>Pager</title></head><body><main>${html}</main></body></html>`;
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(document, join(projectRoot, 'pager.html'));
    expect(report.results.flatMap((r) => r.messages).map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
  });

  it('puts rel="prev" and rel="next" links in the head of a middle page, and none on a single page', () => {
    const meta = { lang: 'en' as const, title: 'All articles, page 2 of 3', description: 'Every explainer.', image: '/og/home.png', imageAlt: 'Card' };
    const page = paginate(numbers(45), 20, 2, '/articles/');
    const head = buildHead({ ...meta, path: page.path, prev: page.prev, next: page.next }, 'https://example.org');
    expect(head.pagination).toEqual([
      { rel: 'prev', href: '/articles/' },
      { rel: 'next', href: '/articles/page/3/' },
    ]);
    // Page N is its own canonical page (not page 1's), with the same page N in the other languages.
    expect(head.canonical).toBe('https://example.org/articles/page/2/');
    expect(head.alternates.map((a) => a.href)).toContain('https://example.org/fr/articles/page/2/');
    expect(buildHead({ ...meta, path: '/articles/' }, 'https://example.org').pagination).toEqual([]);
  });
});
