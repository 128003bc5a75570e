/**
 * The built site says nothing stronger than the records, and the data files say nothing a page
 * does not: every figure with its qualifier and standing, a "no offer" note only where there is no
 * offer, "no conditions stated" only where the report states none, one way of counting countries,
 * background kept on the glossary, worked-out dates marked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check/read-content.ts';
import type { Country } from '../../src/domain/schemas/country.ts';
import { builtPage, builtPages } from '../support/dist.ts';
import { distDir, projectRoot } from '../support/paths.ts';

interface DataCountry {
  id: string;
  offers: { amount: string; quantity: { value: number; qualifier: string; unit: string } | null; standing: string; standingLabel: string }[];
  offerNote: string | null;
  conditions: { text: string; paragraphs: number[] }[];
}

const { files } = readContent(projectRoot);
const records = new Map(files.countries.map((c) => [c.id, c.data as Country]));
const data = JSON.parse(readFileSync(join(distDir, 'data/countries.json'), 'utf8')) as { countries: DataCountry[] };
const csv = readFileSync(join(distDir, 'data/countries.csv'), 'utf8').trimEnd().split('\r\n');
const text = (path: string) => builtPage(path).dom.querySelector('main')!.text.replace(/\s+/g, ' ');

describe('the data files', () => {
  it('cover every country record', () => {
    expect(data.countries.map((c) => c.id).sort()).toEqual([...records.keys()].sort());
    expect(csv).toHaveLength(records.size + 1);
  });

  it.each(data.countries.map((c) => [c.id, c] as const))('%s: a no-offer note only without an offer, every figure with its standing', (id, country) => {
    expect(country.offerNote === null, 'offerNote must be null exactly when there are offers').toBe(country.offers.length > 0);
    country.offers.forEach((offer, i) => {
      const stored = records.get(id)!.offers[i]!;
      expect(offer.standing).toBe(stored.standing);
      // A figure ends with its standing; without a figure, the standing is said of what was stated.
      if (offer.quantity) expect(offer.amount.endsWith(`(${offer.standingLabel})`), offer.amount).toBe(true);
      else expect(offer.amount.toLowerCase(), offer.amount).toContain(offer.standingLabel.toLowerCase());
      if (offer.quantity?.qualifier === 'up-to') expect(offer.amount).toMatch(/^Up to /);
      if (offer.quantity) expect(offer.amount.replace(/,/g, '')).toMatch(new RegExp(offer.quantity.unit === 'USD' ? 'US\\$' : String(offer.quantity.value)));
    });
  });

  it('gives every figure in the spreadsheet its qualifier, standing and unit', () => {
    const header = csv[0]!.split(',');
    const column = (name: string) => header.indexOf(name);
    for (const name of ['people', 'money_usd']) {
      expect(column(name)).toBeGreaterThan(0);
      for (const line of csv.slice(1)) {
        // No quoted commas in these columns, so a plain split finds them.
        const cells = line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
        const value = cells[column(name)];
        if (!value) continue;
        for (const suffix of ['_qualifier', '_standing', '_unit']) expect(cells[column(name + suffix)], `${line}: ${name}${suffix}`).toBeTruthy();
      }
    }
    const rwanda = csv.find((line) => line.startsWith('rwanda,'));
    // Rwanda's figure is the one the report hedges most ("has discussed sending up to"): its row
    // carries the record's qualifier and standing, whatever they are.
    const offer = records.get('rwanda')?.offers.find((o) => typeof o.quantity === 'object');
    const quantity = offer?.quantity;
    if (typeof quantity !== 'object') throw new Error('Rwanda has no figure in its record');
    expect(rwanda).toContain(`,${quantity.qualifier},${offer!.standing},`);
  });
});

describe('the pages agree with the data', () => {
  it.each(data.countries.map((c) => [c.id, c] as const))('/countries/%s/ shows every offer, note and condition the data file holds', (id, country) => {
    const page = text(`/countries/${id}/`);
    for (const offer of country.offers) expect(page).toContain(offer.amount);
    if (country.offerNote) expect(page).toContain(country.offerNote);
    for (const condition of country.conditions) expect(page).toContain(condition.text);
    const record = records.get(id)!;
    const saysNone = /No conditions stated/.test(page);
    expect(saysNone, 'may say "no conditions stated" only when the report states none').toBe(record.conditions.length === 0 && record.offers.every((o) => o.conditions.length === 0) && record.status !== 'not-a-contributor');
  });

  it.each(['/', '/map/', '/countries/'])('%s shows each people figure with its standing in the table', (path) => {
    const cells = builtPage(path).dom.querySelectorAll('table.contributors td[data-label="People"]');
    expect(cells.length).toBe(records.size);
    for (const cell of cells) if (/\d/.test(cell.text)) expect(cell.text).toMatch(/\((offered|announced|expected|discussed|under consideration)[^)]*\)/);
  });

  it('counts countries one way everywhere, from the records', () => {
    const helping = [...records.values()].filter((c) => c.status !== 'not-a-contributor').length;
    for (const page of builtPages()) {
      // The map filters' live readout ("Showing 3 of 15 countries") counts markers, not the report's countries.
      const main = page.dom.querySelector('main')?.clone() as ReturnType<typeof page.dom.querySelector>;
      main?.querySelectorAll('[data-map-shown]').forEach((el) => el.remove());
      for (const match of main?.text.matchAll(/\b(\d+) countries\b/g) ?? []) {
        expect(Number(match[1]), `${page.path}: "${match[0]}"`).toBe(helping);
      }
    }
    expect(text('/')).toContain(`${helping} countries offering or weighing help`);
    expect(text('/map/')).toContain(`${helping} countries offering or weighing help`);
  });
});

describe('background and dates', () => {
  const glossary = builtPage('/glossary/');
  const glossaryIds = new Set(glossary.dom.querySelectorAll('[id]').map((el) => el.id));

  it('keeps background on the glossary, labelled, with no paragraph citation', () => {
    expect(glossary.dom.querySelector('.background-note')?.text).toMatch(/not from the report/i);
    expect(glossary.dom.querySelectorAll('main .cite, main sup')).toHaveLength(0);
    expect(text('/about/')).toMatch(/glossary/i);
  });

  it('links every glossary term an article uses to a term that exists', () => {
    const links = builtPages().flatMap((page) => page.dom.querySelectorAll('a[href^="/glossary/#"]').map((a) => [page.path, a.getAttribute('href')!] as const));
    expect(links.length).toBeGreaterThan(0);
    for (const [path, href] of links) expect(glossaryIds.has(href.split('#')[1]!), `${path} → ${href}`).toBe(true);
  });

  it('marks every worked-out date in an article, and explains the marking on /about/#dates', () => {
    expect(builtPage('/about/').dom.getElementById('dates')).not.toBeNull();
    const marked = builtPages().flatMap((page) => page.dom.querySelectorAll('article a[href="/about/#dates"]'));
    for (const link of marked) {
      expect(link.classList.contains('worked-out-date')).toBe(true);
      expect(link.text).toMatch(/\d{4} \(worked out\)$/);
    }
  });
});
