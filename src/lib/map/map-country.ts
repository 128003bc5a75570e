/**
 * Turns country records into what the map, its list and the data downloads show. One function,
 * one shape: the browser gets exactly this (as /data/countries.json) and nothing else, so the map
 * can never say something the pages do not.
 */
import countryCodes from 'i18n-iso-countries';
import { noOfferNote, type CountryRecord } from '../countries';
import { formatOfferAmount, formatParagraphs } from '../format';
import { KIND_LABELS, ROLE_LABELS, STANDING_LABELS, STATUS_LABELS } from '../labels';
import type { Source } from '../schemas/source';
import type { FilterKind, Qualifier, Standing, Status } from '../vocabulary';

export const FILTER_KIND_LABELS: Record<FilterKind, string> = { ...KIND_LABELS, 'not-stated': 'Form of help not stated' };

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
  /** Only when `offers` is empty: what to say instead (host, co-author, or a contributor the report is silent on). */
  offerNote: string | null;
  /** Conditions the report states, on the country and on its offers, each with its paragraphs. */
  conditions: MapCondition[];
  summary: string;
  asOf: string;
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
  quantity: { value: number; qualifier: Qualifier; unit: string } | null;
  standing: Standing;
  standingLabel: string;
  detail?: string;
}

export interface MapCondition {
  text: string;
  paragraphs: number[];
}

export interface ArticleLink {
  id: string;
  title: string;
  countries: readonly string[];
}

export function toMapCountries(countries: readonly CountryRecord[], articles: readonly ArticleLink[], source: Source): MapCountry[] {
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
      roleLabel: ROLE_LABELS[country.role],
      status: country.status,
      statusLabel: STATUS_LABELS[country.status].label,
      destination: country.role === 'host',
      kinds,
      offers: country.offers.map((offer) => ({
        kind: KIND_LABELS[offer.kind],
        amount: formatOfferAmount(offer),
        quantity: offer.quantity === 'not stated' ? null : offer.quantity,
        standing: offer.standing,
        standingLabel: STANDING_LABELS[offer.standing],
        ...(offer.detail ? { detail: offer.detail } : {}),
      })),
      offerNote: country.offers.length ? null : noOfferNote(country),
      conditions: [...country.conditions, ...country.offers.flatMap((o) => o.conditions)],
      summary: country.summary,
      asOf: country.asOf,
      sourceText: `${source.outlet}, ${source.author}, “${source.title}”, ${formatParagraphs(paragraphs)}`,
      paragraphs,
      page: `/countries/${country.id}/`,
      articles: articles.filter((a) => a.countries.includes(country.id)).map((a) => ({ title: a.title, url: `/articles/${a.id}/` })),
    };
  });
}
