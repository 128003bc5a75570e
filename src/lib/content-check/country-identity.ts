/**
 * A country is who its code says. The map shades the country of a record's ISO code (through its
 * numeric code, map-country.ts), while pages and downloads print its name; if the two disagree
 * ("Rwanda" with Burundi's code), readers see one country named and another shaded. So:
 * - the name must be a name of its code's country, in English and, where a translation names it,
 *   in French (i18n-iso-countries) or Kreyòl (the project's table), allowing the forms readers
 *   know ("The Bahamas", "États-Unis"), listed below;
 * - no two records may share a code (validate.ts) or have names a reader could take for one
 *   another: names are compared by their UTS #39 "skeleton" (unhomoglyph's table is Unicode's
 *   confusables.txt), with case and accents set aside, so "Кenya", "KENYA" and "Kenya " are one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import unhomoglyph from 'unhomoglyph';
import { HT_COUNTRY_NAMES } from '../../i18n/kreyol.ts';
import type { ContentError } from './errors.ts';

countryCodes.registerLocale(en);
countryCodes.registerLocale(fr);

/**
 * Short forms a news site uses that the ISO list does not give, by language and code; every other
 * accepted form comes from the package (which already has "United States" and "USA" in English).
 */
const ACCEPTED_FORMS: Record<'en' | 'fr', Record<string, string[]>> = {
  en: {},
  fr: { USA: ['États-Unis'] },
};

