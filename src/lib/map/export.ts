/** The "get the data" downloads, made at build time from the same records as every page. */
import type { Source } from '../schemas/source';
import { LANGUAGE_INFO, type Lang } from '../../i18n/languages';
import type { MapCountry, MapOffer } from './map-country';

export interface DataFile {
  /** The language of the text in this file (figures and codes are the same in every language). */
  language: string;
  source: { outlet: string; author: string; title: string; published: string };
  asOf: string;
  note: string;
  countries: readonly MapCountry[];
}

export const DATA_NOTE =
  'Figures are as reported on the as-of date and are not updated. Every figure comes with its qualifier (exact, up-to, at-least) and its standing (offered, announced, expected, discussed, considering, to-be-sought, prepared): read "up-to 500, discussed" as "up to 500 had been discussed", never as 500 offered. An offer with quantity null is one the report gives no figure for. Paragraph numbers count the report’s news paragraphs from 1.';

export function toDataFile(countries: readonly MapCountry[], source: Source, asOf: string, lang: Lang = 'en'): DataFile {
  return {
    language: LANGUAGE_INFO[lang].tag,
    source: { outlet: source.outlet, author: source.author, title: source.title, published: source.published },
    asOf,
    note: DATA_NOTE,
    countries,
  };
}

type Column = [string, (c: MapCountry) => string | number | null];

/**
 * A figure as four columns, so that no one reading the spreadsheet sees a bare number: the value,
 * how to read it ("up-to"), how firm it is ("discussed") and what it counts. Empty where the report
 * gives no such figure; a country with two such figures lists them separated by "; ".
 */
function figureColumns(name: string, include: (offer: MapOffer) => boolean): Column[] {
  const pick = (c: MapCountry) => c.offers.filter(include);
  const join = (values: (string | number)[]) => (values.length ? values.join('; ') : null);
  return [
    [name, (c) => join(pick(c).map((o) => o.quantity!.value))],
    [`${name}_qualifier`, (c) => join(pick(c).map((o) => o.quantity!.qualifier))],
    [`${name}_standing`, (c) => join(pick(c).map((o) => o.standing))],
    [`${name}_unit`, (c) => join(pick(c).map((o) => o.quantity!.unit))],
  ];
}

const CSV_COLUMNS: Column[] = [
  ['id', (c) => c.id],
  ['name', (c) => c.name],
  ['iso3', (c) => c.iso3],
  ['role', (c) => c.roleLabel],
  ['status', (c) => c.statusLabel],
  // After "Funding: " the amount runs on in lower case ("up to 50", "intent to take part"), but an
  // abbreviation keeps its capitals ("US$100 million").
  ['offers', (c) => (c.offers.length ? c.offers.map((o) => `${o.kind}: ${o.amount.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase())}`).join('; ') : (c.offerNote ?? ''))],
  ...figureColumns('people', (o) => o.quantity !== null && o.quantity.unit !== 'USD'),
  ...figureColumns('money_usd', (o) => o.quantity?.unit === 'USD'),
  ['conditions', (c) => c.conditions.map((condition) => `${condition.text} (${condition.paragraphsText})`).join(' | ')],
  ['latitude', (c) => c.lat],
  ['longitude', (c) => c.lng],
  ['as_of', (c) => c.asOf],
  ['source_paragraphs', (c) => c.paragraphs.join(' ')],
  ['source', (c) => c.sourceText],
];

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

export function toCsv(countries: readonly MapCountry[]): string {
  const rows = [CSV_COLUMNS.map(([name]) => name), ...countries.map((c) => CSV_COLUMNS.map(([, get]) => csvField(get(c))))];
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}
