import { z } from 'astro/zod';
import { RELATIVE_DATES } from '../vocabulary.ts';
import { isoDate, slug } from './common.ts';

/**
 * The figures one paragraph states (facts, never its sentences): numbers as canonical strings
 * ("1000", "100000000", "tens of thousands"), month names, and the relative dates it uses.
 */
const paragraphFigures = z.strictObject({
  numbers: z.array(z.string().min(1)),
  months: z.array(z.string().min(1)),
  relative: z.array(z.enum(RELATIVE_DATES)),
});

/**
 * A news report the site explains (content/sources.json). The report's text is
 * never copied in: only what a citation needs, and how many paragraphs it has so
 * that every paragraph number on the site can be checked.
 */
export const sourceSchema = z.strictObject({
  /** Stable id used by citations, e.g. "miami-herald-2023-09-26". */
  id: slug,
  /** The publication, e.g. "Miami Herald". */
  outlet: z.string().min(1),
  /** The reporter named in the byline. */
  author: z.string().min(1),
  /** The headline as published. */
  title: z.string().min(1),
  /** Publication date, YYYY-MM-DD. */
  published: isoDate,
  /** How many paragraphs of news text the report has (the numbering used in citations). */
  paragraphs: z.number().int().positive(),
  /**
   * What each paragraph states, keyed by paragraph number (paragraphs with no figure are left
   * out). Derived from the report by the figure check's own extractor; the figure check holds
   * every figure on the site to it, and a test re-derives it wherever the report's text is at hand.
   */
  figures: z.record(z.string().regex(/^[1-9]\d*$/, 'must be a paragraph number'), paragraphFigures),
  /**
   * The phrases of the standing-evidence table (src/build/content-check/standing-evidence.ts) that
   * each paragraph contains, keyed by paragraph number: what a country's status, an offer's
   * standing and its kind of personnel are held to. Derived from the report; a test re-derives it.
   */
  wording: z.record(z.string().regex(/^[1-9]\d*$/, 'must be a paragraph number'), z.array(z.string().min(1))).optional(),
});
export type Source = z.infer<typeof sourceSchema>;
