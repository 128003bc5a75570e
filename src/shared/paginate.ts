/**
 * Long lists cut to a fixed size, so that a page weighs what its page size allows however many
 * articles the site holds (it must stay within its byte budgets at 1,000 articles): the article
 * index in pages, the home page and the feeds capped to the latest few. Pure and unit tested
 * (tests/unit/paginate.test.ts); the pages only print what this returns.
 */

/**
 * Articles on each page of the article index (/articles/, then /articles/page/2/, ...). A card is
 * a headline and a standfirst: about 400 bytes of HTML, 150 to 170 gzip, and at most some 250 gzip
 * with the longest headline and standfirst the schema allows. On a page shell of about 2.5 KB gzip,
 * 20 cards make about 6 KB, and under 8 KB at the longest: inside the 14 KB first round trip that
 * tests/build/budgets.test.ts holds every page to, with room to spare. 1,000 articles make 50 pages.
 */
export const ARTICLES_PER_PAGE = 20;

/**
 * Articles the home page lists, newest first, before its link to the full index: a phone screen
 * or two of cards. The home page also carries the country table and the map, so its list stays short.
 */
export const HOME_ARTICLES = 6;

/**
 * Items in each RSS feed, newest first. A feed reader downloads the whole feed at every poll (often
 * hourly) and keeps the items it has already seen, so the feed need only hold what is new since a
 * reader's last poll: 20 items is weeks of this site's output, about 13 KB (3 to 5 KB gzip), where
 * 1,000 articles would make some 650 KB at every poll. Older articles stay on the paged index.
 */
export const FEED_ITEMS = 20;

/**
 * Articles listed on a country page ("Articles that mention Kenya"), in the map's data for each
 * country (its details panel), and on the 404 page per language: the newest few, then a link to
 * the full index. A country named in every article would otherwise carry the whole site.
 */
export const RELATED_ARTICLES = 10;

/**
 * Countries in the home page's table, in reading order, before a link to the full list: the home
 * page must stay within its 14 KB whatever the number of countries (a row is some 300 bytes gzip).
 * The report names 16, so today the table shows them all.
 */
export const HOME_COUNTRIES = 20;

/** One page of a paged list. */
export interface Page<T> {
  /** This page's number, from 1. */
  number: number;
  /** How many pages the list makes: at least 1 (an empty list is one empty page). */
  count: number;
  /** The items on this page, in the list's order. */
  items: T[];
  /** Position of this page's first item in the whole list, from 1: `<ol start>`. */
  start: number;
  /** This page's path. */
  path: string;
  /** The previous page's path; undefined on page 1. */
  prev: string | undefined;
  /** The next page's path; undefined on the last page. */
  next: string | undefined;
}

function assertSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Page size must be a whole number of at least 1, not ${size}`);
}

/** How many pages `total` items make at `size` a page: never fewer than 1. */
export function pageCount(total: number, size: number): number {
  assertSize(size);
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`Item count must be a whole number of at least 0, not ${total}`);
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The path of page `number` of the list at `base`: page 1 is the base itself ("/articles/"), so the
 * list's first page keeps the address it always had; page N is "/articles/page/N/".
 */
export function pagePath(base: string, number: number): string {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new RangeError(`A list's path starts and ends with "/", not "${base}"`);
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`Page numbers are whole numbers from 1, not ${number}`);
  return number === 1 ? base : `${base}page/${number}/`;
}

/** Page `number` (from 1) of `items` cut into pages of `size`, the list's first page at `base`. */
export function paginate<T>(items: readonly T[], size: number, number: number, base: string): Page<T> {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) throw new RangeError(`Page ${number} does not exist: the list has ${count} page${count === 1 ? '' : 's'}`);
  const first = (number - 1) * size;
  return {
    number,
    count,
    items: items.slice(first, first + size),
    start: first + 1,
    path: pagePath(base, number),
    prev: number > 1 ? pagePath(base, number - 1) : undefined,
    next: number < count ? pagePath(base, number + 1) : undefined,
  };
}

/** Every page of `items` cut into pages of `size`, in order: what a getStaticPaths builds. */
export function allPages<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, index) => paginate(items, size, index + 1, base));
}

/**
 * The `count` newest items, newest first by `date`. Items of the same date keep the order they
 * came in (the sort is stable), so articles published on one day stay in reading order.
 */
export function latest<T>(items: readonly T[], count: number, date: (item: T) => Date): T[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Cannot take ${count} items`);
  return [...items].sort((a, b) => date(b).getTime() - date(a).getTime()).slice(0, count);
}
