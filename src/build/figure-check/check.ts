/**
 * The figure check: every figure the site states (a number, a sum of money, a percentage, a
 * count, a month or a date) must be one that a paragraph it cites states. The report's figures
 * are kept per paragraph in content/sources.json ("figures"), derived once from the report by the
 * same extractor and re-checked against the report by a test. A sentence that cites paragraphs
 * is checked against those paragraphs; text without its own citation (a title, a takeaway, a
 * country summary) against the paragraphs its record cites. Dates worked out from the report's
 * date ("Friday" → 22 September) are allowed where they are marked as worked out and agree with
 * what a cited paragraph says.
 */
import type { ContentError } from '../../domain/errors.ts';
import type { Citation } from '../../domain/schemas/common.ts';
import type { Source } from '../../domain/schemas/source.ts';
import { inRange, relativeDateRange } from './dates.ts';
import { localePath, type Lang } from '../../i18n/languages.ts';
import type { RelativeDate } from '../../domain/vocabulary.ts';
import { extractFigures, MONTHS, plainText } from './extract.ts';
import { extractTranslatedFigures } from './extract-translated.ts';

/** Where an article marks a worked-out date: `[22 September 2023](/about/#dates)`. */
export const WORKED_OUT_HREF = '/about/#dates';

/** What a set of cited paragraphs allows a sentence to state. */
interface Allowed {
  numbers: Set<string>;
  months: Set<string>;
  relative: Set<RelativeDate>;
  /** The report's own date, always allowed (every page is "as of" it). */
  reportDate: string;
  /** "paragraphs 5 and 8 of miami-herald-2023-09-26": for messages. */
  where: string;
}

export interface FigureCheckInput {
  sources: readonly { data: Source }[];
  articles: readonly { file: string; data: { title: string; standfirst: string; takeaways: string[]; sources: Citation[] }; body?: string; bodyOffset?: number }[];
  countries: readonly {
    file: string;
    data: {
      summary: string;
      sources: Citation[];
      conditions: { text: string; paragraphs: number[] }[];
      offers: { quantity: 'not stated' | { value: number }; detail?: string | undefined; conditions: { text: string; paragraphs: number[] }[] }[];
    };
  }[];
  timeline: readonly { file: string; data: { title: string; description: string; when?: string | undefined; date: string; precision: string; workedOutFrom?: RelativeDate | undefined; placedWith?: string | undefined; sources: Citation[] } }[];
  people: readonly { file: string; data: { role: string; part: string; quote?: { text: string; paragraph: number } | undefined; sources: Citation[] } }[];
}

/**
 * The prose checker shared by every language: `allowed` turns citations into what they let a
 * sentence state, `checkText` holds one piece of prose to it. `lang` picks how figures are read
 * and where worked-out dates link.
 */
