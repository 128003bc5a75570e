/**
 * Turning stored numbers and dates into the words readers see, in each language. Pure functions,
 * unit tested. Every function names its language: none defaults to English.
 */
import { t } from '../i18n/index.ts';
import { formatter } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Offer, Quantity } from '../domain/schemas/country.ts';

/** A stated number in words: "up to 50 uniformed personnel", "1,000 police officers and troops", "US$100 million". */
export function formatQuantity(quantity: Quantity, lang: Lang): string {
  const format = formatter(lang);
  const number = quantity.unit === 'USD' ? format.usd(quantity.value) : format.number(quantity.value);
  return t(lang).quantity(quantity.qualifier, quantity.unit, number);
}

/**
 * The offer's amount with how firm it is, or an honest "not stated": "Up to 500 uniformed
 * personnel (discussed, not described as an offer)". Every place that shows an offer's figure goes
 * through here, so none can drop the qualifier or the standing.
 */
export function formatOfferAmount(offer: Pick<Offer, 'quantity' | 'standing' | 'attribution'>, lang: Lang): string {
  return capitalise(offerAmount(offer, lang));
}

/**
 * Units whose words already say the offer's kind: "1,000 police officers and troops" is police and
 * military, so the line does not say it twice ("Police and military: 1,000 police officers and…").
 */
const UNIT_SAYS_KIND: Partial<Record<Quantity['unit'], Offer['kind']>> = { 'police-officers-and-troops': 'police-and-military' };

/** One line for an offer: "Funding: US$100 million (to be sought, not yet secured)". */
export function formatOffer(offer: Offer, lang: Lang): string {
  const amount = offerAmount(offer, lang);
  if (offer.quantity !== 'not stated' && UNIT_SAYS_KIND[offer.quantity.unit] === offer.kind) return capitalise(amount);
  return `${t(lang).kind[offer.kind]}: ${amount}`;
}

/** The amount and how firm it is, in running text (not capitalised): for share texts and lines. */
export function offerAmount(offer: Pick<Offer, 'quantity' | 'standing' | 'attribution'>, lang: Lang): string {
  const words = t(lang);
  // Without a figure, the standing is said of what the report does state (an intent, help it
  // lists), so "not stated (announced)" never reads as an announced figure or as the report's silence.
  if (offer.quantity === 'not stated') return attributed(offer, words.offerWithoutFigure[offer.standing], lang);
  // The standing agrees with what is counted, in the page's language ("150 personnes (annoncées)").
  return `${formatQuantity(offer.quantity, lang)} (${standingLabel(offer, lang)})`;
}

/**
 * How firm an offer is, with who says so where the report gives it on one source's word:
 * "discussed, one source said; not described as an offer". The map's data and every table use it.
 */
export function standingLabel(offer: Pick<Offer, 'standing' | 'attribution'> & { quantity?: Offer['quantity'] | null }, lang: Lang): string {
  // Agreed with what the figure counts where there is one (issue 18): "150 personnes (annoncées)".
  const words = t(lang);
  const label = offer.quantity && offer.quantity !== 'not stated' ? words.wholeMessages.standingAgreed(offer.quantity.unit, offer.standing) : words.standing[offer.standing];
  return attributed(offer, label, lang);
}

function attributed(offer: Pick<Offer, 'standing' | 'attribution'>, label: string, lang: Lang): string {
  return offer.attribution ? t(lang).attribution[offer.attribution](label) : label;
}

/** Text ended with one full stop: "how much." stays as it is, "offered" becomes "offered.". */
export function endSentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** YYYY-MM-DD, for `<time datetime>` and machine-readable output. */
export function isoDay(date: Date | string): string {
  return toDate(date).toISOString().slice(0, 10);
}

function toDate(date: Date | string): Date {
  return typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
}

/** Reading time at 200 words a minute (a plain-English reader on a phone), never less than a minute. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.ceil(words / 200));
}

/** "paragraph 7" or "paragraphs 5, 7 and 8", "paragraphes 5, 7 et 8", "paragraf 5, 7 ak 8". */
export function formatParagraphs(paragraphs: readonly number[], lang: Lang): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b).map(String);
  return t(lang).source.paragraphs(formatter(lang).list(sorted), sorted.length);
}

/**
 * A quotation as shown: a quote that starts mid-sentence (lower case) gets a leading ellipsis so
 * the reader knows words were left out; otherwise it is shown exactly as stored.
 */
export function quoteText(text: string): string {
  return /^\p{Ll}/u.test(text) ? `…${text}` : text;
}
