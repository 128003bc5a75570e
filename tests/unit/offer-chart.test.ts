import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOfferChart, niceMax, paragraphStating } from '../../src/shared/offer-chart.ts';
import type { CountryRecord } from '../../src/shared/countries.ts';
import type { Source } from '../../src/domain/schemas/source.ts';

function country(id: string, overrides: Partial<CountryRecord>): CountryRecord {
  return {
    id,
    name: id.toUpperCase(),
    iso3: 'AAA',
    point: { lat: 0, lng: 0 },
    role: 'contributor',
    status: 'diplomatic-sources',
    offers: [],
    conditions: [],
    summary: 'x'.repeat(40),
    sources: [{ source: 's', paragraphs: [2, 4] }],
    asOf: '2023-09-26',
    ...overrides,
  };
}
const figures = (byParagraph: Record<string, string[]>) => Object.fromEntries(Object.entries(byParagraph).map(([p, numbers]) => [p, { numbers, months: [], relative: [] }]));
const source: Pick<Source, 'id' | 'figures'> = { id: 's', figures: figures({ '2': ['40'], '4': ['300', '7000000'], '9': ['300'] }) };
type Offer = CountryRecord['offers'][number];
const people = (value: number, qualifier: 'exact' | 'up-to' | 'at-least' = 'exact', standing: Offer['standing'] = 'offered'): Offer => ({ kind: 'personnel', quantity: { value, qualifier, unit: 'personnel' }, standing, conditions: [] });

describe('buildOfferChart', () => {
  const chart = buildOfferChart(
    [
      country('small', { offers: [people(40, 'up-to', 'discussed')] }),
      country('big', { offers: [people(300, 'exact', 'expected'), { kind: 'funding', quantity: { value: 7_000_000, qualifier: 'exact', unit: 'USD' }, standing: 'to-be-sought', conditions: [] }] }),
      country('vague', { offers: [{ kind: 'personnel', quantity: 'not stated', standing: 'considering', conditions: [] }] }),
      country('silent', {}),
      country('host', { role: 'host', status: 'not-a-contributor' }),
    ],
    [source],
    'en',
  );

  it('draws a bar per offer of people, largest first, from zero to a round end of the scale', () => {
    expect(chart.bars.map((bar) => [bar.countryId, bar.value, bar.percent])).toEqual([
      ['big', 300, 60],
      ['small', 40, 8],
    ]);
    expect(chart.scale.max).toBe(500);
    expect(chart.scale.ticks[0]).toMatchObject({ value: 0, percent: 0 });
    expect(chart.scale.ticks.at(-1)).toMatchObject({ value: 500, percent: 100 });
  });

  it('keeps the hedge and the standing on every bar, and draws "up to" as a ceiling and "discussed" pale', () => {
    const [big, small] = chart.bars;
    expect(big).toMatchObject({ figure: '300', standing: 'expected', shape: 'count', fill: 'firm', unit: 'personnel' });
    expect(small).toMatchObject({ figure: 'up to 40', standing: 'discussed, not described as an offer', shape: 'ceiling', fill: 'light' });
  });

  it('gives money its own line, never a bar', () => {
    expect(chart.money).toEqual([expect.objectContaining({ countryId: 'big', figure: 'US$7 million', standing: 'to be sought, not yet secured', paragraph: 4 })]);
    expect(chart.bars.some((bar) => bar.value === 7_000_000)).toBe(false);
  });

  it('lists the helping countries with no figure by name, not as zero bars, and leaves out the host', () => {
    expect(chart.unquantified.map((c) => c.countryId)).toEqual(['vague', 'silent']);
  });

  it('cites the paragraph that states each figure and links to the country in the chart’s language', () => {
    expect(chart.bars.map((bar) => bar.paragraph)).toEqual([4, 2]);
    const french = buildOfferChart([country('big', { offers: [people(300, 'up-to')] })], [source], 'fr');
    expect(french.bars[0]).toMatchObject({ href: '/fr/countries/big/', figure: 'jusqu’à 300' });
  });
});

describe('paragraphStating', () => {
  it('is the first cited paragraph whose figures include the number, or null', () => {
    expect(paragraphStating(300, [{ source: 's', paragraphs: [9, 4] }], [source])).toBe(4);
    expect(paragraphStating(300, [{ source: 's', paragraphs: [2] }], [source])).toBeNull();
  });
});

describe('niceMax', () => {
  it.each([
    [1000, 1000],
    [1001, 2000],
    [150, 200],
    [240, 250],
    [450, 500],
    [0, 1],
  ])('%d → %d', (value, expected) => expect(niceMax(value)).toBe(expected));
});

describe('the chart of the report’s own records', () => {
  const dir = 'content/countries';
  const records: CountryRecord[] = readdirSync(dir).map((file) => ({ id: file.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
  const sources = JSON.parse(readFileSync('content/sources.json', 'utf8')) as Source[];
  const chart = buildOfferChart(records, sources, 'en');

  it('has a bar for every stated figure of people and a paragraph for each', () => {
    const stated = records.flatMap((r) => r.offers.filter((o) => o.quantity !== 'not stated' && o.quantity.unit !== 'USD'));
    expect(stated.length).toBeGreaterThan(0);
    expect(chart.bars).toHaveLength(stated.length);
    for (const bar of [...chart.bars, ...chart.money]) expect(bar.paragraph, bar.countryId).not.toBeNull();
    const values = chart.bars.map((bar) => bar.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});
