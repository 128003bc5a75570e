import { z } from 'astro/zod';
import { RELATIVE_DATES } from '../vocabulary.ts';
import { citations, isoDate, slug } from './common.ts';

/** How precisely the report dates an event. */
export const PRECISIONS = ['day', 'week', 'month', 'year', 'approximate'] as const;

/** One dated event (an entry of content/timeline.json). */
export const timelineEventSchema = z
  .strictObject({
    /** Stable id, also the anchor on /timeline/. */
    id: slug,
    /** The date, or the first day of the week/month/year it falls in, YYYY-MM-DD. Used for sorting. */
    date: isoDate,
    /** How precise `date` is. "approximate" needs a `when` label. */
    precision: z.enum(PRECISIONS),
    /** How to show the date when it is relative or vague, e.g. "About a year before September 2023". */
    when: z.string().min(1).optional(),
    /**
     * For a date worked out from the report's date: the relative date a cited paragraph uses
     * ("friday", "monday", "weekend", "last-week", "nearly-a-year"). The figure check counts it
     * from the report's date and the timeline marks the date as worked out.
     */
    workedOutFrom: z.enum(RELATIVE_DATES).optional(),
    /**
     * For an event the report gives no date of its own: the id of the entry it is placed with (same
     * date, listed after it), e.g. an announcement made at a meeting that may be that one.
     */
    placedWith: slug.optional(),
    /** Short headline of the event. */
    title: z.string().min(1),
    /** What happened, in our own words. */
    description: z.string().min(1),
    /** Ids of country records involved. */
    countries: z.array(slug),
    /** Report paragraphs it rests on. */
    sources: citations,
  })
  .refine((event) => event.precision !== 'approximate' || event.when !== undefined, {
    message: 'an approximate date needs a "when" label saying how the report words it',
    path: ['when'],
  });
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Precision = TimelineEvent['precision'];
