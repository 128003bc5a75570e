/** Country names in each language. Build-time only: it carries the ISO code table, which no page script needs. */
import countryCodes from 'i18n-iso-countries';
import { FR_COUNTRIES } from './french-countries.ts';
import { HT_COUNTRY_NAMES } from './kreyol.ts';
import type { Lang } from './languages.ts';

/**
 * A country's name: the record's own name in English ("The Bahamas"), the French table's (with its
 * article and preposition, src/i18n/french-countries.ts) or else Intl's in French, the Kreyòl table's in Kreyòl. Undefined when Kreyòl has no name yet (the content check reports it).
 */
export function countryName(lang: Lang, iso3: string, englishName: string): string | undefined {
  if (lang === 'en') return englishName;
  if (lang === 'ht') return HT_COUNTRY_NAMES[iso3];
  if (FR_COUNTRIES[iso3]) return FR_COUNTRIES[iso3].name;
  const alpha2 = countryCodes.alpha3ToAlpha2(iso3);
  return alpha2 ? new Intl.DisplayNames(['fr'], { type: 'region' }).of(alpha2) : undefined;
}
