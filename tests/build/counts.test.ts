/**
 * Issue 14: every count a page or share card states is counted from the rows it lists. The map's
 * readout ("Showing 16 of 16 countries") and each filter's count against the map's list, the
 * count sentence of the home, countries and map pages against their tables, and the home and map
 * share cards against the countries their map shows (the rows of the data file). The expected
 * numbers are counted here from the rows; only the wording comes from the dictionaries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill, t } from '../../src/i18n/index.ts';
import { LANGUAGES, localePath, type Lang } from '../../src/i18n/languages.ts';
import { siteCardDetails } from '../../src/build/share-image/card-text.ts';
import { FILTER_KINDS, STATUSES, type FilterKind, type Status } from '../../src/domain/vocabulary.ts';
import { builtPage } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

interface Row {
  id: string;
  status: Status;
  kinds: FilterKind[];
}

const rowsOf = (lang: Lang): Row[] => (JSON.parse(readFileSync(join(distDir, localePath(lang, '/data/countries.json').slice(1)), 'utf8')) as { countries: Row[] }).countries;
const textOf = (element: { text: string } | null | undefined) => (element?.text ?? '').replace(/\s+/g, ' ').trim();

describe.each(LANGUAGES.map((lang) => [lang] as const))('counts stated in %s', (lang) => {
  const words = t(lang);
  const data = new Map(rowsOf(lang).map((row) => [row.id, row]));
  /** The rows a page's table lists, looked up in the data file by their country id. */
  const tableRows = (path: string, selector = 'table.contributors tbody tr[data-country]') => {
    const rows = builtPage(localePath(lang, path)).dom.querySelectorAll(selector);
    expect(rows.length, `${path}: rows`).toBeGreaterThan(0);
    return rows.map((row) => data.get(row.getAttribute('data-country')!)!);
  };
  /** "14 countries offering or weighing help, and 2 more…", counted from `rows`. */
  const countOf = (rows: readonly Row[]) => {
    const helping = rows.filter((row) => row.status !== 'not-a-contributor').length;
    return words.count(helping, rows.length - helping);
  };

  it('the map’s readout counts the rows of its list, the destination too', () => {
    const page = builtPage(localePath(lang, '/map/')).dom;
    const rows = tableRows('/map/', 'table[data-map-table] tbody tr[data-country]');
    expect(textOf(page.querySelector('[data-map-shown]'))).toBe(fill(words.client.shown, { shown: rows.length, total: rows.length }));
  });

  it('each filter counts the rows of the list it would show', () => {
    const page = builtPage(localePath(lang, '/map/')).dom;
    const rows = tableRows('/map/', 'table[data-map-table] tbody tr[data-country]');
    const statusCounts = STATUSES.map((status) => Number(textOf(page.querySelector(`[data-count-status="${status}"]`))));
    STATUSES.forEach((status, i) => expect(statusCounts[i], status).toBe(rows.filter((row) => row.status === status).length));
    // Every row has one status, so the status counts add up to the list.
    expect(statusCounts.reduce((a, b) => a + b, 0)).toBe(rows.length);
    const kinds = FILTER_KINDS.filter((kind) => page.querySelector(`[data-count-kind="${kind}"]`));
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(Number(textOf(page.querySelector(`[data-count-kind="${kind}"]`))), kind).toBe(rows.filter((row) => row.kinds.includes(kind)).length);
    // A kind some row has is never left out of the filters.
    for (const kind of FILTER_KINDS) if (rows.some((row) => row.kinds.includes(kind))) expect(kinds, kind).toContain(kind);
  });

  it.each(['/', '/countries/', '/map/'])('%s states the count of the rows in its table', (path) => {
    const page = builtPage(localePath(lang, path)).dom;
    const main = textOf(page.querySelector('main'));
    const rows = tableRows(path);
    // A table that lists only the first of many countries says so; the count is then of them all.
    if (rows.length < data.size) expect(main).toContain(words.home.tableShown(rows.length, data.size));
    expect(main).toContain(countOf(rows.length < data.size ? [...data.values()] : rows));
  });

  it('the home and map share cards count the countries their map shows', () => {
    const rows = [...data.values()];
    const cards = siteCardDetails(rows, lang);
    expect(cards.home).toContain(countOf(rows));
    expect(cards.map).toContain(countOf(rows));
  });
});
