/**
 * The content of the scale benchmark's site (bench/scale.ts):
 * `generateScaleContent(dir, { articles, countries })` writes a complete content/ tree: the real
 * content/ (report, sources with their per-paragraph figures, glossary, people, timeline, the real
 * articles and countries) plus generated articles and countries up to the counts asked for, every
 * field filled as an editor would, with their French and Kreyòl translations. The records are
 * typed with the site's own schema types and vocabulary (src/domain/schemas, src/build/vocabulary), so
 * a schema change breaks this file's type check instead of silently drifting; the content check
 * (`checkContent`) then holds the output to every rule the build does. Deterministic: the same
 * counts always give the same files. The sentences themselves are in scale-prose.ts.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { SITE } from '../src/domain/consts.ts';
import { en as enWords } from '../src/i18n/dictionaries/en.ts';
import { fr as frWords } from '../src/i18n/dictionaries/fr.ts';
import { ht as htWords } from '../src/i18n/dictionaries/ht.ts';
import type { Dictionary } from '../src/i18n/dictionaries/en.ts';
import { HT_COUNTRY_NAMES, HT_MONTHS } from '../src/i18n/kreyol.ts';
import { LANGUAGES, TRANSLATED_LANGS, localePath, type Lang } from '../src/i18n/languages.ts';
import { MONTHS } from '../src/build/figure-check/extract.ts';
import type { ArticleData } from '../src/domain/schemas/article.ts';
import type { Citation } from '../src/domain/schemas/common.ts';
import type { Condition, Country, Offer } from '../src/domain/schemas/country.ts';
import type { GlossaryTerm } from '../src/domain/schemas/glossary.ts';
import type { Evidence } from '../src/domain/schemas/evidence.ts';
import type { Source } from '../src/domain/schemas/source.ts';
import { SINGLE_SOURCE_PHRASES, STANDING_PHRASES, STATUS_PHRASES } from '../src/build/content-check/standing-evidence.ts';
import type { TranslatedArticle, TranslatedCountry } from '../src/domain/schemas/translation.ts';
import type { Role, Status } from '../src/domain/vocabulary.ts';
import {
  AUTHORS,
  BACKER_OPENING,
  CONDITIONS,
  FACTS,
  FIGURES_HEADING,
  FRENCH_MONTHS,
  GLOSSARY_LINK_TEXT,
  HEADINGS,
  LIST_INTRO,
  OFFER_PRESETS,
  PARAGRAPH_WORD,
  SECTIONS,
  SEE_ALSO,
  SENTENCES,
  STANDFIRSTS,
  SUMMARY_CONDITIONS,
  SUMMARY_NO_OFFER,
  SUMMARY_OPENING,
  TABLE_HEAD,
  TABLE_INTRO,
  TAKEAWAYS,
  TITLES,
  TOPICS,
  type OfferPreset,
  type Words,
} from './scale-prose.ts';

const require = createRequire(import.meta.url);
const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** The site's own labels (role names for the tables), one dictionary per language. */
const DICTIONARIES: Record<Lang, Dictionary> = { en: enWords, fr: frWords, ht: htWords };

/** Generated content is dated no later than this, so it is never "in the future" for the build. */
const LATEST_DAY = '2026-11-26';
const EARLIEST_DAY = '2024-01-08';

// ---------------------------------------------------------------------------------------------
// Small deterministic helpers
// ---------------------------------------------------------------------------------------------

/** FNV-1a: a seed from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator, so the same seed always gives the same content. */
class Random {
  #state: number;
  constructor(seed: string) {
    this.#state = hash(seed);
  }
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

// ---------------------------------------------------------------------------------------------
// Countries: real ISO codes, names and a point inside each country's shape
// ---------------------------------------------------------------------------------------------

interface Candidate {
  iso3: string;
  name: string;
  frName: string;
  point: { lat: number; lng: number };
}

/** Shapes by ISO numeric code ("084"), from world-atlas: 1:50m for the points, 1:110m for preference. */
function atlasShapes(): { shapes: Map<string, Position[][][]>; onMap: Set<string> } {
  const read = (file: string) => require(`world-atlas/${file}`) as Topology;
  const fine = read('countries-50m.json');
  const shapes = new Map<string, Position[][][]>();
  const collection = feature(fine, fine.objects['countries'] as GeometryCollection);
  for (const f of collection.features) {
    if (f.id === undefined || !f.geometry) continue;
    const id = String(f.id);
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    shapes.set(id, [...(shapes.get(id) ?? []), ...polygons]);
  }
  const coarse = read('countries-110m.json');
  const onMap = new Set((coarse.objects['countries'] as GeometryCollection).geometries.map((g) => String(g.id)));
  return { shapes, onMap };
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! * ring[i]![1]!) - (ring[i]![0]! * ring[j]![1]!);
  return Math.abs(sum) / 2;
}

