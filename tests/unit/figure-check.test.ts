/** The figure check's parts: reading figures out of prose, counting relative dates, splitting sentences. */
import { describe, expect, it } from 'vitest';
import { citedSentences } from '../../src/build/figure-check/check.ts';
import { relativeDateRange } from '../../src/build/figure-check/dates.ts';
import { extractFigures, plainText, wordsToNumber } from '../../src/build/figure-check/extract.ts';

const numbers = (text: string) => extractFigures(text).numbers;

describe('extractFigures', () => {
  it('reads numbers however a newsroom writes them', () => {
    expect(numbers('1,000 police officers and troops')).toEqual(['1000']);
    expect(numbers('US$100 million, or $100 million, or 100 million dollars')).toEqual(['100000000']);
    expect(numbers('at least 80% of the capital')).toEqual(['80']);
    expect(numbers('the 15-member council')).toEqual(['15']);
  });
  it('reads numbers in words, vague amounts included, so a weaker or stronger word is caught', () => {
    expect(numbers('at least a dozen nations')).toEqual(['12']);
    expect(numbers('more than two dozen schools')).toEqual(['24']);
    expect(numbers('thirty-four nations')).toEqual(['34']);
    expect(numbers('two other countries attacked twice')).toEqual(['2']);
    expect(numbers('tens of thousands of people')).toEqual(['tens of thousands']);
    expect(numbers('thousands of people')).toEqual(['thousands']);
    expect(numbers('would make up half')).toEqual(['0.5']);
  });
  it('does not count "one" or ordinary words as figures', () => {
    expect(numbers('One source said the first meeting was often tense')).toEqual([]);
  });
  it('takes dates and months apart from plain numbers', () => {
    const found = extractFigures('On 22 September 2023, and over 23 and 24 September, after talks in July 2023 and in August');
    expect(found.days).toEqual(['2023-09-22', '--09-23', '--09-24']);
    expect(found.months).toEqual(['July', 'August']);
    expect(found.numbers).toEqual(['2023']);
  });
  it('notes the relative dates a report uses', () => {
    expect(extractFigures('On Monday, after last week and the weekend, nearly a year after, in recent weeks').relative).toEqual(['monday', 'weekend', 'last-week', 'recent-weeks', 'nearly-a-year']);
  });
  it('turns number words into numbers', () => {
    expect(wordsToNumber('five hundred')).toBe(500);
    expect(wordsToNumber('a dozen')).toBe(12);
    expect(wordsToNumber('two thousand')).toBe(2000);
  });
});

describe('plainText', () => {
  it('drops footnote markers and link targets, and sets worked-out dates apart', () => {
    const { text, workedOut } = plainText('See [Kenya](/countries/kenya/) on [22 September 2023](/about/#dates).[^p7]', '/about/#dates');
    expect(text).not.toContain('p7');
    expect(text).not.toContain('/countries/');
    expect(text).toContain('Kenya');
    expect(workedOut).toEqual(['22 September 2023']);
  });
});

describe('relativeDateRange', () => {
  // The report is dated Tuesday 26 September 2023.
  it.each([
    ['friday', '2023-09-22', '2023-09-22'],
    ['monday', '2023-09-25', '2023-09-25'],
    ['weekend', '2023-09-23', '2023-09-24'],
    ['last-week', '2023-09-18', '2023-09-24'],
    ['recent-weeks', '2023-08-15', '2023-09-26'],
    ['nearly-a-year', '2022-09-26', '2022-12-26'],
  ] as const)('counts “%s” back from the report’s date', (relative, from, to) => {
    expect(relativeDateRange(relative, '2023-09-26')).toEqual({ from, to });
  });
  it('counts from a report published on a Monday too', () => {
    expect(relativeDateRange('monday', '2023-09-25')).toEqual({ from: '2023-09-18', to: '2023-09-18' });
    expect(relativeDateRange('friday', '2023-09-25')).toEqual({ from: '2023-09-22', to: '2023-09-22' });
  });
});

describe('citedSentences', () => {
  it('gives each sentence and table row the paragraphs its own footnotes cite, with file line numbers', () => {
    const body = ['', 'Kenya leads.[^p1] Belize offers 50.[^p7][^p5] No citation here.', '| Kenya | 1,000 | [^p3] |', '|---|---|---|', '[^p1]: Source, paragraph 1.'].join('\n');
    expect(citedSentences(body, 10)).toEqual([
      { line: 12, text: 'Kenya leads.[^p1]', paragraphs: [1] },
      { line: 12, text: 'Belize offers 50.[^p7][^p5]', paragraphs: [7, 5] },
      { line: 12, text: 'No citation here.', paragraphs: [] },
      { line: 13, text: '| Kenya | 1,000 | [^p3] |', paragraphs: [3] },
    ]);
  });
});
