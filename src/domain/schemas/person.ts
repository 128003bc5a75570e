import { z } from 'astro/zod';
import { citations, slug } from './common.ts';

/** One person the report names (an entry of content/people.json). */
export const personSchema = z.strictObject({
  /** Stable id, also the anchor on /people/. */
  id: slug,
  /** Full name as the report gives it. */
  name: z.string().min(1),
  /** Their post at the time of the report, e.g. "Kenya's president". */
  role: z.string().min(1),
  /** Id of the country record they belong to. */
  country: slug,
  /** What they said or did in the report, in our own words. */
  part: z.string().min(1),
  /** An optional brief quotation of their own spoken words (kept short), with its paragraph. */
  quote: z
    .strictObject({
      text: z.string().min(1).max(200, 'quotes must stay brief (200 characters at most)'),
      paragraph: z.number().int().positive(),
    })
    .optional(),
  /** Report paragraphs it rests on. */
  sources: citations,
});
export type Person = z.infer<typeof personSchema>;