/** Even-odd rule over the polygon's rings (outer ring and holes). */
function insidePolygon(polygon: Position[][], lng: number, lat: number): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * A marker point inside the country's largest polygon: the middle of the widest stretch of land
 * along a few parallels through it (a centroid can fall outside a crescent-shaped country).
 */
function pointInside(polygons: Position[][][]): { lat: number; lng: number } {
  // A polygon drawn across the antimeridian (Fiji, Chukotka) jumps from 180 to -180: unwrap it first.
  const unwrapped = polygons.map((polygon) => {
    const lngs = polygon.flat().map((p) => p[0]!);
    if (Math.max(...lngs) - Math.min(...lngs) <= 180) return polygon;
    return polygon.map((ring) => ring.map(([lng, lat]) => [lng! < 0 ? lng! + 360 : lng!, lat!]));
  });
  const wrap = (lng: number) => (lng > 180 ? lng - 360 : lng);
  const polygon = unwrapped.reduce((best, p) => (ringArea(p[0] ?? []) > ringArea(best[0] ?? []) ? p : best));
  const lats = (polygon[0] ?? []).map((p) => p[1]!);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  let best = { lng: 0, lat: 0, width: -1 };
  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.45, 0.55, 0.35, 0.65]) {
    const lat = south + f * (north - south);
    const crossings: number[] = [];
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > lat !== yj > lat) crossings.push(xi + ((lat - yi) * (xj - xi)) / (yj - yi));
      }
    }
    crossings.sort((a, b) => a - b);
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const width = crossings[i + 1]! - crossings[i]!;
      if (width > best.width) best = { lng: (crossings[i]! + crossings[i + 1]!) / 2, lat, width };
    }
  }
  // As editors write them, to two decimals, unless rounding would push a small island's point off its shape.
  for (const decimals of [2, 3, 4]) {
    const round = (n: number) => Number(n.toFixed(decimals));
    if (insidePolygon(polygon, round(best.lng), round(best.lat))) return { lat: round(best.lat), lng: round(wrap(best.lng)) };
  }
  return { lat: best.lat, lng: wrap(best.lng) };
}

/** A common English name: Intl's, unless it is written with "&", "St." or a bracket, then the ISO table's. */
function englishName(iso3: string, alpha2: string): string {
  const intl = new Intl.DisplayNames(['en'], { type: 'region' }).of(alpha2) ?? '';
  if (intl && !/[&.,()]|\s-\s/.test(intl)) return intl;
  const iso = countryCodes.getName(iso3, 'en', { select: 'official' }) ?? intl;
  return iso.replace(/\s*\(.*\)\s*/g, ' ').replace(/,.*$/, '').trim();
}

/**
 * Every country that can be added, in a fixed order: the ones on the site's 1:110m basemap first
 * (so they have a shape on the map), then those only the 1:50m atlas draws; Antarctica and the
 * countries already in content/ left out.
 */
function countryCandidates(taken: { iso3: Set<string>; names: Set<string> }): Candidate[] {
  countryCodes.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const { shapes, onMap } = atlasShapes();
  const frenchNames = new Intl.DisplayNames(['fr'], { type: 'region' });
  const codes = Object.keys(countryCodes.getAlpha3Codes())
    .filter((iso3) => iso3 !== 'ATA' && !taken.iso3.has(iso3))
    .filter((iso3) => shapes.has(countryCodes.alpha3ToNumeric(iso3) ?? ''))
    .sort();
  // Larger countries first within each group, so a small run (the unit test's) takes familiar ones.
  const area = new Map(codes.map((c) => [c, Math.max(...shapes.get(countryCodes.alpha3ToNumeric(c)!)!.map((p) => ringArea(p[0] ?? [])))]));
  const bySize = (list: string[]) => list.sort((a, b) => area.get(b)! - area.get(a)! || (a < b ? -1 : 1));
  const ordered = [...bySize(codes.filter((c) => onMap.has(countryCodes.alpha3ToNumeric(c)!))), ...bySize(codes.filter((c) => !onMap.has(countryCodes.alpha3ToNumeric(c)!)))];
  const names = new Set(taken.names);
  return ordered.flatMap((iso3) => {
    const alpha2 = countryCodes.alpha3ToAlpha2(iso3);
    if (!alpha2) return [];
    const name = englishName(iso3, alpha2);
    if (!name || names.has(name)) return [];
    names.add(name);
    const point = pointInside(shapes.get(countryCodes.alpha3ToNumeric(iso3)!)!);
    return [{ iso3, name, frName: frenchNames.of(alpha2) ?? name, point }];
  });
}

