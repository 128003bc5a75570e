import { z } from 'astro/zod';
import { slug } from './common.ts';

/**
 * One term of general background (an entry of content/glossary.json): what a Security Council
 * resolution or a multinational force is. Background does not come from the report, so it has no
 * citation field and is shown labelled as background on /glossary/, which articles link to.
 */
export const glossaryTermSchema = z.strictObject({
  /** Stable id, also the anchor on /glossary/ ("security-council" → /glossary/#security-council). */
  id: slug,
  /** The term as readers meet it, e.g. "UN Security Council". */
  term: z.string().min(1).max(80),
  /** Plain-words background in our own words; nothing about this story's events, no figures from the report. */
  definition: z.string().min(40, 'must be a full sentence or two (40 characters or more)').max(600, 'keep it short: 600 characters at most'),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
