/**
 * One formatter per language for the numbers, money, dates, months and lists readers see. French
 * comes from Intl ("1 000", "26 septembre 2023"); Kreyòl from the project's own table
 * (src/i18n/kreyol.ts), since Node's ICU has none; English as a British-style newsroom writes it.
 * Every caller names its language (`formatter(lang).date(…)`): there is no default, so a page can
 * never fall back to English by omission. Pure; unit tested.
 */
import { HT_MONTHS, htList, htNumber } from './kreyol.ts';
import type { Lang } from './languages.ts';

export interface Formatter {
  /** "1,000", "1 000", "1 000". */
  number(value: number): string;
  /** "26 September 2023", "26 septembre 2023", "26 septanm 2023"; read in UTC so no time zone shifts the day. */
  date(date: Date | string): string;
  /** "September 2023", "septembre 2023", "septanm 2023". */
  month(date: Date | string): string;
  /** US dollars as each language's press writes them: US$100 million, 100 millions de dollars américains, 100 milyon dola ameriken. */
  usd(amount: number): string;
  /** "Kenya, Belize and Peru", "Kenya, Belize et Pérou", "Kenya, Beliz ak Pewou". */
  list(items: readonly string[]): string;
  /**
   * Two days as a span, saying the month and year once where they are shared: "18 to 24 September
   * 2023", « du 18 au 24 septembre 2023 », « les 23 et 24 septembre 2023 », "soti 18 rive 24 septanm 2023".
   */
  range(from: Date | string, to: Date | string): string;
}

interface Day {
  day: number;
  month: string;
  year: number;
  /** Days since the epoch, to tell two days in a row. */
  serial: number;
}

/** The words of a span of days, from each day's parts, sharing what the two have in common. */
type SpanWords = (from: Day, to: Day, shared: 'month' | 'year' | 'none') => string;

function span(from: Date | string, to: Date | string, monthName: (date: Date) => string, words: SpanWords): string {
  const parts = (date: Date | string): Day => {
    const day = toDate(date);
    return { day: day.getUTCDate(), month: monthName(day), year: day.getUTCFullYear(), serial: Math.round(day.getTime() / 86_400_000) };
  };
  const [a, b] = [parts(from), parts(to)];
  return words(a, b, a.year !== b.year ? 'none' : a.month === b.month ? 'month' : 'year');
}

const toDate = (date: Date | string) => (typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date);

/** The scale word of an amount of money, or none under a million. */
function moneyScale(amount: number): [number, Record<Lang, string>] | undefined {
  if (amount >= 1e9) return [1e9, { en: 'billion', fr: amount >= 2e9 ? 'milliards' : 'milliard', ht: 'milya' }];
  if (amount >= 1e6) return [1e6, { en: 'million', fr: amount >= 2e6 ? 'millions' : 'million', ht: 'milyon' }];
  return undefined;
}

const SPANS: Record<Lang, SpanWords> = {
  en: (a, b, shared) => (shared === 'month' ? `${a.day} to ${b.day} ${b.month} ${b.year}` : shared === 'year' ? `${a.day} ${a.month} to ${b.day} ${b.month} ${b.year}` : `${a.day} ${a.month} ${a.year} to ${b.day} ${b.month} ${b.year}`),
  fr: (a, b, shared) =>
    shared === 'month'
      ? b.serial - a.serial === 1
        ? `les ${a.day} et ${b.day} ${b.month} ${b.year}`
        : `du ${a.day} au ${b.day} ${b.month} ${b.year}`
      : shared === 'year'
        ? `du ${a.day} ${a.month} au ${b.day} ${b.month} ${b.year}`
        : `du ${a.day} ${a.month} ${a.year} au ${b.day} ${b.month} ${b.year}`,
  ht: (a, b, shared) => (shared === 'month' ? `soti ${a.day} rive ${b.day} ${b.month} ${b.year}` : shared === 'year' ? `soti ${a.day} ${a.month} rive ${b.day} ${b.month} ${b.year}` : `soti ${a.day} ${a.month} ${a.year} rive ${b.day} ${b.month} ${b.year}`),
};

function intlFormatter(lang: 'en' | 'fr', locale: string, usd: (figure: string, unit: string | undefined) => string): Formatter {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale);
  const monthOnly = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return {
    number: (value) => number.format(value),
    date: (day) => date.format(toDate(day)),
    month: (day) => month.format(toDate(day)),
    usd: (amount) => {
      const scale = moneyScale(amount);
      return usd(number.format(amount / (scale?.[0] ?? 1)), scale?.[1][lang]);
    },
    list: (items) => list.format(items),
    range: (from, to) => span(from, to, (day) => monthOnly.format(day), SPANS[lang]),
  };
}

const kreyol: Formatter = {
  number: htNumber,
  date: (date) => {
    const day = toDate(date);
    return `${day.getUTCDate()} ${HT_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  },
  month: (date) => {
    const day = toDate(date);
    return `${HT_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  },
  usd: (amount) => {
    const scale = moneyScale(amount);
    const figure = htNumber(amount / (scale?.[0] ?? 1));
    return scale ? `${figure} ${scale[1].ht} dola ameriken` : `${figure} dola ameriken`;
  },
  list: htList,
  range: (from, to) => span(from, to, (day) => HT_MONTHS[day.getUTCMonth()]!, SPANS.ht),
};

const FORMATTERS: Record<Lang, Formatter> = {
  en: intlFormatter('en', 'en-GB', (figure, unit) => (unit ? `US$${figure} ${unit}` : `US$${figure}`)),
  fr: intlFormatter('fr', 'fr-FR', (figure, unit) => (unit ? `${figure} ${unit} de dollars américains` : `${figure} dollars américains`)),
  ht: kreyol,
};

/** The formatter of a language. */
export function formatter(lang: Lang): Formatter {
  return FORMATTERS[lang];
}
