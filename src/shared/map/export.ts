/** The "get the data" downloads, made at build time from the same records as every page. */
import { runOn, runOnList } from '../run-on.ts';
import type { Source } from '../../domain/schemas/source.ts';
import { t } from '../../i18n/index.ts';
import { LANGUAGE_INFO, type Lang } from '../../i18n/languages.ts';
import { typeset } from '../../i18n/typography.ts';
import type { MapCountry, MapOffer } from './map-country.ts';

export interface DataFile {
  /** The language of the text in this file (figures and codes are the same in every language). */
  language: string;
  source: { outlet: string; author: string; title: string; published: string };
  asOf: string;
  note: string;
  countries: readonly MapCountry[];
}

/** The English note (/data/countries.json); /fr/ and /ht/ carry their own, from the dictionaries. */
export const DATA_NOTE = t('en').wholeMessages.dataNote;

export function toDataFile(countries: readonly MapCountry[], source: Source, asOf: string, lang: Lang): DataFile {
  return {
    language: LANGUAGE_INFO[lang].tag,
    source: { outlet: source.outlet, author: source.author, title: source.title, published: source.published },
    asOf,
    note: t(lang).wholeMessages.dataNote,
    countries,
  };
}

type Column = [string, (c: MapCountry) => string | number | null, 'text' | 'code'];

/**
 * The spreadsheet's columns in a language: headers and coded values (qualifier, standing, unit) in
 * that language, so /fr/data/ and /ht/data/ hold no English; /data/countries.csv keeps the English
 * codes, for programs. A figure is four columns, so that no one reading the spreadsheet sees a bare
 * number: the value, how to read it ("up-to"), how firm it is ("discussed") and what it counts.
 * Empty where the report gives no such figure; a country with two such figures lists them
 * separated by "; ".
 */
function csvColumns(lang: Lang): Column[] {
  const words = t(lang).wholeMessages;
  const header = words.csvColumns;
  const figureColumns = (name: string, include: (offer: MapOffer) => boolean): Column[] => {
    const pick = (c: MapCountry) => c.offers.filter(include);
    const join = (values: (string | number)[]) => (values.length ? values.join('; ') : null);
    return [
      [name, (c) => join(pick(c).map((o) => o.quantity!.value)), 'code'],
      [header.qualifier(name), (c) => join(pick(c).map((o) => words.qualifier[o.quantity!.qualifier])), 'text'],
      [header.standing(name), (c) => join(pick(c).map((o) => words.standing[o.standing])), 'text'],
      [header.unit(name), (c) => join(pick(c).map((o) => words.unit[o.quantity!.unit])), 'text'],
    ];
  };
  return [
    [header.id, (c) => c.id, 'code'],
    [header.name, (c) => c.name, 'text'],
    [header.iso3, (c) => c.iso3, 'code'],
    [header.role, (c) => c.roleLabel, 'text'],
    [header.status, (c) => c.statusLabel, 'text'],
    // After "Funding: " the amount runs on in lower case ("up to 50", "intent to take part"), and so does
    // a kind after the semicolon ("…; enabling support: …"), but an abbreviation keeps its capitals ("US$100 million").
    [header.offers, (c) => (c.offers.length ? runOnList(c.offers.map((o) => `${o.kind}: ${runOn(o.amount)}`), '; ') : (c.offerNote ?? '')), 'text'],
    ...figureColumns(header.people, (o) => o.quantity !== null && o.quantity.unit !== 'USD'),
    ...figureColumns(header.money, (o) => o.quantity?.unit === 'USD'),
    [header.conditions, (c) => c.conditions.map((condition) => `${condition.text} (${condition.paragraphsText})`).join(' | '), 'text'],
    [header.latitude, (c) => c.lat, 'code'],
    [header.longitude, (c) => c.lng, 'code'],
    [header.asOf, (c) => c.asOf, 'code'],
    [header.paragraphs, (c) => c.paragraphs.join(' '), 'code'],
    [header.source, (c) => c.sourceText, 'text'],
  ];
}

/**
 * RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. A text
 * that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return)
 * is neutralised as OWASP recommends: a single quote before it, and the field quoted. Numbers are
 * our own figures (a longitude of -88.7 stays a number).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (/^[=+\-@\t\r]/.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The spreadsheet in a language; its text cells get the language's typography, as the pages do (src/i18n/typography.ts). */
export function toCsv(countries: readonly MapCountry[], lang: Lang): string {
  const columns = csvColumns(lang);
  const cell = (value: string | number | null, type: 'text' | 'code') => csvField(type === 'text' && typeof value === 'string' ? typeset(value, lang) : value);
  const rows = [columns.map(([name]) => name), ...countries.map((c) => columns.map(([, get, type]) => cell(get(c), type)))];
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}
