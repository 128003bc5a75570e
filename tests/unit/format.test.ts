import { describe, expect, it } from 'vitest';
import { formatDate, formatOffer, formatOfferAmount, formatParagraphs, formatQuantity, formatUsd, isoDay, quoteText, readingMinutes, summariseOffers } from '../../src/lib/format';
import type { Offer } from '../../src/lib/schemas/country';

describe('formatQuantity', () => {
  it('writes "up to" offers as a newsroom would', () => {
    expect(formatQuantity({ value: 50, qualifier: 'up-to', unit: 'uniformed personnel' })).toBe('up to 50 uniformed personnel');
  });
  it('groups thousands and leaves exact numbers bare', () => {
    expect(formatQuantity({ value: 1000, qualifier: 'exact', unit: 'police officers and troops' })).toBe('1,000 police officers and troops');
  });
  it('writes "at least"', () => {
    expect(formatQuantity({ value: 2000, qualifier: 'at-least', unit: 'uniformed personnel' })).toBe('at least 2,000 uniformed personnel');
  });
  it('writes US dollars as US$ with millions and billions in words', () => {
    expect(formatQuantity({ value: 100_000_000, qualifier: 'exact', unit: 'USD' })).toBe('US$100 million');
    expect(formatQuantity({ value: 5_000_000, qualifier: 'up-to', unit: 'USD' })).toBe('up to US$5 million');
  });
});

describe('formatUsd', () => {
  it('keeps one decimal where it matters and full figures below a million', () => {
    expect(formatUsd(1_500_000)).toBe('US$1.5 million');
    expect(formatUsd(2_000_000_000)).toBe('US$2 billion');
    expect(formatUsd(250_000)).toBe('US$250,000');
  });
});

describe('offers', () => {
  const unnumbered: Offer = { kind: 'enabling-support', quantity: 'not stated', conditions: [] };
  const money: Offer = { kind: 'funding', quantity: { value: 100_000_000, qualifier: 'exact', unit: 'USD' }, conditions: [] };
  it('says plainly when the report gives no number', () => {
    expect(formatOfferAmount(unnumbered)).toBe('Amount not stated in the report');
    expect(formatOffer(unnumbered)).toBe('Enabling support: amount not stated');
  });
  it('capitalises an amount shown on its own', () => {
    expect(formatOfferAmount({ kind: 'personnel', quantity: { value: 50, qualifier: 'up-to', unit: 'uniformed personnel' }, conditions: [] })).toBe('Up to 50 uniformed personnel');
  });
  it('summarises several offers in one line, and none honestly', () => {
    expect(summariseOffers([money, unnumbered])).toBe('Funding: US$100 million; Enabling support: amount not stated');
    expect(summariseOffers([])).toBe('Form of help not stated in the report');
  });
});

describe('dates', () => {
  it('formats a YYYY-MM-DD string without shifting the day by time zone', () => {
    expect(formatDate('2023-09-26')).toBe('26 September 2023');
    expect(isoDay('2023-09-26')).toBe('2023-09-26');
  });
  it('formats a Date read from front matter', () => {
    expect(formatDate(new Date('2026-11-26'))).toBe('26 November 2026');
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
    expect(formatParagraphs([7])).toBe('paragraph 7');
    expect(formatParagraphs([8, 5, 7, 5])).toBe('paragraphs 5, 7 and 8');
  });
});

describe('quoteText', () => {
  it('marks a quote that starts mid-sentence with an ellipsis, and leaves whole ones alone', () => {
    expect(quoteText('robust enabling support')).toBe('…robust enabling support');
    expect(quoteText('So it’ll be an integrated force.')).toBe('So it’ll be an integrated force.');
  });
});
