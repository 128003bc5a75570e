import { z } from 'astro/zod';
import { ATTRIBUTIONS, OFFER_KINDS, QUALIFIERS, ROLES, STANDINGS, STATUSES, UNITS } from '../vocabulary.ts';
import { citations, isoDate, paragraphNumber } from './common.ts';
import { evidenceSchema } from './evidence.ts';

export { OFFER_KINDS, QUALIFIERS, ROLES, STANDINGS, STATUSES } from '../vocabulary.ts';
export type { OfferKind, Qualifier, Role, Standing, Status, Unit } from '../vocabulary.ts';

/**
 * Upper bounds that no real offer comes near, so that a slip of the keyboard (extra zeros, 1e15)
 * stops the build instead of reaching a reader: more people than any multinational force has had,
 * more money than any single pledge of this kind.
 */
export const MAX_PEOPLE = 1_000_000;
export const MAX_USD = 1_000_000_000_000;

/** A number the report gives, with how to read it and what it counts. */
export const quantitySchema = z
  .strictObject({
    /** Whole number of people, or of US dollars for money. Never negative or fractional; it must be a figure a cited paragraph states. */
    // Number.isInteger, not .int(): zod's int() also refuses numbers too large to store exactly,
    // and says "must be a whole number" of them; the check below says what is really wrong.
    value: z.number().refine(Number.isInteger, 'must be a whole number').refine((n) => n >= 0, 'must not be negative'),
    /** "exact", "up-to" or "at-least", as the report words it. */
    qualifier: z.enum(QUALIFIERS),
    /** What is counted: "personnel", "uniformed-personnel", "police-officers-and-troops", or "USD" for money. */
    unit: z.enum(UNITS),
  })
  .superRefine((quantity, context) => {
    const money = quantity.unit === 'USD';
    const limit = money ? MAX_USD : MAX_PEOPLE;
    // A fraction is already refused as not a whole number: one fault, one message.
    if (!Number.isInteger(quantity.value)) return;
    if (!Number.isSafeInteger(quantity.value)) {
      context.addIssue({ code: 'custom', path: ['value'], message: `${quantity.value} is too large to store exactly; check for extra zeros` });
    } else if (quantity.value > limit) {
      const what = money ? 'US$1 trillion, more than any pledge of this kind' : '1,000,000 people, more than any multinational force';
      context.addIssue({ code: 'custom', path: ['value'], message: `${quantity.value} is implausible: it is over ${what}; check for extra zeros` });
    }
  });
export type Quantity = z.infer<typeof quantitySchema>;

/** A condition the report states, in our own words, with the paragraphs that state it. */
export const conditionSchema = z.strictObject({
  /** The condition in our own words, e.g. "A UN Security Council resolution authorising the mission." */
  text: z.string().min(1),
  /** The report paragraphs that state it; each must also be among the record's "sources". */
  paragraphs: z.array(paragraphNumber).min(1, 'must name the paragraph that states the condition'),
});
export type Condition = z.infer<typeof conditionSchema>;

/** One thing a country offers. */
export const offerSchema = z.strictObject({
  /** The form of help. */
  kind: z.enum(OFFER_KINDS),
  /** The number, or the literal "not stated" where the report gives none. */
  quantity: z.union([quantitySchema, z.literal('not stated')]),
  /**
   * How firm it is, in the report's terms: "offered" or "announced" by the country, "expected"
   * by others, "discussed" (per a source), "considering", or "to-be-sought" (money not yet secured).
   */
  standing: z.enum(STANDINGS),
  /** The cited paragraph's words that make it that standing, e.g. { "phrase": "is expected to be", "paragraphs": [3] }; the content check requires it. */
  standingEvidence: evidenceSchema.optional(),
  /** "one-source" where the report gives the figure on a single source's word; every label of it then says so. */
  attribution: z.enum(ATTRIBUTIONS).optional(),
  /** Optional specifics in our own words, e.g. the kinds of enabling support listed. */
  detail: z.string().min(1).optional(),
  /** Conditions attached to this offer (may be empty). */
  conditions: z.array(conditionSchema),
});
export type Offer = z.infer<typeof offerSchema>;

/**
 * One country the report names (content/countries/SLUG.json; the file name is
 * the country's id and URL slug).
 */
export const countrySchema = z.strictObject({
  /** Common English name as readers know it, e.g. "The Bahamas". */
  name: z.string().min(1),
  /** The name as running text needs it, where that differs: "the United States" ("Articles that mention the United States"). */
  nameInText: z.string().min(1).optional(),
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
  /**
   * A sentence after the status's general meaning, where this country's record needs one, with its
   * paragraph, e.g. Belize: reported by diplomatic sources, yet the report does describe its support
   * at a meeting. Shown on the country page under the status.
   */
  statusNote: z.strictObject({ text: z.string().min(1), paragraphs: z.array(paragraphNumber).min(1) }).optional(),
  /** The cited paragraph's words that give it that status, e.g. { "phrase": "publicly expressed his support", "paragraphs": [6] }; the content check requires it. */
  statusEvidence: evidenceSchema.optional(),
  /** What it offers; an empty list means the report states no form of help. */
  offers: z.array(offerSchema),
  /**
   * Conditions the report states on the country's participation as a whole, each cited. Empty
   * only when the report states none for this country (pages then say "no conditions stated").
   */
  conditions: z.array(conditionSchema),
  /** One paragraph in our own words: what the report says of this country. */
  summary: z.string().min(40, 'must be a full paragraph (40 characters or more)'),
  /** The report paragraphs this record rests on. */
  sources: citations,
  /** The date the facts are true as of (the report's date), YYYY-MM-DD. */
  asOf: isoDate,
});
export type Country = z.infer<typeof countrySchema>;
