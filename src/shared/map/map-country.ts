/**
 * Turns country records into what the map, its list and the data downloads show. One function,
 * one shape: the browser gets exactly this (as /data/countries.json) and nothing else, so the map
 * can never say something the pages do not.
 */
import { formatter } from '../../i18n/format.ts';
import countryCodes from 'i18n-iso-countries';
import { noOfferNote, type CountryRecord } from '../countries.ts';
import { t } from '../../i18n/index.ts';
import { localePath, type Lang } from '../../i18n/languages.ts';
import { formatOfferAmount, formatParagraphs, standingLabel } from '../format.ts';
import type { Source } from '../../domain/schemas/source.ts';
import { latest, RELATED_ARTICLES } from '../paginate.ts';
import type { FilterKind, Qualifier, Standing, Status, Unit } from '../../domain/vocabulary.ts';

export interface MapCountry {
  id: string;
  name: string;
  iso3: string;
  /** ISO 3166-1 numeric code as world-atlas writes it ("084"), to find the country's shape. */
  isoNumeric: string;
  lat: number;
  lng: number;
  role: string;
  roleLabel: string;
  status: Status;
  statusLabel: string;
  /** True for the host country, where the lines lead. */
  destination: boolean;
  kinds: FilterKind[];
  offers: MapOffer[];
  /** What the map writes beside the country without a click, or null when the report gives no figure. */
  figure: MapFigure | null;
  /** Only when `offers` is empty: what to say instead (host, co-author, or a contributor the report is silent on). */
  offerNote: string | null;
  /** Conditions the report states, on the country and on its offers, each with its paragraphs. */
  conditions: MapCondition[];
  summary: string;
  asOf: string;
  /** The as-of date in words, in the page's language. */
  asOfText: string;
  /** "Miami Herald, 26 September 2023, paragraphs 5 and 7". */
  sourceText: string;
  paragraphs: number[];
  page: string;
  articles: { title: string; url: string }[];
}

export interface MapOffer {
  kind: string;
  /** In words, qualifier and standing included: "Up to 50 uniformed personnel (offered)". */
  amount: string;
  /** The figure as data, or null where the report gives none; never shown without `qualifier` and `standing`. */
  quantity: { value: number; qualifier: Qualifier; unit: Unit } | null;
  standing: Standing;
  standingLabel: string;
  detail?: string;
}

/**
 * The one figure the map labels a country with: its largest figure in people (drawn as a circle whose
 * area is the number), or else its money (written only: money is not people). `text` carries the
 * qualifier ("up to 500") and `standing` how firm it is ("discussed"), so neither is ever dropped.
 */
export interface MapFigure {
  value: number;
  text: string;
  standing: string;
  money: boolean;
  /** "Up to": the figure is a ceiling, drawn with a dashed edge. */
  ceiling: boolean;
}

export interface MapCondition {
  text: string;
  paragraphs: number[];
  /** "paragraphs 1 and 8", in the page's language. */
  paragraphsText: string;
}

export interface ArticleLink {
  id: string;
  title: string;
  countries: readonly string[];
  /** For keeping the newest; records without one count as oldest. */
  published?: Date;
}

/** `countries` and `articles` already in `lang` (site-content reads them so); every label here is too. */
export function toMapCountries(countries: readonly CountryRecord[], articles: readonly ArticleLink[], source: Source, lang: Lang): MapCountry[] {
  const words = t(lang);
  const condition = (c: { text: string; paragraphs: number[] }) => ({ ...c, paragraphsText: formatParagraphs(c.paragraphs, lang) });
  return countries.map((country) => {
    const paragraphs = [...new Set(country.sources.flatMap((s) => s.paragraphs))].sort((a, b) => a - b);
    // Only contributors have a kind of offer; the host and a co-author are not "not stated", they offer none.
    const kinds: FilterKind[] = country.offers.length ? [...new Set(country.offers.map((o) => o.kind))] : country.status === 'not-a-contributor' ? [] : ['not-stated'];
    return {
      id: country.id,
      name: country.name,
      iso3: country.iso3,
      isoNumeric: countryCodes.alpha3ToNumeric(country.iso3) ?? '',
      lat: country.point.lat,
      lng: country.point.lng,
      role: country.role,
      roleLabel: words.role[country.role],
      status: country.status,
      statusLabel: words.status[country.status].label,
      destination: country.role === 'host',
      kinds,
      offers: country.offers.map((offer) => ({
        kind: words.kind[offer.kind],
        amount: formatOfferAmount(offer, lang),
        quantity: offer.quantity === 'not stated' ? null : offer.quantity,
        standing: offer.standing,
        standingLabel: standingLabel(offer, lang),
        ...(offer.detail ? { detail: offer.detail } : {}),
      })),
      figure: mapFigure(country, lang),
      offerNote: country.offers.length ? null : noOfferNote(country, lang),
      conditions: [...country.conditions, ...country.offers.flatMap((o) => o.conditions)].map(condition),
      summary: country.summary,
      asOf: country.asOf,
      asOfText: formatter(lang).date(country.asOf),
      sourceText: words.wholeMessages.sourceLine(source.outlet, source.author, source.title, formatParagraphs(paragraphs, lang)),
      paragraphs,
      page: localePath(lang, `/countries/${country.id}/`),
      // The newest few (RELATED_ARTICLES): the data file must not grow with the whole site.
      articles: latest(articles.filter((a) => a.countries.includes(country.id)), RELATED_ARTICLES, (a) => a.published ?? new Date(0)).map((a) => ({ title: a.title, url: localePath(lang, `/articles/${a.id}/`) })),
    };
  });
}

/** The figure the map shows beside a country (see MapFigure): people before money, the largest first. */
export function mapFigure(country: Pick<CountryRecord, 'offers'>, lang: Lang): MapFigure | null {
  const stated = country.offers.flatMap((offer) => (offer.quantity === 'not stated' ? [] : [{ ...offer.quantity, standing: offer.standing, attribution: offer.attribution }]));
  const people = stated.filter((q) => q.unit !== 'USD').sort((a, b) => b.value - a.value);
  const chosen = people[0] ?? stated[0];
  if (!chosen) return null;
  const words = t(lang).mapLabels;
  const money = chosen.unit === 'USD';
  return {
    value: chosen.value,
    text: words.figure(chosen.qualifier, money ? formatter(lang).usd(chosen.value) : formatter(lang).number(chosen.value)),
    // Short, but never stronger than the tables: a figure on one source's word says so on the map too.
    standing: chosen.attribution ? t(lang).attribution[chosen.attribution](words.standing[chosen.standing]) : words.standing[chosen.standing],
    money,
    ceiling: chosen.qualifier === 'up-to',
  };
}
