import { describe, expect, it } from 'vitest';
import { byDate, whenLabel } from '../../src/lib/timeline';
import { tocHeadings } from '../../src/lib/toc';
import { fieldPath, formatErrors } from '../../src/lib/content-check/errors';

describe('tocHeadings', () => {
  it('keeps h2 and h3, drops h4 and the hidden footnotes heading', () => {
    const headings = [
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 3, slug: 'one-a', text: 'One A' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
    ];
    expect(tocHeadings(headings).map((h) => h.slug)).toEqual(['one', 'one-a']);
  });
});

describe('timeline', () => {
  it('sorts oldest first and keeps the editor’s order on ties', () => {
    const events = [{ date: '2023-09-25', n: 1 }, { date: '1994-01-01', n: 2 }, { date: '2023-09-25', n: 3 }];
    expect(byDate(events).map((e) => e.n)).toEqual([2, 1, 3]);
  });
  it('shows a date only as precisely as the report gives it', () => {
    expect(whenLabel({ date: '2023-09-22', precision: 'day' })).toBe('22 September 2023');
    expect(whenLabel({ date: '2023-07-01', precision: 'month' })).toBe('July 2023');
    expect(whenLabel({ date: '1994-01-01', precision: 'year' })).toBe('1994');
    expect(whenLabel({ date: '2022-10-01', precision: 'approximate', when: 'Nearly a year before the report' })).toBe('Nearly a year before the report');
  });
});

describe('content error messages', () => {
  it('write schema paths the way an editor reads them', () => {
    expect(fieldPath(['offers', 0, 'quantity', 'value'])).toBe('offers[0].quantity.value');
    expect(fieldPath([])).toBe('(record)');
  });
  it('name file and field on each line', () => {
    const text = formatErrors([{ file: 'content/countries/belize.json', field: 'iso3', message: 'bad' }]);
    expect(text).toContain('1 problem');
    expect(text).toContain('content/countries/belize.json → iso3: bad');
  });
});