// ---------------------------------------------------------------------------------------------
// What the generator knows of the real content
// ---------------------------------------------------------------------------------------------

/** A country as articles name it, in every language. */
interface CountryRef {
  id: string;
  role: Role;
  names: Record<Lang, string>;
}

interface Report {
  source: Source;
  /** True when the paragraph states every one of the figures (per content/sources.json). */
  states: (paragraph: number, figures: readonly string[]) => boolean;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function readReport(contentDir: string): Report {
  const sources = readJson<Source[]>(join(contentDir, 'sources.json'));
  const source = sources.find((s) => s.id === SITE.primarySource) ?? sources[0];
  if (!source) throw new Error('content/sources.json holds no source: the generated articles need a report to cite');
  return {
    source,
    states: (paragraph, figures) => paragraph <= source.paragraphs && figures.every((f) => source.figures[String(paragraph)]?.numbers.includes(f)),
  };
}

/** The report's phrase that backs a status or standing, and the paragraph holding it (per sources.json "wording"). */
function evidenceFor(phrases: readonly string[], report: Report): Evidence | undefined {
  for (const phrase of phrases) {
    for (const [paragraph, found] of Object.entries(report.source.wording ?? {})) if (found.includes(phrase)) return { phrase, paragraphs: [Number(paragraph)] };
  }
  return undefined;
}

/** "26 September 2023" in each language, as the footnotes write the report's date. */
function reportDate(source: Source, lang: Lang): string {
  const [year, month, day] = source.published.split('-').map(Number) as [number, number, number];
  const months: Record<Lang, readonly string[]> = { en: MONTHS, fr: FRENCH_MONTHS, ht: HT_MONTHS };
  return `${day} ${months[lang][month - 1]} ${year}`;
}

/** Figures as each language writes them: "1,000" / "1 000"; money in millions of dollars. */
function formatFigure(value: number, unit: string, lang: Lang): string {
  const grouped = lang === 'en' ? value.toLocaleString('en-US') : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  if (unit !== 'USD') return grouped;
  if (value % 1_000_000 === 0) {
    const millions = value / 1_000_000;
    return { en: `US$${millions} million`, fr: `${millions} millions de dollars`, ht: `${millions} milyon dola` }[lang];
  }
  return { en: `US$${grouped}`, fr: `${grouped} dollars`, ht: `${grouped} dola` }[lang];
}

// ---------------------------------------------------------------------------------------------
// Filling the sentences in
// ---------------------------------------------------------------------------------------------

interface Fill {
  c: CountryRef;
  c2: CountryRef;
  topic: (typeof TOPICS)[number];
  art?: { id: string; title: Words };
  n?: Words;
}

/** One sentence in one language: links made local to the language, placeholders filled. */
function fill(words: Words, lang: Lang, values: Fill, glossary: ReadonlySet<string>): string {
  const link = (text: string, path: string) => `[${text}](${localePath(lang, path)})`;
  return words[lang]
    .replace(/\]\((\/[^)]*)\)/g, (_, path: string) => `](${localePath(lang, path)})`)
    .replace(/\{(cl|c2l|c|c2|topic|art|n|g:[a-z-]+)\}/g, (_, key: string) => {
      if (key === 'c') return values.c.names[lang];
      if (key === 'c2') return values.c2.names[lang];
      if (key === 'cl') return link(values.c.names[lang], `/countries/${values.c.id}/`);
      if (key === 'c2l') return link(values.c2.names[lang], `/countries/${values.c2.id}/`);
      if (key === 'topic') return values.topic[lang];
      if (key === 'n') return values.n?.[lang] ?? '';
      if (key === 'art') return values.art ? link(values.art.title[lang], `/articles/${values.art.id}/`) : '';
      const id = key.slice(2);
      const text = GLOSSARY_LINK_TEXT[id]?.[lang] ?? id;
      return glossary.has(id) ? link(text, `/glossary/#${id}`) : text;
    });
}

// ---------------------------------------------------------------------------------------------
// Country records
// ---------------------------------------------------------------------------------------------

interface GeneratedCountry {
  id: string;
  record: Country;
  translations: Record<Exclude<Lang, 'en'>, TranslatedCountry>;
  ref: CountryRef;
}

type PresetName = keyof typeof OFFER_PRESETS;

