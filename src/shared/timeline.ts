/** Ordering and labelling of timeline events. Pure and unit tested. */
import { formatter } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import type { TimelineEvent } from '../domain/schemas/timeline.ts';

/**
 * Oldest first; events on the same sort date keep the order they come in, except that an event
 * the report gives no day for, placed with another (`placedWith`), follows the events of that day.
 */
export function byDate<T extends Pick<TimelineEvent, 'date'> & { placedWith?: string | undefined }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || Number(a.placedWith !== undefined) - Number(b.placedWith !== undefined));
}

/** The date as precisely as the report gives it, and no more precisely. */
export function whenLabel(event: Pick<TimelineEvent, 'date' | 'precision' | 'when'>, lang: Lang): string {
  if (event.when) return event.when;
  const words = t(lang).timeline;
  switch (event.precision) {
    case 'day':
      return formatter(lang).date(event.date);
    case 'month':
      return formatter(lang).month(event.date);
    case 'year':
      return event.date.slice(0, 4);
    case 'week':
      return words.weekOf(formatter(lang).date(event.date));
    case 'approximate':
      // The schema requires `when` for approximate dates; keep a safe wording all the same.
      return words.around(formatter(lang).month(event.date));
  }
}

/** The report's phrases too vague to give a date: an entry dated by one is placed, not dated. */
const PLACING_ONLY = new Set<string>(['recent-weeks', 'nearly-a-year']);

/**
 * For a date we worked out from the report's date: "worked out from “Friday” in the report". An
 * entry with no date of its own (approximate) is only placed by the report's vague words, so it
 * says "placed by “in recent weeks”": no date is worked out for it.
 */
export function workedOutNote(event: Pick<TimelineEvent, 'workedOutFrom' | 'precision'>, lang: Lang): string | null {
  const words = t(lang);
  if (!event.workedOutFrom) return null;
  const phrase = words.relativeDates[event.workedOutFrom];
  return event.precision === 'approximate' && PLACING_ONLY.has(event.workedOutFrom) ? words.timelinePlacement.placedBy(phrase) : words.timeline.workedOut(phrase);
}
