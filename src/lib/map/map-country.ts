/**
 * Turns country records into what the map, its list and the data downloads show. One function,
 * one shape: the browser gets exactly this (as /data/countries.json) and nothing else, so the map
 * can never say something the pages do not.
 */
import countryCodes from 'i18n-iso-countries';
import { fundingOffered, noOfferNote, personnelOffered, type CountryRecord } from '../countries';
import { formatOfferAmount, formatParagraphs } from '../format';
import { KIND_LABELS, ROLE_LABELS, STATUS_LABELS } from '../labels';
import type { Source } from '../schemas/source';
import type { FilterKind, Status } from '../vocabulary';

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
  offers: { kind: string; amount: string; detail?: string; conditions: string[] }[];
  /** What to say when `offers` is empty (host, co-author, or a contributor the report is silent on). */
  offerNote: string;
  conditions: string[];
  summary: string;
  /** People offered, or null where the report gives no number (for sorting). */
  personnel: number | null;
  /** US dollars offered, or null (for sorting). */
  fundingUsd: number | null;
  asOf: string;
  /** "Miami Herald, 26 September 2023, paragraphs 5 and 7". */
  sourceText: string;
  paragraphs: number[];
  page: string;
  articles: { title: string; url: string }[];
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
        ...(offer.detail ? { detail: offer.detail } : {}),
        conditions: offer.conditions,
      })),
      offerNote: noOfferNote(country),
      conditions: country.conditions,
      summary: country.summary,
      personnel: personnelOffered(country),
      fundingUsd: fundingOffered(country),
      asOf: country.asOf,
      sourceText: `${source.outlet}, ${source.author}, “${source.title}”, ${formatParagraphs(paragraphs)}`,
      paragraphs,
      page: `/countries/${country.id}/`,
      articles: articles.filter((a) => a.countries.includes(country.id)).map((a) => ({ title: a.title, url: `/articles/${a.id}/` })),
    };
  });
}
