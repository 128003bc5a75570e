/**
 * Numbers, money, dates and names for each language. French comes from Intl ("1 000",
 * "26 septembre 2023"); Kreyòl from the project's own table (src/i18n/kreyol.ts), since Node's
 * ICU has none; English as a British-style newsroom writes it. Pure; unit tested.
 */
import { HT_MONTHS, htList, htNumber } from './kreyol';
import type { Lang } from './languages';

const toDate = (date: Date | string) => (typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date);

const intl = {
  en: { number: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }), date: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }), month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }), list: new Intl.ListFormat('en-GB') },
  fr: { number: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }), date: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }), month: new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }), list: new Intl.ListFormat('fr-FR') },
};

export function formatNumber(lang: Lang, value: number): string {
  return lang === 'ht' ? htNumber(value) : intl[lang].number.format(value);
}

/** "26 September 2023", "26 septembre 2023", "26 septanm 2023"; read in UTC so no time zone shifts the day. */
export function formatDate(lang: Lang, date: Date | string): string {
  const day = toDate(date);
  if (lang === 'ht') return `${day.getUTCDate()} ${HT_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  return intl[lang].date.format(day);
}

/** "September 2023", "septembre 2023", "septanm 2023". */
export function formatMonth(lang: Lang, date: Date | string): string {
  const day = toDate(date);
  if (lang === 'ht') return `${HT_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  return intl[lang].month.format(day);
}

/** US dollars the way each language's press writes them: US$100 million, 100 millions de dollars américains, 100 milyon dola ameriken. */
export function formatUsd(lang: Lang, amount: number): string {
  const [scale, unit] =
    amount >= 1e9 ? [1e9, { en: 'billion', fr: amount >= 2e9 ? 'milliards' : 'milliard', ht: 'milya' }] : amount >= 1e6 ? [1e6, { en: 'million', fr: amount >= 2e6 ? 'millions' : 'million', ht: 'milyon' }] : [1, undefined];
  const figure = formatNumber(lang, amount / scale);
  if (lang === 'en') return unit ? `US$${figure} ${unit.en}` : `US$${figure}`;
  if (lang === 'fr') return unit ? `${figure} ${unit.fr} de dollars américains` : `${figure} dollars américains`;
  return unit ? `${figure} ${unit.ht} dola ameriken` : `${figure} dola ameriken`;
}

export function formatList(lang: Lang, items: readonly string[]): string {
  return lang === 'ht' ? htList(items) : intl[lang].list.format(items);
}