export function figureChecker(errors: ContentError[], sourceList: readonly { data: Source }[], lang: Lang) {
  const sources = new Map(sourceList.map((s) => [s.data.id, s.data]));
  const workedOutHref = localePath(lang, WORKED_OUT_HREF);
  const extract = (text: string) => (lang === 'en' ? extractFigures(text) : extractTranslatedFigures(text, lang));

  const allowed = (citations: readonly Citation[]): Allowed | undefined => {
    const first = citations[0];
    const source = first && sources.get(first.source);
    if (!source) return undefined; // an unknown source is reported by the citation check
    const result: Allowed = { numbers: new Set(), months: new Set(), relative: new Set(), reportDate: source.published, where: '' };
    const cited: number[] = [];
    for (const citation of citations) {
      const figures = sources.get(citation.source)?.figures ?? {};
      for (const paragraph of citation.paragraphs) {
        cited.push(paragraph);
        const stated = figures[String(paragraph)];
        stated?.numbers.forEach((n) => result.numbers.add(n));
        stated?.months.forEach((m) => result.months.add(m));
        stated?.relative.forEach((r) => result.relative.add(r));
      }
    }
    result.where = describeParagraphs(cited);
    return result;
  };

  /** Checks one piece of prose; `field` names where it is, for the editor. */
  const checkText = (file: string, field: string, markdown: string, within: Allowed | undefined, markdownDates: boolean) => {
    if (!within) return;
    const { text, workedOut } = plainText(markdown, workedOutHref);
    const found = extract(text);
    const reportYear = within.reportDate.slice(0, 4);
    const reportMonth = MONTHS[Number(within.reportDate.slice(5, 7)) - 1];
    const say = (message: string) => errors.push({ file, field, message });
    const states = describeAllowed(within);

    for (const number of found.numbers) {
      if (within.numbers.has(number) || number === reportYear) continue;
      say(`the figure “${number}” is not stated in ${within.where}${states}`);
    }
    for (const month of found.months) {
      if (within.months.has(month) || month === reportMonth) continue;
      say(`the month “${month}” is not stated in ${within.where}${states}`);
    }
    for (const day of found.days.map((d) => fullDay(d, reportYear))) {
      if (day === within.reportDate) continue;
      say(
        markdownDates
          ? `the date ${day} is not the report's date: a date worked out from the report must be marked, written as [date](${workedOutHref}), and agree with what ${within.where} says`
          : `the date ${day} is not the report's date, and ${within.where} gives no such date (the timeline records worked-out dates; here write what the report says, e.g. “the Friday before the report”)`,
      );
    }
    for (const label of workedOut) {
      const days = extract(label).days.map((d) => fullDay(d, reportYear));
      if (days.length === 0) say(`“${label}” is marked as a worked-out date but is not a date written as day, month and year`);
      for (const day of days) {
        const fits = [...within.relative].some((relative) => inRange(day, relativeDateRange(relative, within.reportDate)));
        if (!fits) say(`the worked-out date ${day} does not follow from ${within.where}, which ${within.relative.size ? `says only ${[...within.relative].join(', ')}` : 'gives no relative date'}`);
      }
    }
  };

  /** An article body, sentence by sentence, each against the paragraphs its own footnotes cite. */
  const checkBody = (file: string, body: string, bodyOffset: number, citations: readonly Citation[]) => {
    const whole = allowed(citations);
    const primary = citations[0]?.source;
    for (const { line, text, paragraphs } of citedSentences(body, bodyOffset)) {
      const within = paragraphs.length && primary ? allowed([{ source: primary, paragraphs }]) : whole;
      checkText(file, `body (line ${line})`, text, within, true);
    }
  };

  return { allowed, checkText, checkBody };
}

export function checkFigures(input: FigureCheckInput): ContentError[] {
  const errors: ContentError[] = [];
  const { allowed, checkText, checkBody } = figureChecker(errors, input.sources, 'en');

  for (const article of input.articles) {
    const whole = allowed(article.data.sources);
    checkText(article.file, 'title', article.data.title, whole, false);
    checkText(article.file, 'standfirst', article.data.standfirst, whole, false);
    article.data.takeaways.forEach((t, i) => checkText(article.file, `takeaways[${i}]`, t, whole, false));
    checkBody(article.file, article.body ?? '', article.bodyOffset ?? 0, article.data.sources);
  }

  for (const country of input.countries) {
    const whole = allowed(country.data.sources);
    const primary = country.data.sources[0]?.source;
    const conditionScope = (paragraphs: number[]) => (primary ? allowed([{ source: primary, paragraphs }]) : undefined);
    checkText(country.file, 'summary', country.data.summary, whole, false);
    country.data.conditions.forEach((c, i) => checkText(country.file, `conditions[${i}].text`, c.text, conditionScope(c.paragraphs), false));
    country.data.offers.forEach((offer, i) => {
      if (offer.quantity !== 'not stated' && whole) {
        const value = String(offer.quantity.value);
        if (!whole.numbers.has(value)) {
          errors.push({ file: country.file, field: `offers[${i}].quantity.value`, message: `${value} is not a figure stated in ${whole.where}${describeAllowed(whole)}` });
        }
      }
      if (offer.detail) checkText(country.file, `offers[${i}].detail`, offer.detail, whole, false);
      offer.conditions.forEach((c, j) => checkText(country.file, `offers[${i}].conditions[${j}].text`, c.text, conditionScope(c.paragraphs), false));
    });
  }

  for (const event of input.timeline) {
    const within = allowed(event.data.sources);
    checkText(event.file, 'title', event.data.title, within, false);
    checkText(event.file, 'description', event.data.description, within, false);
    // An entry placed with another takes that entry's (checked) date: the timeline-order check holds it there.
    if (within && event.data.placedWith === undefined) checkEventDate(errors, event.file, event.data, within);
  }

  for (const person of input.people) {
    const within = allowed(person.data.sources);
    checkText(person.file, 'role', person.data.role, within, false);
    checkText(person.file, 'part', person.data.part, within, false);
    if (person.data.quote) checkText(person.file, 'quote.text', person.data.quote.text, within, false);
  }
  return errors;
}

