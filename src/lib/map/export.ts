/** The "get the data" downloads, made at build time from the same records as every page. */
import type { Source } from '../schemas/source';
import type { MapCountry } from './map-country';

export interface DataFile {
  source: { outlet: string; author: string; title: string; published: string };
  asOf: string;
  note: string;
  countries: MapCountry[];
}

export const DATA_NOTE =
  'Figures are as reported on the as-of date and are not updated. "not stated" means the report gives no figure. Paragraph numbers count the report’s news paragraphs from 1.';

export function toDataFile(countries: MapCountry[], source: Source, asOf: string): DataFile {
  return {
    source: { outlet: source.outlet, author: source.author, title: source.title, published: source.published },
    asOf,
    note: DATA_NOTE,
    countries,
  };
}

const CSV_COLUMNS: [string, (c: MapCountry) => string | number | null][] = [
  ['id', (c) => c.id],
  ['name', (c) => c.name],
  ['iso3', (c) => c.iso3],
  ['role', (c) => c.roleLabel],
  ['status', (c) => c.statusLabel],
  ['offers', (c) => (c.offers.length ? c.offers.map((o) => `${o.kind}: ${o.amount}`).join('; ') : 'not stated')],
  ['personnel_offered', (c) => c.personnel ?? 'not stated'],
  ['funding_usd', (c) => c.fundingUsd ?? 'not stated'],
  ['conditions', (c) => [...c.conditions, ...c.offers.flatMap((o) => o.conditions)].join(' | ')],
  ['latitude', (c) => c.lat],
  ['longitude', (c) => c.lng],
  ['as_of', (c) => c.asOf],
  ['source_paragraphs', (c) => c.paragraphs.join(' ')],
  ['source', (c) => c.sourceText],
];

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(countries: readonly MapCountry[]): string {
  const rows = [CSV_COLUMNS.map(([name]) => name), ...countries.map((c) => CSV_COLUMNS.map(([, get]) => csvField(get(c))))];
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}
