import { z } from 'astro/zod';
import { OFFER_KINDS, QUALIFIERS, ROLES, STATUSES } from '../vocabulary';
import { citations, isoDate } from './common';

export { OFFER_KINDS, QUALIFIERS, ROLES, STATUSES } from '../vocabulary';
export type { OfferKind, Qualifier, Role, Status } from '../vocabulary';

/** A number the report gives, with how to read it and what it counts. */
export const quantitySchema = z.strictObject({
  /** Whole number of people, or of US dollars for money. Never negative or fractional. */
  value: z.number().int('must be a whole number').nonnegative('must not be negative'),
  /** "exact", "up-to" or "at-least", as the report words it. */
  qualifier: z.enum(QUALIFIERS),
  /** What is counted, e.g. "uniformed personnel"; "USD" for money (shown as US$). */
  unit: z.string().min(1),
});
export type Quantity = z.infer<typeof quantitySchema>;

/** One thing a country offers. */
export const offerSchema = z.strictObject({
  /** The form of help. */
  kind: z.enum(OFFER_KINDS),
  /** The number, or the literal "not stated" where the report gives none. */
  quantity: z.union([quantitySchema, z.literal('not stated')]),
  /** Optional specifics in our own words, e.g. the kinds of enabling support listed. */
  detail: z.string().min(1).optional(),
  /** Conditions attached to this offer, in our own words (may be empty). */
  conditions: z.array(z.string().min(1)),
});
export type Offer = z.infer<typeof offerSchema>;

/**
 * One country the report names (content/countries/SLUG.json; the file name is
 * the country's id and URL slug).
 */
export const countrySchema = z.strictObject({
  /** Common English name as readers know it, e.g. "The Bahamas". */
  name: z.string().min(1),
  /** ISO 3166-1 alpha-3 code, e.g. "BLZ"; checked against the ISO list. */
  iso3: z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3), e.g. "KEN"'),
  /** Where the map puts this country's marker (a point inside the country). */
  point: z.strictObject({
    lat: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
    lng: z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180'),
  }),
  /** The country's part in the mission. */
  role: z.enum(ROLES),
  /** How firm its involvement is, as reported. */
  status: z.enum(STATUSES),
  /** What it offers; an empty list means the report states no form of help. */
  offers: z.array(offerSchema),
  /** Conditions on the country's participation as a whole, in our own words (may be empty). */
  conditions: z.array(z.string().min(1)),
  /** One paragraph in our own words: what the report says of this country. */
  summary: z.string().min(40, 'must be a full paragraph (40 characters or more)'),
  /** The report paragraphs this record rests on. */
  sources: citations,
  /** The date the facts are true as of (the report's date), YYYY-MM-DD. */
  asOf: isoDate,
});
export type Country = z.infer<typeof countrySchema>;