function generateCountry(candidate: Candidate, id: string, report: Report): GeneratedCountry {
  const random = new Random(`country-${candidate.iso3}`);
  const available = (name: PresetName) => {
    const q = OFFER_PRESETS[name].quantity;
    return q === 'not stated' || report.states(q.paragraph, [String(q.value)]);
  };
  const roll = random.next();
  const role: Role = roll < 0.58 ? 'contributor' : roll < 0.8 ? 'possible-contributor' : roll < 0.9 ? 'backer' : 'co-drafter';
  const status: Status =
    role === 'contributor' ? (random.next() < 0.3 ? 'stated-in-public' : 'diplomatic-sources') : role === 'possible-contributor' ? 'under-discussion' : role === 'backer' ? 'stated-in-public' : 'not-a-contributor';

  const base = { contributor: status === 'diplomatic-sources' ? [1, 4, 5] : [1, 5], 'possible-contributor': [1, 10], backer: [1, 14], 'co-drafter': [2] }[role as Exclude<Role, 'lead-nation' | 'host'>];
  const paragraphs = new Set(base.filter((p) => p <= report.source.paragraphs));
  if (paragraphs.size === 0) paragraphs.add(1);

  const choices: Record<Role, PresetName[]> = {
    contributor: ['symbolic', 'announced-people', 'police', 'troops', 'equipment', 'enabling', 'personnel'],
    'possible-contributor': ['discussed', 'police'],
    backer: ['funding', 'enabling', 'equipment'],
    'co-drafter': [],
    'lead-nation': [],
    host: [],
  };
  const pool = random.shuffle(choices[role].filter(available));
  const offerCount = role === 'co-drafter' || pool.length === 0 ? 0 : role === 'backer' ? random.int(1, Math.min(2, pool.length)) : Math.min(pool.length, [0, 1, 1, 1, 2][random.int(0, 4)]!);
  const presets: OfferPreset[] = (role === 'backer' && available('funding') ? ['funding' as const, ...pool.filter((p) => p !== 'funding')] : pool).slice(0, offerCount).map((name) => OFFER_PRESETS[name]);

  const conditionPool = random.shuffle(CONDITIONS.filter((c) => c.paragraph <= report.source.paragraphs));
  const conditionCount = role === 'co-drafter' ? 0 : role === 'backer' ? random.int(0, 1) : random.int(1, 2);
  const countryConditions = conditionPool.slice(0, conditionCount);
  const offerConditions = presets.map((_, i) => (random.next() < 0.3 && conditionPool[conditionCount + i] ? [conditionPool[conditionCount + i]!] : []));

  for (const preset of presets) if (preset.quantity !== 'not stated') paragraphs.add(preset.quantity.paragraph);
  for (const condition of [...countryConditions, ...offerConditions.flat()]) paragraphs.add(condition.paragraph);

  const toCondition = (c: (typeof CONDITIONS)[number]): Condition => ({ text: c.en, paragraphs: [c.paragraph] });
  // Every status and standing carries the report's words that back it, as the content check requires.
  const statusEvidence = evidenceFor(STATUS_PHRASES[status], report);
  const standingEvidence = presets.map((preset) => evidenceFor(STANDING_PHRASES[preset.standing], report));
  for (const evidence of [statusEvidence, ...standingEvidence]) for (const p of evidence?.paragraphs ?? []) paragraphs.add(p);
  // A standing backed by a paragraph that gives it on one source's word carries the attribution, as the check requires.
  const onOneSource = (evidence: { paragraphs: number[] } | undefined) =>
    (evidence?.paragraphs ?? []).some((p) => (report.source.wording?.[String(p)] ?? []).some((phrase) => (SINGLE_SOURCE_PHRASES as readonly string[]).includes(phrase)));
  const offers: Offer[] = presets.map((preset, i) => ({
    kind: preset.kind,
    quantity: preset.quantity === 'not stated' ? 'not stated' : { value: preset.quantity.value, qualifier: preset.quantity.qualifier, unit: preset.quantity.unit },
    standing: preset.standing,
    ...(standingEvidence[i] ? { standingEvidence: standingEvidence[i] } : {}),
    ...(onOneSource(standingEvidence[i]) ? { attribution: 'one-source' as const } : {}),
    detail: preset.detail.en,
    conditions: (offerConditions[i] ?? []).map(toCondition),
  }));

  const names: Record<Lang, string> = { en: candidate.name, fr: candidate.frName, ht: HT_COUNTRY_NAMES[candidate.iso3] ?? candidate.frName };
  const ref: CountryRef = { id, role, names };
  const values: Fill = { c: ref, c2: ref, topic: TOPICS[0]! };
  const summary = (lang: Lang) => {
    const opening = role === 'backer' ? BACKER_OPENING : SUMMARY_OPENING[status];
    const parts = [fill(opening, lang, values, new Set())];
    for (const preset of presets) {
      const q = preset.quantity;
      const n = q === 'not stated' ? undefined : { en: formatFigure(q.value, q.unit, 'en'), fr: formatFigure(q.value, q.unit, 'fr'), ht: formatFigure(q.value, q.unit, 'ht') };
      parts.push(fill(preset.clause, lang, { ...values, ...(n ? { n } : {}) }, new Set()));
    }
    if (presets.length === 0 && role !== 'co-drafter') parts.push(SUMMARY_NO_OFFER[lang]);
    if (countryConditions.length + offerConditions.flat().length > 0) parts.push(SUMMARY_CONDITIONS[lang]);
    return parts.join(' ');
  };

  const record = {
    name: candidate.name,
    iso3: candidate.iso3,
    point: candidate.point,
    role,
    status,
    ...(statusEvidence ? { statusEvidence } : {}),
    offers,
    conditions: countryConditions.map(toCondition),
    summary: summary('en'),
    sources: [{ source: report.source.id, paragraphs: [...paragraphs].sort((a, b) => a - b) }],
    asOf: report.source.published,
  } satisfies Country;

  const translation = (lang: Exclude<Lang, 'en'>): TranslatedCountry => ({
    // The site names countries in French from Intl; Kreyòl needs a name where its table has none.
    ...(lang === 'ht' && !HT_COUNTRY_NAMES[candidate.iso3] ? { name: names.ht } : {}),
    summary: summary(lang),
    offers: presets.map((preset, i) => ({ detail: preset.detail[lang], conditions: (offerConditions[i] ?? []).map((c) => ({ text: c[lang] })) })),
    conditions: countryConditions.map((c) => ({ text: c[lang] })),
  });
  return { id, record, translations: { fr: translation('fr'), ht: translation('ht') }, ref };
}

