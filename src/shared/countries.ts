/** Questions asked of country records by pages, the map and the data export. Pure and unit tested. */
import { runOnList } from './run-on.ts';
import { formatOffer, formatOfferAmount } from './format.ts';
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Country, OfferKind, Role, Status } from '../domain/schemas/country.ts';

/** A country record with its id (the file name under content/countries/, also its URL slug). */
export type CountryRecord = Country & { id: string };

/** The country's name as running text needs it: "the United States", "Belize". */
export function nameInText(country: Pick<Country, 'name' | 'nameInText'>): string {
  return country.nameInText ?? country.name;
}

const PEOPLE_KINDS: ReadonlySet<OfferKind> = new Set(['police', 'military', 'police-and-military', 'personnel']);

/** Reading order for the contributor table: the lead first, the host last. */
const ROLE_ORDER: Record<Role, number> = {
  'lead-nation': 0,
  backer: 1,
  contributor: 2,
  'possible-contributor': 3,
  'co-drafter': 4,
  host: 5,
};

/** Firmer commitments first. */
const STATUS_ORDER: Record<Status, number> = {
  'stated-in-public': 0,
  'diplomatic-sources': 1,
  'under-discussion': 2,
  'not-a-contributor': 3,
};

/**
 * People (police, soldiers or either) in the country's offers, or null when the report gives no
 * number. A sort key only: what readers see is always formatOfferAmount, qualifier and standing included.
 */
export function personnelOffered(country: Country): number | null {
  return sumOffers(country, (kind) => PEOPLE_KINDS.has(kind));
}

/** US dollars in the country's offers, or null when the report gives no sum. A sort key only, as above. */
export function fundingOffered(country: Country): number | null {
  return sumOffers(country, (kind) => kind === 'funding');
}

function sumOffers(country: Country, include: (kind: OfferKind) => boolean): number | null {
  let total: number | null = null;
  for (const offer of country.offers) {
    if (include(offer.kind) && offer.quantity !== 'not stated') total = (total ?? 0) + offer.quantity.value;
  }
  return total;
}

/** True for every country offering or weighing help (not the host or a co-author alone). */
export function isContributor(country: Pick<Country, 'status'>): boolean {
  return country.status !== 'not-a-contributor';
}

/** Lead nation first, then by role, firmness of commitment and name. */
export function sortForReading<T extends CountryRecord>(countries: readonly T[]): T[] {
  return [...countries].sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      a.name.localeCompare(b.name, 'en'),
  );
}

export { compareAmounts } from './compare.ts';

/** What the contributor table shows in its three offer columns: people, money, and other help. */
export interface OfferColumns {
  people: string;
  money: string;
  other: string;
}

/**
 * Splits a country's offers into the table's columns, in words. "Not stated" where the report
 * mentions such an offer without a number; "None stated" where it mentions none at all.
 */
export function offerColumns(country: Country, lang: Lang): OfferColumns {
  const describe = (include: (kind: OfferKind) => boolean, withKind: boolean) => {
    const offers = country.offers.filter((o) => include(o.kind));
    if (offers.length === 0) return t(lang).offers.noneStated;
    // Each offer after the first runs on after the semicolon, without a capital.
    return runOnList(offers.map((o) => (withKind ? formatOffer(o, lang) : formatOfferAmount(o, lang))), '; ');
  };
  return {
    people: describe((kind) => PEOPLE_KINDS.has(kind), false),
    money: describe((kind) => kind === 'funding', false),
    other: describe((kind) => !PEOPLE_KINDS.has(kind) && kind !== 'funding', true),
  };
}

/** What to say where a country has no offer, so the host and a co-author are not called silent contributors. */
export function noOfferNote(country: Pick<Country, 'role' | 'status'>, lang: Lang): string {
  const words = t(lang);
  if (country.role === 'host') return words.offers.hostNote;
  if (country.status === 'not-a-contributor') return words.offers.notContributorNote(words.role[country.role]);
  return words.offers.silentNote;
}

/** One line for a country's offers, for descriptions and share cards; never silent about a missing offer. */
export function summariseOffers(country: Pick<Country, 'offers' | 'role' | 'status'>, lang: Lang): string {
  return country.offers.length ? runOnList(country.offers.map((offer) => formatOffer(offer, lang)), '; ') : noOfferNote(country, lang);
}

/**
 * The one way the site states how many countries it covers, computed from the records and said to
 * be the site's own count: the report's count is "at least a dozen" (paragraph 1), which the site
 * never restates as a number.
 */
export function countSentence(countries: readonly Pick<Country, 'status'>[], lang: Lang): string {
  const helping = countries.filter(isContributor).length;
  return t(lang).count(helping, countries.length - helping);
}