/**
 * A timeline date must come from the report: a year or month that a cited paragraph states, the
 * report's own date, or a relative date ("Friday") that a cited paragraph uses, named in
 * `workedOutFrom` and agreeing with the date.
 */
function checkEventDate(errors: ContentError[], file: string, event: FigureCheckInput['timeline'][number]['data'], within: Allowed) {
  const say = (field: string, message: string) => errors.push({ file, field, message });
  const year = event.date.slice(0, 4);
  const month = MONTHS[Number(event.date.slice(5, 7)) - 1] ?? '';
  if (event.workedOutFrom) {
    if (!within.relative.has(event.workedOutFrom)) {
      say('workedOutFrom', `“${event.workedOutFrom}” is not a relative date used in ${within.where}${within.relative.size ? ` (it uses: ${[...within.relative].join(', ')})` : ''}`);
    } else if (!inRange(event.date, relativeDateRange(event.workedOutFrom, within.reportDate))) {
      const range = relativeDateRange(event.workedOutFrom, within.reportDate);
      say('date', `${event.date} does not follow from “${event.workedOutFrom}” counted from the report's date (${range.from === range.to ? range.from : `${range.from} to ${range.to}`})`);
    }
    return;
  }
  if (event.date === within.reportDate) return;
  if (event.precision === 'year' && within.numbers.has(year)) return;
  if (event.precision === 'month' && within.months.has(month) && year === within.reportDate.slice(0, 4)) return;
  say(
    'date',
    `${event.date} (${event.precision}) is not a date ${within.where} states: give a year or month the paragraph states, or name the relative date it uses in "workedOutFrom"`,
  );
}

/** "2023-09-22" from "--09-22" and the report's year. */
function fullDay(day: string, reportYear: string): string {
  return day.startsWith('--') ? `${reportYear}${day.slice(1)}` : day;
}

function describeParagraphs(paragraphs: number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  return sorted.length === 1 ? `paragraph ${sorted[0]}` : `paragraphs ${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}

function describeAllowed(within: Allowed): string {
  const stated = [...within.numbers, ...within.months];
  const subject = within.where.startsWith('paragraphs') ? 'they state' : 'it states';
  return stated.length ? ` (${subject}: ${stated.join(', ')})` : ` (${subject} no figures)`;
}

/**
 * The units of an article body that a reader takes as one claim: each sentence of a paragraph or
 * list item, and each table row, with the paragraphs its footnotes cite (none for an uncited one,
 * which is then held to the article's whole source list). Footnote definitions are skipped.
 */
export function citedSentences(body: string, lineOffset = 0): { line: number; text: string; paragraphs: number[] }[] {
  const units: { line: number; text: string; paragraphs: number[] }[] = [];
  body.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('[^') || /^\|[\s|:-]+\|$/.test(line)) return;
    const pieces = line.startsWith('|') ? [line] : line.split(/(?<=[.!?][”"’)]*(?:\[\^p\d+\])*)\s+(?=\S)/);
    for (const text of pieces) {
      const paragraphs = [...text.matchAll(/\[\^p(\d+)\]/g)].map((m) => Number(m[1]));
      units.push({ line: lineOffset + index + 1, text, paragraphs });
    }
  });
  return units;
}
