/** Ordering and labelling of timeline events. Pure and unit tested. */
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
