/**
 * The model of the "offers at a glance" chart: which offers get a bar, how long each is, how it is
 * drawn and what is written on it, built from the country records at build time. Pure and unit
 * tested; OfferChart.astro only prints it.
 *
 * The report's figures are not counts, so the model keeps each figure's hedge with it: "up to" is
 * drawn as a ceiling (an open, fading bar ending in a mark), a figure only discussed or under
 * consideration gets a lighter fill, and the standing is written on every bar. Money is not people,
 * so it gets a line of its own; countries with no figure are listed by name, never drawn as zero.
 */
import { formatter } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { localePath, type Lang } from '../i18n/languages.ts';
import { isContributor, type CountryRecord } from './countries.ts';
import { standingLabel } from './format.ts';
import type { Citation } from '../domain/schemas/common.ts';
import type { Offer, OfferKind, Quantity, Standing } from '../domain/schemas/country.ts';
import type { Source } from '../domain/schemas/source.ts';

/** Which kinds of offer are people (drawn as bars). A Record, so a new kind must be placed here. */
const IS_PEOPLE: Record<OfferKind, boolean> = {
  police: true,
  military: true,
  'police-and-military': true,
  personnel: true,
  funding: false,
  equipment: false,
  'enabling-support': false,
};
const PEOPLE_KINDS: ReadonlySet<OfferKind> = new Set((Object.keys(IS_PEOPLE) as OfferKind[]).filter((kind) => IS_PEOPLE[kind]));

/** Standings that are not an offer or an announcement: drawn lighter. */
const TENTATIVE: ReadonlySet<Standing> = new Set(['discussed', 'considering', 'to-be-sought']);

/** What a chart row shares, bar or money line. */
interface ChartEntry {
  countryId: string;
  name: string;
  /** The country's page, in the chart's language. */
  href: string;
  /** The figure with its hedge, short, as written on the bar: "up to 500", "1,000", "US$100 million". */
  figure: string;
  /** How firm it is, in the dictionary's words: "expected", "discussed, not described as an offer". */
  standing: string;
  /** What the figure counts, said to screen readers after it: "uniformed personnel"; empty for money. */
  unit: string;
  /** The report paragraph that states the figure, or null if none of the record's paragraphs does. */
  paragraph: number | null;
}

export interface ChartBar extends ChartEntry {
  value: number;
  /** Length as a percentage of the scale, 0–100. */
  percent: number;
  /** "ceiling" for "up to" (the figure is a most, not a count), "floor" for "at least", "count" otherwise. */
  shape: 'count' | 'ceiling' | 'floor';
  /** "light" for a figure only discussed or considered, "firm" for one offered, announced or expected. */
  fill: 'firm' | 'light';
}

export type MoneyLine = ChartEntry;

export interface NamedCountry {
  countryId: string;
  name: string;
  href: string;
}

export interface OfferChartModel {
  /** Offers of people with a figure, largest first. */
  bars: ChartBar[];
  /** Offers of money with a figure, largest first. */
  money: MoneyLine[];
  /** Countries offering or weighing help with no figure in the report, in the records' reading order. */
  unquantified: NamedCountry[];
  /** The end of the scale (a round number at or above the largest bar) and its gridlines, from zero. */
  scale: { max: number; ticks: { value: number; label: string; percent: number }[] };
}

/**
 * The paragraph that states an offer's figure: the first paragraph cited by the record whose
 * figures (content/sources.json) include the number. Null when none does (the figure check makes
 * that a content error, so it should never reach a page).
 */
export function paragraphStating(value: number, citations: readonly Citation[], sources: readonly Pick<Source, 'id' | 'figures'>[]): number | null {
  const wanted = String(value);
  for (const citation of citations) {
    const figures = sources.find((source) => source.id === citation.source)?.figures ?? {};
    const found = [...citation.paragraphs].sort((a, b) => a - b).find((paragraph) => figures[String(paragraph)]?.numbers.includes(wanted));
    if (found !== undefined) return found;
  }
  return null;
}

/** A round end for the scale: 1, 2, 2.5 or 5 times a power of ten, at or above the largest value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

function shortFigure(quantity: Quantity, lang: Lang): string {
  const number = quantity.unit === 'USD' ? formatter(lang).usd(quantity.value) : formatter(lang).number(quantity.value);
  return t(lang).chart.hedged(quantity.qualifier, number);
}

export function buildOfferChart(countries: readonly CountryRecord[], sources: readonly Pick<Source, 'id' | 'figures'>[], lang: Lang): OfferChartModel {
  const words = t(lang);
  const bars: Omit<ChartBar, 'percent'>[] = [];
  const money: (MoneyLine & { value: number })[] = [];
  const unquantified: NamedCountry[] = [];

  for (const country of countries) {
    const href = localePath(lang, `/countries/${country.id}/`);
    const counted = country.offers.filter((offer): offer is Offer & { quantity: Quantity } => offer.quantity !== 'not stated');
    for (const offer of counted) {
      const entry = {
        countryId: country.id,
        name: country.name,
        href,
        value: offer.quantity.value,
        figure: shortFigure(offer.quantity, lang),
        // The tables' words: agreed with what is counted, and whose word it is where one source gives it.
        standing: standingLabel(offer, lang),
        unit: words.quantity('exact', offer.quantity.unit, '').trim(),
        paragraph: paragraphStating(offer.quantity.value, country.sources, sources),
      };
      if (offer.quantity.unit === 'USD') money.push(entry);
      else if (PEOPLE_KINDS.has(offer.kind)) {
        const shape = offer.quantity.qualifier === 'up-to' ? 'ceiling' : offer.quantity.qualifier === 'at-least' ? 'floor' : 'count';
        bars.push({ ...entry, shape, fill: TENTATIVE.has(offer.standing) ? 'light' : 'firm' });
      }
    }
    if (counted.length === 0 && isContributor(country)) unquantified.push({ countryId: country.id, name: country.name, href });
  }

  const largest = Math.max(0, ...bars.map((bar) => bar.value));
  const max = niceMax(largest);
  const tickStep = max / 4;
  const ticks = [0, 1, 2, 3, 4].map((i) => ({ value: i * tickStep, label: formatter(lang).number(i * tickStep), percent: i * 25 }));
  // Ties keep the records' reading order (the lead nation first); Array.prototype.sort is stable.
  const byValue = <T extends { value: number }>(list: T[]) => list.sort((a, b) => b.value - a.value);

  return {
    bars: byValue(bars).map((bar) => ({ ...bar, percent: round((bar.value / max) * 100) })),
    money: byValue(money).map(({ value: _value, ...line }) => line),
    unquantified,
    scale: { max, ticks },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
