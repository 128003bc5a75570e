/** Turning stored numbers and dates into the words readers see. Pure functions, unit tested. */
import { KIND_LABELS, QUALIFIER_WORDS, STANDING_LABELS } from './labels';
import type { Offer, Quantity } from './schemas/country';

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const shortNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** US dollars the way a newsroom writes them: US$250,000, US$1.5 million, US$2 billion. */
export function formatUsd(amount: number): string {
  if (amount >= 1e9) return `US$${shortNumber.format(amount / 1e9)} billion`;
  if (amount >= 1e6) return `US$${shortNumber.format(amount / 1e6)} million`;
  return `US$${wholeNumber.format(amount)}`;
}

/** A stated number in words: "up to 50 uniformed personnel", "1,000 police officers and troops", "US$100 million". */
export function formatQuantity(quantity: Quantity): string {
  const amount = quantity.unit === 'USD' ? formatUsd(quantity.value) : `${wholeNumber.format(quantity.value)} ${quantity.unit}`;
  return `${QUALIFIER_WORDS[quantity.qualifier]}${amount}`;
}

/**
 * The offer's amount with how firm it is, or an honest "not stated": "Up to 500 uniformed
 * personnel (discussed, not described as an offer)", "Number not stated (under consideration)". Every place that
 * shows an offer's figure goes through here, so none can drop the qualifier or the standing.
 */
export function formatOfferAmount(offer: Pick<Offer, 'quantity' | 'standing'>): string {
  return capitalise(offerAmount(offer));
}

/** One line for an offer: "Funding: US$100 million (to be sought, not yet secured)". */
export function formatOffer(offer: Offer): string {
  return `${KIND_LABELS[offer.kind]}: ${offerAmount(offer)}`;
}

function offerAmount(offer: Pick<Offer, 'quantity' | 'standing'>): string {
  const amount = offer.quantity === 'not stated' ? 'not stated in the report' : formatQuantity(offer.quantity);
  return `${amount} (${STANDING_LABELS[offer.standing]})`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "26 September 2023" from a Date or a YYYY-MM-DD string, read in UTC so no reader's time zone shifts the day. */
export function formatDate(date: Date | string): string {
  return longDate.format(toDate(date));
}

/** "September 2023". */
export function formatMonth(date: Date | string): string {
  return monthYear.format(toDate(date));
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

/** "paragraph 7" or "paragraphs 5, 7 and 8". */
export function formatParagraphs(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  if (sorted.length === 1) return `paragraph ${sorted[0]}`;
  return `paragraphs ${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}

/**
 * A quotation as shown: a quote that starts mid-sentence (lower case) gets a leading ellipsis so
 * the reader knows words were left out; otherwise it is shown exactly as stored.
 */
export function quoteText(text: string): string {
  return /^\p{Ll}/u.test(text) ? `…${text}` : text;
}
