import { z } from 'astro/zod';
import { citations, isoDate, slug } from './common.ts';

/**
 * A YYYY-MM-DD day as a Date. Astro's YAML reader turns an unquoted 2026-11-26 into a Date while
 * other readers keep the text, so both are accepted; anything else ("26 Nov 2026") is rejected.
 */
const dayDate = z
  .preprocess((value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value), isoDate)
  .transform((day) => new Date(`${day}T00:00:00Z`));

/** Front matter of an article (content/articles/SLUG.md; the file name is its URL slug). */
export const articleSchema = z.strictObject({
  /** Headline, in our own words. */
  title: z.string().min(1).max(120),
  /** One or two sentences under the headline; also the page's description. */
  standfirst: z.string().min(40).max(300),
  /** Byline: who at this site wrote it. */
  author: z.string().min(1),
  /** When this article was first published on this site, YYYY-MM-DD. */
  published: dayDate,
  /** When it was last changed, YYYY-MM-DD; never before `published`. */
  updated: dayDate,
  /** Position in the reading order, from 1. */
  order: z.number().int().positive(),
  /** Short section label, e.g. "Contributors". */
  section: z.string().min(1),
  /** Ids of the country records this article concerns (files in content/countries/). */
  countries: z.array(slug),
  /** Report paragraphs the article rests on; every footnote must point at one of them. */
  sources: citations,
  /** Three to five one-sentence takeaways shown above the article. */
  takeaways: z.array(z.string().min(1)).min(2).max(6),
});
export type ArticleData = z.infer<typeof articleSchema>;
