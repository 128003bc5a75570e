import { z } from 'astro/zod';
import { isoDate, slug } from './common';

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
  /** How paragraphs are counted, shown on the sources page so a reader can check a citation. */
  numbering: z.string().min(1),
});
export type Source = z.infer<typeof sourceSchema>;
