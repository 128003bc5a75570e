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
import type { ContentError } from '../../domain/errors.ts';

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
  // One apostrophe: "Côte d’Ivoire" is "Cote d'Ivoire"'s country however the editor types it.
  return name.normalize('NFC').replace(/’/g, "'").replace(/^(?:the|le|la|les)\s+|^l'/i, '');
}

/** The name readers know a country by, from the runtime's CLDR data ("Syria", "Laos", "Brunei", « Syrie »). */
function commonName(iso3: string, lang: 'en' | 'fr'): string | undefined {
  const alpha2 = countryCodes.alpha3ToAlpha2(iso3);
  if (!alpha2) return undefined;
  const name = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(alpha2);
  return name && name !== alpha2 ? name : undefined;
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
  const common = commonName(iso3, lang);
  return [...new Set([...names, ...short, ...(common ? [common] : []), ...(ACCEPTED_FORMS[lang][iso3] ?? [])])];
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
 * hand) in another would put the marker there. Checked against the outlines in world-atlas
 * (1:50m): a point inside one of the code's shapes, or within 0.3 degrees (about 30 km) of one, is
 * fine; one inside another country's shape is refused, naming it; one in open water is fine within
 * a degree of the code's shapes (an archipelago's marker may stand between its islands). A country
 * the atlas does not draw is not checked.
 */
interface Outline {
  id: string;
  name: string;
  ring: [number, number][];
  box: [number, number, number, number];
}
let atlas: Outline[] | undefined;

function outlines(): Outline[] {
  if (!atlas) {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
    const shapes = feature(topology, topology.objects.countries) as FeatureCollection;
    atlas = [];
    for (const shape of shapes.features) {
      const geometry = shape.geometry;
      if (!geometry || shape.id === undefined) continue;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
      // One code may have several shapes (036 is Australia and the Ashmore and Cartier Islands).
      for (const polygon of polygons) {
        const ring = (polygon[0] ?? []).map((p) => [p[0]!, p[1]!] as [number, number]);
        const xs = ring.map((p) => p[0]);
        const ys = ring.map((p) => p[1]);
        atlas.push({ id: String(shape.id).padStart(3, '0'), name: String(shape.properties?.name ?? shape.id), ring, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] });
      }
    }
  }
  return atlas;
}

/** Even-odd rule on one outer ring, in plain longitude and latitude. */
function inside({ ring, box }: Outline, x: number, y: number): boolean {
  if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) return false;
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** Distance in degrees from a point to an outline's nearest edge. */
function distance({ ring }: Outline, x: number, y: number): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j]!;
    const [bx, by] = ring[i]!;
    const dx = bx - ax;
    const dy = by - ay;
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

export const POINT_TOLERANCE_DEGREES = 0.3;

/** Why a point is not in the country of `iso3`, or undefined when it is (or the atlas cannot tell). */
export function pointProblem(point: { lat: number; lng: number }, iso3: string): string | undefined {
  const numeric = countryCodes.alpha3ToNumeric(iso3);
  const own = outlines().filter((outline) => outline.id === numeric);
  if (own.length === 0) return undefined;
  const { lng: x, lat: y } = point;
  if (own.some((outline) => inside(outline, x, y) || distance(outline, x, y) <= POINT_TOLERANCE_DEGREES)) return undefined;
  const name = namesOf(iso3, 'en')?.[0] ?? iso3;
  const other = outlines().find((outline) => outline.id !== numeric && inside(outline, x, y));
  if (other) return `(${point.lat}, ${point.lng}) is in ${other.name}, not in ${name}, the country of the code ${iso3}: the marker would stand in another country than the one shaded`;
  const near = own.some(({ box }) => box[2] - box[0] > 180 || (x >= box[0] - 1 && x <= box[2] + 1 && y >= box[1] - 1 && y <= box[3] + 1));
  return near ? undefined : `(${point.lat}, ${point.lng}) is not in ${name}, the country of the code ${iso3}: the marker would stand far from the country shaded`;
}