/** A leading "The"/"Le"/"La"/"Les" set aside: "The Bahamas" is "Bahamas". Case counts: "BELIZE" is not how the site writes a name. */
function comparable(name: string): string {
  return name.normalize('NFC').replace(/^(?:the|le|la|les)\s+|^l[’']/i, '');
}

/** Case set aside too, for names that must not look alike. */
function folded(name: string): string {
  return comparable(name.trim().replace(/\s+/g, ' ')).toLocaleLowerCase('en');
}

/** The names a code's country goes by in one language, or undefined when the package has none. */
export function namesOf(iso3: string, lang: 'en' | 'fr' | 'ht'): string[] | undefined {
  if (lang === 'ht') return HT_COUNTRY_NAMES[iso3] ? [HT_COUNTRY_NAMES[iso3]] : undefined;
  const names = countryCodes.getName(iso3, lang, { select: 'all' }) ?? [];
  if (names.length === 0) return undefined;
  // "Bolivia, Plurinational State of" is also "Bolivia".
  const short = names.flatMap((name) => [name.split(', ')[0]!, name.split(' (')[0]!]);
  return [...new Set([...names, ...short, ...(ACCEPTED_FORMS[lang][iso3] ?? [])])];
}

/** Whether `name` is a name of the country `iso3` stands for, in `lang`; true when the language has no names to check against. */
export function nameMatchesCode(name: string, iso3: string, lang: 'en' | 'fr' | 'ht'): boolean {
  const names = namesOf(iso3, lang);
  if (!names) return true;
  const wanted = comparable(name);
  return names.some((known) => comparable(known) === wanted);
}

/**
 * The UTS #39 skeleton of a name, made coarser for names: NFD, each character mapped to the one
 * it can be confused with (Unicode's confusables.txt), accents dropped, case and spaces ignored.
 * Two names with one skeleton would look alike to a reader.
 */
export function nameSkeleton(name: string): string {
  const mapped = unhomoglyph(name.normalize('NFD')).normalize('NFD');
  return folded(mapped.replace(/\p{M}/gu, '').replace(/[\s\-–—.’']+/g, ''));
}

export interface NamedRecord {
  file: string;
  name: string;
  iso3: string;
  /** The marker's place, for English records (translations have none of their own). */
  point?: { lat: number; lng: number };
}

/** Every record whose name is not its code's country, or looks like another record's name. */
export function countryIdentityProblems(records: readonly NamedRecord[], lang: 'en' | 'fr' | 'ht'): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Map<string, NamedRecord>();
  for (const record of records) {
    if (record.name !== record.name.trim() || /\s{2}/.test(record.name)) {
      errors.push({ file: record.file, field: 'name', message: `"${record.name}" has spaces at its start or end, or two in a row: write the name alone` });
      continue;
    }
    if (countryCodes.isValid(record.iso3) && !nameMatchesCode(record.name, record.iso3, lang)) {
      const official = namesOf(record.iso3, lang)?.[0] ?? record.iso3;
      const other = countryWithName(record.name, lang);
      errors.push({
        file: record.file,
        field: 'name',
        message:
          other === record.iso3 || folded(record.name) === folded(official)
            ? `"${record.name}" is not how the site writes the country of ${record.iso3}: write "${official}"`
            : `"${record.name}" is not the country of its code ${record.iso3} (${official})${other ? `; it is the name of ${other}` : ''}: the map shades the country of the code, so the name and the code must be the same country`,
      });
    }
    const misplaced = record.point && countryCodes.isValid(record.iso3) ? pointProblem(record.point, record.iso3) : undefined;
    if (misplaced) errors.push({ file: record.file, field: 'point', message: misplaced });
    const skeleton = nameSkeleton(record.name);
    const first = seen.get(skeleton);
    if (first && first.iso3 !== record.iso3) {
      errors.push({ file: record.file, field: 'name', message: `"${record.name}" looks the same as "${first.name}" in ${first.file}: two records may not have names a reader could take for each other` });
    } else if (!first) seen.set(skeleton, record);
  }
  return errors;
}

/** The code of the country a name belongs to, when the package knows one (for a helpful message). */
function countryWithName(name: string, lang: 'en' | 'fr' | 'ht'): string | undefined {
  if (lang === 'ht') return undefined;
  const alpha2 = countryCodes.getAlpha2Code(name.replace(/^the\s+/i, ''), lang);
  return alpha2 ? countryCodes.alpha2ToAlpha3(alpha2) : undefined;
}

/**
 * The marker stands in its country: the map shades the code's country, and a point (typed by
 * hand) far outside it would put the marker in another. Checked against the outline in
 * world-atlas (1:50m), within a degree of the outline's box to allow for islands and a coarse
 * outline; a country the atlas does not draw is not checked.
 */
let atlas: Map<string, [number, number, number, number][]> | undefined;

function boxesOf(iso3: string): [number, number, number, number][] | undefined {
  if (!atlas) {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
    const shapes = feature(topology, topology.objects.countries) as FeatureCollection;
    atlas = new Map();
    for (const shape of shapes.features) {
      const geometry = shape.geometry;
      if (!geometry || shape.id === undefined) continue;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
      const boxes = polygons.map((polygon) => {
        const ring = polygon[0] ?? [];
        const lngs = ring.map((p) => p[0]!);
        const lats = ring.map((p) => p[1]!);
        return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)] as [number, number, number, number];
      });
      atlas.set(String(shape.id).padStart(3, '0'), boxes);
    }
  }
  const numeric = countryCodes.alpha3ToNumeric(iso3);
  return numeric ? atlas.get(numeric) : undefined;
}

/** Why a point is not in the country of `iso3`, or undefined when it is (or the atlas cannot tell). */
export function pointProblem(point: { lat: number; lng: number }, iso3: string): string | undefined {
  const boxes = boxesOf(iso3);
  if (!boxes || boxes.length === 0) return undefined;
  const margin = 1;
  const inside = boxes.some(([west, south, east, north]) => east - west > 180 || (point.lng >= west - margin && point.lng <= east + margin && point.lat >= south - margin && point.lat <= north + margin));
  if (inside) return undefined;
  return `(${point.lat}, ${point.lng}) is not in ${namesOf(iso3, 'en')?.[0] ?? iso3}, the country of the code ${iso3}: the marker would stand in another place than the shaded country`;
}