// ---------------------------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------------------------

/** Front matter as written in the file: the schema's fields, with the dates as YYYY-MM-DD. */
type ArticleFrontMatter = Omit<ArticleData, 'published' | 'updated'> & { published: string; updated: string };
type TranslatedFrontMatter = Omit<TranslatedArticle, 'updated'> & { updated: string };

/** The order the real articles write their fields in; the check below fails if a schema field is missing. */
const ARTICLE_FIELDS = ['title', 'standfirst', 'author', 'published', 'updated', 'order', 'section', 'countries', 'sources', 'takeaways'] as const satisfies readonly (keyof ArticleFrontMatter)[];
const TRANSLATED_FIELDS = ['title', 'standfirst', 'section', 'updated', 'sources', 'takeaways'] as const satisfies readonly (keyof TranslatedFrontMatter)[];
type Unwritten = Exclude<keyof ArticleFrontMatter, (typeof ARTICLE_FIELDS)[number]> | Exclude<keyof TranslatedFrontMatter, (typeof TRANSLATED_FIELDS)[number]>;
/** A new front-matter field in the schema makes this a type error: teach frontMatter() to write it. */
const everyFieldWritten: [Unwritten] extends [never] ? true : Unwritten = true;
void everyFieldWritten;

function frontMatter(data: ArticleFrontMatter | TranslatedFrontMatter, fields: readonly string[]): string {
  const lines = ['---'];
  for (const field of fields) {
    const value = (data as unknown as Record<string, unknown>)[field];
    if (field === 'published' || field === 'updated' || typeof value === 'number') lines.push(`${field}: ${String(value)}`);
    else if (typeof value === 'string') lines.push(`${field}: ${JSON.stringify(value)}`);
    else if (field === 'countries') lines.push(`${field}: [${(value as string[]).join(', ')}]`);
    else if (field === 'sources') {
      lines.push('sources:');
      for (const citation of value as Citation[]) lines.push(`  - source: ${citation.source}`, `    paragraphs: [${citation.paragraphs.join(', ')}]`);
    } else if (field === 'takeaways') {
      lines.push('takeaways:', ...(value as string[]).map((t) => `  - ${JSON.stringify(t)}`));
    } else throw new Error(`scale bench: no way to write the front-matter field "${field}"`);
  }
  lines.push('---');
  return lines.join('\n');
}

/** A sentence of the plan: the same in every language, with the paragraphs it cites. */
interface Unit {
  words: Words;
  values: Fill;
  cites: number[];
}
type Block = { type: 'heading'; unit: Unit } | { type: 'paragraph'; units: Unit[] } | { type: 'list'; intro: Unit; items: Unit[] } | { type: 'table'; intro: Unit; rows: { country: CountryRef; cite: number }[] };

interface ArticleInput {
  index: number;
  order: number;
  id: string;
  primary: CountryRef;
  others: CountryRef[];
  title: Words;
  topic: (typeof TOPICS)[number];
  seeAlso: { id: string; title: Words } | undefined;
}

