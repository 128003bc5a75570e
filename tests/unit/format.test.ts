import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/i18n/format.ts';
import { formatOffer, formatOfferAmount, formatParagraphs, formatQuantity, isoDay, quoteText, readingMinutes } from '../../src/shared/format.ts';
import type { Offer } from '../../src/domain/schemas/country.ts';

describe('formatQuantity', () => {
  it('writes "up to" offers as a newsroom would', () => {
    expect(formatQuantity({ value: 50, qualifier: 'up-to', unit: 'uniformed-personnel' }, 'en')).toBe('up to 50 uniformed personnel');
  });
  it('groups thousands and leaves exact numbers bare', () => {
    expect(formatQuantity({ value: 1000, qualifier: 'exact', unit: 'police-officers-and-troops' }, 'en')).toBe('1,000 police officers and troops');
  });
  it('writes "at least"', () => {
    expect(formatQuantity({ value: 2000, qualifier: 'at-least', unit: 'uniformed-personnel' }, 'en')).toBe('at least 2,000 uniformed personnel');
  });
  it('writes US dollars as US$ with millions and billions in words', () => {
    expect(formatQuantity({ value: 100_000_000, qualifier: 'exact', unit: 'USD' }, 'en')).toBe('US$100 million');
    expect(formatQuantity({ value: 5_000_000, qualifier: 'up-to', unit: 'USD' }, 'en')).toBe('up to US$5 million');
  });
});

describe('formatUsd', () => {
  it('keeps one decimal where it matters and full figures below a million', () => {
    expect(formatter('en').usd(1_500_000)).toBe('US$1.5 million');
    expect(formatter('en').usd(2_000_000_000)).toBe('US$2 billion');
    expect(formatter('en').usd(250_000)).toBe('US$250,000');
  });
});

describe('an offer whose figure already names its kind', () => {
  it('is not said twice ("Police and military: 1,000 police officers and troops")', () => {
    const kenya: Offer = { kind: 'police-and-military', quantity: { value: 1000, qualifier: 'exact', unit: 'police-officers-and-troops' }, standing: 'expected', conditions: [] };
    expect(formatOffer(kenya, 'en')).toBe('1,000 police officers and troops (expected)');
    expect(formatOffer(kenya, 'fr')).not.toMatch(/^Policiers et militaires/);
    expect(formatOffer({ ...kenya, kind: 'personnel' }, 'en')).toMatch(/^Personnel \(police or military not specified\): 1,000 police officers and troops/);
  });
});

describe('offers', () => {
  const unnumbered: Offer = { kind: 'enabling-support', quantity: 'not stated', standing: 'offered', conditions: [] };
  const money: Offer = { kind: 'funding', quantity: { value: 100_000_000, qualifier: 'exact', unit: 'USD' }, standing: 'to-be-sought', conditions: [] };
  it('says plainly when the report gives no number, and says the standing of what it does state', () => {
    expect(formatOfferAmount(unnumbered, 'en')).toBe('Offered (no figure stated)');
    expect(formatOffer(unnumbered, 'en')).toBe('Enabling support: offered (no figure stated)');
    // Issue 14: an announced intent with no figure never reads as "not stated (announced)".
    expect(formatOffer({ ...unnumbered, kind: 'personnel', standing: 'announced' }, 'en')).toBe('Personnel (police or military not specified): intent to take part announced (no number stated)');
    expect(formatOffer({ ...unnumbered, standing: 'prepared' }, 'fr')).toMatch(/^Appui logistique et opérationnel ?: prêt à être fourni \(l’article dit ce qu’il comprend, pas son ampleur\)$/);
  });
  it('never shows a figure without its qualifier and how firm the report makes it', () => {
    expect(formatOfferAmount({ quantity: { value: 50, qualifier: 'up-to', unit: 'uniformed-personnel' }, standing: 'offered' }, 'en')).toBe('Up to 50 uniformed personnel (offered)');
    expect(formatOfferAmount({ quantity: { value: 500, qualifier: 'up-to', unit: 'uniformed-personnel' }, standing: 'discussed' }, 'en')).toBe('Up to 500 uniformed personnel (discussed, not described as an offer)');
    // A figure on one source's word says so inside its standing (review of issue 14, Rwanda's 500).
    expect(formatOfferAmount({ quantity: { value: 500, qualifier: 'up-to', unit: 'uniformed-personnel' }, standing: 'discussed', attribution: 'one-source' }, 'en')).toBe('Up to 500 uniformed personnel (discussed, one source said; not described as an offer)');
    expect(formatOfferAmount({ quantity: 'not stated', standing: 'offered', attribution: 'one-source' }, 'en')).toBe('Offered (no figure stated), one source said');
    expect(formatOffer(money, 'en')).toBe('Funding: US$100 million (to be sought, not yet secured)');
  });
});

describe('dates', () => {
  it('formats a YYYY-MM-DD string without shifting the day by time zone', () => {
    expect(formatter('en').date('2023-09-26')).toBe('26 September 2023');
    expect(isoDay('2023-09-26')).toBe('2023-09-26');
  });
  it('formats a Date read from front matter', () => {
    expect(formatter('en').date(new Date('2026-11-26'))).toBe('26 November 2026');
  });
});

describe('readingMinutes', () => {
  it('counts words at 200 a minute, rounding up', () => {
    expect(readingMinutes(Array(401).fill('word').join(' '))).toBe(3);
  });
  it('never says zero minutes, and ignores Markdown punctuation', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('| --- | --- |\n## ')).toBe(1);
  });
});

describe('formatParagraphs', () => {
  it('lists paragraphs sorted, without repeats', () => {
    expect(formatParagraphs([7], 'en')).toBe('paragraph 7');
    expect(formatParagraphs([8, 5, 7, 5], 'en')).toBe('paragraphs 5, 7 and 8');
  });
});

describe('quoteText', () => {
  it('marks a quote that starts mid-sentence with an ellipsis, and leaves whole ones alone', () => {
    expect(quoteText('robust enabling support')).toBe('…robust enabling support');
    expect(quoteText('So it’ll be an integrated force.')).toBe('So it’ll be an integrated force.');
  });
});
