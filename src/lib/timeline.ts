/** Ordering and labelling of timeline events. Pure and unit tested. */
import { RELATIVE_DATE_WORDS } from './figure-check/extract';
import { formatDate, formatMonth } from './format';
import type { TimelineEvent } from './schemas/timeline';

/** Oldest first; events on the same sort date keep the order the editor wrote them in. */
export function byDate<T extends Pick<TimelineEvent, 'date'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date));
}

/** The date as precisely as the report gives it, and no more precisely. */
export function whenLabel(event: Pick<TimelineEvent, 'date' | 'precision' | 'when'>): string {
  if (event.when) return event.when;
  switch (event.precision) {
    case 'day':
      return formatDate(event.date);
    case 'month':
      return formatMonth(event.date);
    case 'year':
      return event.date.slice(0, 4);
    case 'week':
      return `Week of ${formatDate(event.date)}`;
    case 'approximate':
      // The schema requires `when` for approximate dates; keep a safe wording all the same.
      return `Around ${formatMonth(event.date)}`;
  }
}

/** For a date we worked out from the report's date: "worked out from “Friday” in the report". */
export function workedOutNote(event: Pick<TimelineEvent, 'workedOutFrom'>): string | null {
  return event.workedOutFrom ? `worked out from ${RELATIVE_DATE_WORDS[event.workedOutFrom]} in the report` : null;
}