const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function generateArticle(input: ArticleInput, report: Report, glossary: ReadonlySet<string>): { en: string; translations: Record<Exclude<Lang, 'en'>, string> } {
  const random = new Random(`article-${input.index}`);
  const { primary, others, topic } = input;
  const countries = [primary, ...others];
  const second = others[0] ?? primary;
  const valuesFor = (c: CountryRef = primary): Fill => {
    const rest = countries.filter((x) => x.id !== c.id);
    return { c, c2: rest.length ? random.pick(rest) : second, topic: random.next() < 0.7 ? topic : random.pick(TOPICS), ...(input.seeAlso ? { art: input.seeAlso } : {}) };
  };

  // The paragraphs this article rests on: a handful of the report's, each cited at least once.
  const all = Array.from({ length: report.source.paragraphs }, (_, i) => i + 1);
  const pool = random.shuffle(all).slice(0, random.int(5, Math.min(10, all.length)));
  let queue = [...pool];
  const cite = (): number[] => {
    const roll = random.next();
    if (roll < 0.08) return [];
    const take = () => (queue.length ? queue.shift()! : random.pick(pool));
    const first = take();
    if (roll > 0.9) {
      const extra = take();
      return extra === first ? [first] : [first, extra].sort((a, b) => a - b);
    }
    return [first];
  };
  // Each filler sentence once before any comes back (the opening one is used first, by hand).
  let sentences: Words[] = random.shuffle(SENTENCES.slice(1));
  const sentence = (c?: CountryRef): Unit => {
    if (sentences.length === 0) sentences = random.shuffle(SENTENCES);
    return { words: sentences.pop()!, values: valuesFor(c ?? (random.next() < 0.6 ? primary : random.pick(countries))), cites: cite() };
  };
  const paragraph = (min: number, max: number): Block => ({ type: 'paragraph', units: Array.from({ length: random.int(min, max) }, () => sentence()) });

  const facts = random.shuffle(FACTS.filter((f) => report.states(f.paragraph, f.figures))).slice(0, random.next() < 0.3 ? 0 : random.int(1, 3));
  const headings = random.shuffle(HEADINGS);
  const target = random.int(520, 1000);
  const blocks: Block[] = [{ type: 'paragraph', units: [{ words: SENTENCES[0]!, values: valuesFor(primary), cites: cite() }, sentence(), sentence()] }];
  const englishWords = () => countWords(blocks.map((b) => renderBlock(b, 'en', glossary)).join('\n\n'));
  const wantList = random.next() < 0.35;
  const wantTable = random.next() < 0.35;
  let sections = 0;
  while (sections < 2 || (englishWords() < target && sections < 10)) {
    sections++;
    blocks.push({ type: 'heading', unit: { words: headings.pop() ?? random.pick(HEADINGS), values: valuesFor(primary), cites: [] } });
    blocks.push(paragraph(2, 4));
    const table = (): Block => ({ type: 'table', intro: { words: TABLE_INTRO, values: valuesFor(), cites: [] }, rows: countries.map((country) => ({ country, cite: cite()[0] ?? pool[0]! })) });
    if (sections === 1 && wantList) {
      blocks.push({ type: 'list', intro: { words: LIST_INTRO, values: valuesFor(), cites: [] }, items: Array.from({ length: random.int(3, 5) }, () => sentence()) });
    } else if (sections === 1 && wantTable && facts.length) {
      blocks.push(table());
    } else if (sections === 2 && facts.length) {
      blocks.push({ type: 'heading', unit: { words: FIGURES_HEADING, values: valuesFor(), cites: [] } });
      blocks.push({ type: 'paragraph', units: [...facts.map((f) => ({ words: f, values: valuesFor(), cites: [f.paragraph] })), sentence()] });
    } else if (sections === 2 && wantTable) {
      blocks.push(table());
    }
    if (random.next() < 0.6) blocks.push(paragraph(2, 4));
  }
  const closing = paragraph(1, 2);
  if (input.seeAlso && closing.type === 'paragraph') closing.units.push({ words: SEE_ALSO, values: valuesFor(), cites: [] });
  blocks.push(closing);

  // Takeaways: a figure or two where the article gives some, then takeaways without figures.
  const takeaways: Unit[] = [
    ...facts.slice(0, random.int(0, Math.min(2, facts.length))).map((f) => ({ words: f, values: valuesFor(), cites: [] })),
    ...random.shuffle(TAKEAWAYS).map((words) => ({ words, values: valuesFor(primary), cites: [] })),
  ].slice(0, random.int(3, 5));

  const cited = new Set<number>();
  const collect = (unit: Unit) => unit.cites.forEach((p) => cited.add(p));
  for (const block of blocks) {
    if (block.type === 'paragraph') block.units.forEach(collect);
    if (block.type === 'list') block.items.forEach(collect);
    if (block.type === 'table') block.rows.forEach((row) => cited.add(row.cite));
  }
  const sources: Citation[] = [{ source: report.source.id, paragraphs: [...cited].sort((a, b) => a - b) }];

  const published = addDays(EARLIEST_DAY, random.int(0, daysBetween(EARLIEST_DAY, LATEST_DAY) - 40));
  const updated = random.next() < 0.4 ? published : addDays(published, random.int(1, 30));
  const section = random.pick(SECTIONS);
  const standfirst = random.pick(STANDFIRSTS.filter((s) => LANGUAGES.every((lang) => fill(s, lang, valuesFor(primary), glossary).length <= 300)));
  const headValues = { ...valuesFor(primary), topic };

  const body = (lang: Lang) => {
    const footnotes = [...cited].sort((a, b) => a - b).map((p) => `[^p${p}]: ${report.source.outlet}, ${reportDate(report.source, lang)}, ${PARAGRAPH_WORD[lang]} ${p}.`);
    return `${blocks.map((b) => renderBlock(b, lang, glossary)).join('\n\n')}\n\n${footnotes.join('\n')}\n`;
  };
  const plain = (words: Words, lang: Lang) => fill(words, lang, headValues, new Set());
  const english: ArticleFrontMatter = {
    title: plain(input.title, 'en'),
    standfirst: plain(standfirst, 'en'),
    author: random.pick(AUTHORS),
    published,
    updated,
    order: input.order,
    section: section.en,
    countries: countries.map((c) => c.id),
    sources,
    takeaways: takeaways.map((t) => fill(t.words, 'en', t.values, new Set())),
  };
  const translated = (lang: Exclude<Lang, 'en'>): string => {
    const data: TranslatedFrontMatter = {
      title: plain(input.title, lang),
      standfirst: plain(standfirst, lang),
      section: section[lang],
      updated,
      sources,
      takeaways: takeaways.map((t) => fill(t.words, lang, t.values, new Set())),
    };
    return `${frontMatter(data, TRANSLATED_FIELDS)}\n\n${body(lang)}`;
  };
  return { en: `${frontMatter(english, ARTICLE_FIELDS)}\n\n${body('en')}`, translations: { fr: translated('fr'), ht: translated('ht') } };
}

