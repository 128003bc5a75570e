/**
 * What a share to a chat app or by e-mail says: the page's key figure with its qualifier and
 * standing, in the page's language, built from the country records ("Belize: up to 50 uniformed
 * personnel (offered), with conditions"). Exactly as strong as the record: the standing is the
 * same words the site shows beside every figure ("discussed, not described as an offer" stays),
 * and a country with conditions says so. Pure, unit tested.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import { isContributor } from './countries.ts';
import { offerAmount } from './format.ts';
import type { Country, Offer, OfferKind } from '../domain/schemas/country.ts';

type FigureCountry = Pick<Country, 'name' | 'offers' | 'conditions' | 'role' | 'status'>;

/** Longest share text we send: a chat preview shows about this much before "read more". */
export const SHARE_TEXT_LIMIT = 200;

const PEOPLE: ReadonlySet<OfferKind> = new Set(['police', 'military', 'personnel']);

/** The offer a share names: the first with a stated figure (people before money), else the first. */
export function keyOffer(country: Pick<Country, 'offers'>): Offer | undefined {
  const stated = country.offers.filter((offer) => offer.quantity !== 'not stated');
  return stated.find((offer) => PEOPLE.has(offer.kind)) ?? stated[0] ?? country.offers[0];
}

/** "Belize: up to 50 uniformed personnel (offered), with conditions". */
export function keyFigure(country: FigureCountry, lang: Lang): string {
  const words = t(lang);
  const offer = keyOffer(country);
  if (!offer) {
    // No offer: a contributor the report gives no figure for, or the host / a co-author, by role.
    if (!isContributor(country)) return words.shareText.figure(country.name, lowerFirst(words.role[country.role]));
    const conditions = country.conditions.length > 0 ? `, ${words.shareText.conditions}` : '';
    return words.shareText.figure(country.name, `${words.shareText.noFigure}${conditions}`);
  }
  // The same words as every other place that shows an offer (format.ts): the qualifier, the
  // standing and who says so ("discussed, one source said; …"), or what was stated without a figure.
  let text = offerAmount(offer, lang);
  if (country.conditions.length > 0 || offer.conditions.length > 0) text += `, ${words.shareText.conditions}`;
  const others = country.offers.length - 1;
  if (others > 0) text += `; ${words.shareText.more(others)}`;
  return words.shareText.figure(country.name, text);
}

/**
 * An article's share text: its title and the key figure of the first country it concerns that
 * has one (in the article's own order), or the title alone. Never over SHARE_TEXT_LIMIT: when the
 * two do not fit, the figure goes, since the link preview shows the title anyway.
 */
export function articleShareText(title: string, countries: readonly FigureCountry[], lang: Lang): string {
  const country = countries.find((c) => c.offers.some((offer) => offer.quantity !== 'not stated'));
  if (!country) return title;
  const text = `${title} — ${keyFigure(country, lang)}`;
  return text.length <= SHARE_TEXT_LIMIT ? text : title;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
