/**
 * The report's own words behind a label: a country's `status` and each offer's `standing` carry
 * the short phrase of a cited paragraph that justifies them, so that no label can be firmer than
 * its paragraph ("is expected to be" can never be shown as "offered"). The content check holds
 * the phrase to the report (content/sources.json "wording") and to the standing or status it is
 * given for (src/build/content-check/standing-evidence.ts).
 */
import { z } from 'astro/zod';
import { paragraphNumber } from './common.ts';

export const evidenceSchema = z.strictObject({
  /** A few words exactly as the report has them, e.g. "is expected to be" or "offered to deploy up to". */
  phrase: z.string().min(3).max(80),
  /** The paragraphs it is in (at least one must hold it); each must also be listed in the record's "sources". */
  paragraphs: z.array(paragraphNumber).min(1, 'must name the paragraph the phrase is in'),
});
export type Evidence = z.infer<typeof evidenceSchema>;