function renderUnit(unit: Unit, lang: Lang, glossary: ReadonlySet<string>): string {
  return `${fill(unit.words, lang, unit.values, glossary)}${unit.cites.map((p) => `[^p${p}]`).join('')}`;
}

function renderBlock(block: Block, lang: Lang, glossary: ReadonlySet<string>): string {
  switch (block.type) {
    case 'heading':
      return `## ${fill(block.unit.words, lang, block.unit.values, new Set())}`;
    case 'paragraph':
      return block.units.map((u) => renderUnit(u, lang, glossary)).join(' ');
    case 'list':
      return `${renderUnit(block.intro, lang, glossary)}\n\n${block.items.map((u) => `- ${renderUnit(u, lang, glossary)}`).join('\n')}`;
    case 'table': {
      const rows = block.rows.map(({ country, cite }) => `| [${country.names[lang]}](${localePath(lang, `/countries/${country.id}/`)}) | ${DICTIONARIES[lang].role[country.role]} | [^p${cite}] |`);
      return `${renderUnit(block.intro, lang, glossary)}\n\n${TABLE_HEAD[lang]}\n|---|---|---|\n${rows.join('\n')}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The content tree
// ---------------------------------------------------------------------------------------------

/**
 * Writes a complete content/ tree into `targetContentDir`: a copy of the real content/ plus
 * generated articles and countries (with their French and Kreyòl translations) up to the totals
 * asked for. The real records count toward the totals; asking for fewer than there are adds none.
 */
export function generateScaleContent(targetContentDir: string, options: { articles: number; countries: number }): void {
  cpSync(join(projectRoot, 'content'), targetContentDir, { recursive: true });
  const report = readReport(targetContentDir);
  const glossary = new Set(readJson<GlossaryTerm[]>(join(targetContentDir, 'glossary.json')).map((g) => g.id));

  // The real countries, as articles name them.
  const frenchNames = new Intl.DisplayNames(['fr'], { type: 'region' });
  const countryDir = join(targetContentDir, 'countries');
  const realCountries: CountryRef[] = readdirSync(countryDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const id = file.slice(0, -'.json'.length);
      const data = readJson<Country>(join(countryDir, file));
      const ht = readJson<TranslatedCountry>(join(targetContentDir, 'translations', 'ht', 'countries', file));
      const fr = readJson<TranslatedCountry>(join(targetContentDir, 'translations', 'fr', 'countries', file));
      const alpha2 = countryCodes.alpha3ToAlpha2(data.iso3) ?? '';
      return { id, role: data.role, names: { en: data.name, fr: fr.name ?? frenchNames.of(alpha2) ?? data.name, ht: ht.name ?? HT_COUNTRY_NAMES[data.iso3] ?? data.name } };
    });
  const realIso3 = new Set(readdirSync(countryDir).map((f) => readJson<Country>(join(countryDir, f)).iso3));

  // Generated countries.
  const wanted = Math.max(0, options.countries - realCountries.length);
  const candidates = wanted ? countryCandidates({ iso3: realIso3, names: new Set(realCountries.map((c) => c.names.en)) }) : [];
  if (candidates.length < wanted) throw new Error(`scale bench: only ${candidates.length} more countries can be generated, ${wanted} were asked for`);
  const ids = new Set(realCountries.map((c) => c.id));
  const generated = candidates.slice(0, wanted).map((candidate) => {
    let id = slugify(candidate.name);
    if (ids.has(id)) id = `${id}-${candidate.iso3.toLowerCase()}`;
    ids.add(id);
    return generateCountry(candidate, id, report);
  });
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  for (const country of generated) {
    writeFileSync(join(countryDir, `${country.id}.json`), json(country.record));
    for (const lang of TRANSLATED_LANGS) writeFileSync(join(targetContentDir, 'translations', lang, 'countries', `${country.id}.json`), json(country.translations[lang]));
  }

  // Generated articles: each about one country (every generated country gets some), naming a few others.
  const articleDir = join(targetContentDir, 'articles');
  const realArticles = readdirSync(articleDir).filter((f) => f.endsWith('.md'));
  const articleIds = new Set(realArticles.map((f) => f.slice(0, -'.md'.length)));
  const lastOrder = Math.max(0, ...realArticles.map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(articleDir, f), 'utf8'))?.[1] ?? 0)));
  const everyCountry = [...generated.map((g) => g.ref), ...realCountries];
  const byId = new Map(everyCountry.map((c) => [c.id, c]));
  const lead = realCountries.find((c) => c.role === 'lead-nation');
  const host = realCountries.find((c) => c.role === 'host');
  const firstReal = articleIds.has('who-is-offering-what') ? 'who-is-offering-what' : [...articleIds].sort()[0];
  let seeAlso: ArticleInput['seeAlso'] = firstReal ? { id: firstReal, title: { en: 'who is offering what', fr: 'qui propose quoi', ht: 'kiyès k ap ofri kisa' } } : undefined;

  const count = Math.max(0, options.articles - realArticles.length);
  for (let index = 0; index < count; index++) {
    const random = new Random(`article-plan-${index}`);
    const primary = everyCountry[index % everyCountry.length]!;
    const others = new Map<string, CountryRef>();
    if (lead && lead.id !== primary.id && random.next() < 0.5) others.set(lead.id, lead);
    if (host && host.id !== primary.id && random.next() < 0.4) others.set(host.id, host);
    for (let extra = random.int(1, 3); extra > 0; extra--) {
      const other = random.pick(everyCountry);
      if (other.id !== primary.id) others.set(other.id, other);
    }
    const topic = random.pick(TOPICS);
    const round = Math.floor(index / everyCountry.length);
    const start = (hash(primary.id) + round) % TITLES.length;
    const values: Fill = { c: primary, c2: byId.get([...others.keys()][0] ?? primary.id) ?? primary, topic };
    let titleIndex = start;
    for (let step = 0; step < TITLES.length; step++) {
      const candidate = TITLES[(start + step) % TITLES.length]!;
      if (LANGUAGES.every((lang) => fill(candidate, lang, values, new Set()).length <= 120)) {
        titleIndex = (start + step) % TITLES.length;
        break;
      }
    }
    const titleWords = TITLES[titleIndex]!;
    let id = `${primary.id}-${titleWords.slug === 'reading-the-report' ? `and-${topic.key}` : titleWords.slug}`;
    for (let n = 2; articleIds.has(id); n++) id = `${primary.id}-${titleWords.slug}-${n}`;
    articleIds.add(id);
    const title: Words = { en: fill(titleWords, 'en', values, new Set()), fr: fill(titleWords, 'fr', values, new Set()), ht: fill(titleWords, 'ht', values, new Set()) };

    const article = generateArticle({ index, order: lastOrder + index + 1, id, primary, others: [...others.values()], title, topic, seeAlso }, report, glossary);
    writeFileSync(join(articleDir, `${id}.md`), article.en);
    for (const lang of TRANSLATED_LANGS) writeFileSync(join(targetContentDir, 'translations', lang, 'articles', `${id}.md`), article.translations[lang]);
    seeAlso = { id, title };
  }
}
