/**
 * The fixed code lists of the content model. Kept free of any import so browser code (the map)
 * can use them without pulling the schema library into a page.
 */

/** What a country is to the mission, as the report describes it. */
export const ROLES = ['lead-nation', 'contributor', 'possible-contributor', 'backer', 'co-drafter', 'host'] as const;

/**
 * How the report knows of a country's involvement (defined on the sources and method page).
 * "stated-in-public" means said in public, by the country or by US officials; it is not a claim
 * that the country announced a contribution.
 */
export const STATUSES = ['stated-in-public', 'diplomatic-sources', 'under-discussion', 'not-a-contributor'] as const;

/**
 * The form an offer takes. "police-and-military" is a figure the report gives for both at once
 * (Kenya's "police officers and troops"). "personnel" means people whose police-or-military kind is not decided or not stated. */
export const OFFER_KINDS = ['police', 'military', 'police-and-military', 'personnel', 'funding', 'equipment', 'enabling-support'] as const;

/** What a stated number counts; "USD" for money. Each language's dictionary says it in words. */
export const UNITS = ['personnel', 'uniformed-personnel', 'police-officers-and-troops', 'USD'] as const;

/** How a stated number should be read. */
export const QUALIFIERS = ['exact', 'up-to', 'at-least'] as const;

/**
 * How firm an offer is, in the report's own terms: offered or announced by the country, expected
 * by others, discussed according to a source, under consideration, money still to be sought, or
 * help the giver says it is prepared to provide (not described as an offer).
 * Shown beside every figure so that "up to 500" discussed never reads as 500 offered.
 */
export const STANDINGS = ['offered', 'announced', 'expected', 'discussed', 'considering', 'to-be-sought', 'prepared'] as const;

/**
 * Who the report says a figure comes from, where that weakens it: "one-source" is a figure the
 * report gives on the word of a single source ("One source said ... has discussed sending up to
 * 500"). Every label of that figure then says so.
 */
export const ATTRIBUTIONS = ['one-source'] as const;

/** The kinds a map reader can filter by: the offer kinds, plus "not-stated" for countries with none. */
export const FILTER_KINDS = [...OFFER_KINDS, 'not-stated'] as const;

export type Role = (typeof ROLES)[number];
export type Status = (typeof STATUSES)[number];
export type OfferKind = (typeof OFFER_KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Standing = (typeof STANDINGS)[number];
export type Unit = (typeof UNITS)[number];
export type Attribution = (typeof ATTRIBUTIONS)[number];
export type FilterKind = (typeof FILTER_KINDS)[number];

/**
 * The relative dates a report can use, as they are stored per paragraph. Each is resolved against
 * the report's date by `relativeDateRange` (src/build/figure-check/dates.ts).
 */
export const RELATIVE_DATES = ['friday', 'monday', 'weekend', 'last-week', 'recent-weeks', 'nearly-a-year'] as const;
export type RelativeDate = (typeof RELATIVE_DATES)[number];
