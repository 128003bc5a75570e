/**
 * Building blocks shared by every content schema. Kept free of Astro runtime
 * imports (only `astro/zod`) so the same schemas run inside the build, inside
 * the content validator and inside Vitest.
 */
import { z } from 'astro/zod';

/** A lowercase, hyphenated identifier such as `antigua-and-barbuda`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "antigua-and-barbuda"');

/** A calendar date written as YYYY-MM-DD, checked to be a real day. */
export const isoDate = z.iso.date({ message: 'must be a real date written YYYY-MM-DD, e.g. "2023-09-26"' });

/** A paragraph of a source, counted from 1. */
export const paragraphNumber = z.number().int('must be a whole paragraph number').positive('must be 1 or more');

/**
 * Where a claim comes from: a record in content/sources.json and the numbered
 * paragraphs of it that the claim rests on. Paragraph numbers are checked
 * against the source's paragraph count by the content validator.
 */
export const citation = z.strictObject({
  /** The id of a record in content/sources.json. */
  source: slug,
  /** Paragraph numbers of the source (1 = its first paragraph of news text). */
  paragraphs: z
    .array(paragraphNumber)
    .min(1, 'must name at least one paragraph'),
});
export type Citation = z.infer<typeof citation>;

/** At least one citation: nothing on the site is unsourced. */
export const citations = z.array(citation).min(1, 'must cite at least one source paragraph');
