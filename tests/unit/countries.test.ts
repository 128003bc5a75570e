import { describe, expect, it } from 'vitest';
import { compareAmounts, countSentence, fundingOffered, isContributor, noOfferNote, offerColumns, personnelOffered, sortForReading, summariseOffers, type CountryRecord } from '../../src/shared/countries.ts';

function country(id: string, overrides: Partial<CountryRecord>): CountryRecord {
  return {
    id,
    name: id,
    iso3: 'AAA',
    point: { lat: 0, lng: 0 },
    role: 'contributor',
    status: 'diplomatic-sources',
    offers: [],
    conditions: [],
    summary: 'x'.repeat(40),
    sources: [{ source: 's', paragraphs: [1] }],
    asOf: '2023-09-26',
    ...overrides,
  };
}

const people = (value: number) => ({ kind: 'personnel' as const, quantity: { value, qualifier: 'exact' as const, unit: 'personnel' as const }, standing: 'offered' as const, conditions: [] });
const usd = (value: number) => ({ kind: 'funding' as const, quantity: { value, qualifier: 'exact' as const, unit: 'USD' as const }, standing: 'offered' as const, conditions: [] });

describe('personnelOffered and fundingOffered', () => {
  it('add up people offers and ignore money', () => {
    const c = country('a', { offers: [people(100), { ...people(50), kind: 'police' }, usd(1_000_000)] });
    expect(personnelOffered(c)).toBe(150);
    expect(fundingOffered(c)).toBe(1_000_000);
  });
  it('return null, not zero, when no number is stated', () => {
    const c = country('a', { offers: [{ kind: 'personnel', quantity: 'not stated', standing: 'offered' as const, conditions: [] }] });
    expect(personnelOffered(c)).toBeNull();
    expect(fundingOffered(c)).toBeNull();
  });
});

describe('sortForReading', () => {
  it('puts the lead nation first, firmer commitments before rumours, and the host last', () => {
    const sorted = sortForReading([
      country('host', { role: 'host', status: 'not-a-contributor' }),
      country('rumoured', { status: 'under-discussion', role: 'possible-contributor' }),
      country('zeta', { status: 'stated-in-public' }),
      country('alpha', { status: 'diplomatic-sources' }),
      country('lead', { role: 'lead-nation', status: 'stated-in-public' }),
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['lead', 'zeta', 'alpha', 'rumoured', 'host']);
  });
});

describe('isContributor', () => {
  it('excludes the host and a co-author without an offer', () => {
    expect(isContributor(country('h', { status: 'not-a-contributor' }))).toBe(false);
    expect(isContributor(country('r', { status: 'under-discussion' }))).toBe(true);
  });
});

describe('offerColumns', () => {
  it('splits offers into people, money and other help, in words', () => {
    const c = country('us', {
      offers: [usd(100_000_000), { kind: 'enabling-support', quantity: 'not stated', standing: 'offered' as const, conditions: [] }],
    });
    expect(offerColumns(c, 'en')).toEqual({ people: 'None stated', money: 'US$100 million (offered)', other: 'Enabling support: offered (no figure stated)' });
  });
  it('keeps the qualifier on people offers and says when a number is missing', () => {
    const rwanda = country('rwanda', { offers: [{ kind: 'personnel', quantity: { value: 500, qualifier: 'up-to', unit: 'uniformed-personnel' }, standing: 'discussed', conditions: [] }] });
    expect(offerColumns(rwanda, 'en').people).toBe('Up to 500 uniformed personnel (discussed, not described as an offer)');
    const antigua = country('antigua', { offers: [{ kind: 'personnel', quantity: 'not stated', standing: 'announced', conditions: [] }] });
    expect(offerColumns(antigua, 'en').people).toBe('Intent to take part announced (no number stated)');
  });
});

describe('compareAmounts', () => {
  it('sorts either way but always puts missing numbers last', () => {
    const values = [50, null, 1000, 150];
    expect([...values].sort((a, b) => compareAmounts(a, b))).toEqual([1000, 150, 50, null]);
    expect([...values].sort((a, b) => compareAmounts(a, b, 'ascending'))).toEqual([50, 150, 1000, null]);
  });
});

describe('noOfferNote', () => {
  it('says the host and a co-author make no offer, and a silent contributor that the report is silent', () => {
    expect(noOfferNote({ role: 'host', status: 'not-a-contributor' }, 'en')).toMatch(/^None stated: it is the country the mission would help/);
    expect(noOfferNote({ role: 'co-drafter', status: 'not-a-contributor' }, 'en')).toBe('None stated: its part in the report is as co-author of the draft resolution.');
    expect(noOfferNote({ role: 'contributor', status: 'diplomatic-sources' }, 'en')).toMatch(/does not state what form/);
  });
});

describe('summariseOffers', () => {
  it('lists every offer with its standing, and falls back to the honest note when there is none', () => {
    expect(summariseOffers(country('us', { offers: [{ ...usd(100_000_000), standing: 'to-be-sought' }] }), 'en')).toBe('Funding: US$100 million (to be sought, not yet secured)');
    expect(summariseOffers(country('haiti', { role: 'host', status: 'not-a-contributor' }), 'en')).toMatch(/^None stated: it is the country the mission would help/);
  });
  it('runs the offers after the first on in one sentence: no capital after the semicolon', () => {
    const two = country('us', { offers: [{ ...usd(100_000_000), standing: 'to-be-sought' }, { kind: 'enabling-support', quantity: 'not stated', standing: 'prepared', conditions: [] }] });
    expect(summariseOffers(two, 'en')).toMatch(/^Funding: US\$100 million \(to be sought, not yet secured\); enabling support: /);
    expect(summariseOffers(two, 'fr')).toMatch(/; appui logistique/);
  });
});

describe('countSentence', () => {
  it('counts from the records and says what it counts', () => {
    const records = [country('a', {}), country('b', { status: 'under-discussion' }), country('h', { role: 'host', status: 'not-a-contributor' })];
    expect(countSentence(records, 'en')).toBe('2 countries offering or weighing help, and 1 more named with another part');
    expect(countSentence([country('a', {})], 'en')).toBe('1 country offering or weighing help');
  });
});
