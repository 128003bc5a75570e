/**
 * Lists that must not grow with the site, in the built site: the article index in pages, the home
 * page and the feeds capped. The site has fewer articles than a page holds, so most of the paging
 * is tested on its own (tests/unit/paginate.test.ts); these checks read dist/ and hold at any count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check/read-content.ts';
import { ARTICLES_PER_PAGE, FEED_ITEMS, HOME_ARTICLES, HOME_COUNTRIES, pageCount } from '../../src/shared/paginate.ts';
import { builtPage, builtPages } from '../support/dist.ts';
import { distDir, projectRoot } from '../support/paths.ts';

const articleCount = readContent(projectRoot).files.articles.length;
const pageTotal = pageCount(articleCount, ARTICLES_PER_PAGE);
const PREFIXES = ['', '/fr', '/ht'];
const xml = new XMLParser();

describe('the article index', () => {
  it.each(PREFIXES)('%s/articles/ lists the first page of articles, each once', (prefix) => {
    const { dom } = builtPage(`${prefix}/articles/`);
    const links = dom.querySelectorAll('main ol.card-list a').map((a) => a.getAttribute('href'));
    expect(links).toHaveLength(Math.min(articleCount, ARTICLES_PER_PAGE));
    expect(new Set(links).size).toBe(links.length);
    for (const link of links) expect(link).toMatch(new RegExp(`^${prefix}/articles/[a-z0-9-]+/$`));
    // Its canonical address is itself, as before paging.
    expect(dom.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${prefix}/articles/$`));
  });

  it.each(PREFIXES)('%s/articles/ has a pager only when the articles run over one page', (prefix) => {
    const { dom } = builtPage(`${prefix}/articles/`);
    expect(dom.querySelector('link[rel="prev"]')).toBeNull();
    if (pageTotal === 1) {
      expect(dom.querySelector('nav.pager')).toBeNull();
      expect(dom.querySelector('link[rel="next"]')).toBeNull();
      expect(dom.querySelectorAll('a[rel="next"], a[rel="prev"]')).toHaveLength(0);
    } else {
      expect(dom.querySelector('nav.pager a[rel="next"]')?.getAttribute('href')).toBe(`${prefix}/articles/page/2/`);
      expect(dom.querySelector('link[rel="next"]')?.getAttribute('href')).toBe(`${prefix}/articles/page/2/`);
    }
  });

  it.each(PREFIXES)('%s builds exactly the pages 2 and on that the articles fill', (prefix) => {
    const paged = builtPages()
      .map((p) => p.path)
      .filter((path) => path.startsWith(`${prefix}/articles/page/`));
    const expected = Array.from({ length: pageTotal - 1 }, (_, i) => `${prefix}/articles/page/${i + 2}/`);
    expect(paged.sort()).toEqual(expected.sort());
  });

  it('lists every article exactly once across its pages', () => {
    const paths = ['/articles/', ...Array.from({ length: pageTotal - 1 }, (_, i) => `/articles/page/${i + 2}/`)];
    const links = paths.flatMap((path) => builtPage(path).dom.querySelectorAll('main ol.card-list a').map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(articleCount);
    expect(new Set(links).size).toBe(articleCount);
  });
});

describe('the home page', () => {
  it.each(PREFIXES)('%s/ lists at most the latest few articles and links to the full index', (prefix) => {
    const { dom } = builtPage(`${prefix}/`);
    const section = dom.querySelector('section[aria-labelledby="articles-title"]')!;
    expect(section.querySelectorAll('ol.card-list li')).toHaveLength(Math.min(articleCount, HOME_ARTICLES));
    expect(section.querySelector(`a[href="${prefix}/articles/"]`)).not.toBeNull();
  });
});

describe('the feeds', () => {
  it.each(PREFIXES)('%s/rss.xml holds at most the latest articles, newest first', (prefix) => {
    const feed = xml.parse(readFileSync(join(distDir, prefix, 'rss.xml'), 'utf8'));
    const items = [feed.rss.channel.item ?? []].flat() as { link: string; pubDate: string }[];
    expect(items.length).toBeLessThanOrEqual(FEED_ITEMS);
    expect(items).toHaveLength(Math.min(articleCount, FEED_ITEMS));
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('the home page’s country table', () => {
  const countryCount = readContent(projectRoot).files.countries.length;
  it.each(PREFIXES)('%s/ lists the first HOME_COUNTRIES countries, and links to them all only when there are more', (prefix) => {
    const { dom } = builtPage(`${prefix}/`);
    const rows = dom.querySelectorAll('table.contributors tbody tr');
    expect(rows).toHaveLength(Math.min(countryCount, HOME_COUNTRIES));
    const toAll = dom.querySelectorAll(`main a[href="${prefix}/countries/"]`).filter((a) => a.closest('section[aria-labelledby="contributors-title"]'));
    expect(toAll).toHaveLength(countryCount > HOME_COUNTRIES ? 1 : 0);
  });
});
