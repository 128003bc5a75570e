/**
 * Turning the report's relative dates ("on Friday", "last week") into calendar days, counted from
 * the report's own date. Pure; unit tested. Days are YYYY-MM-DD strings read in UTC.
 */
import type { RelativeDate } from '../../domain/vocabulary.ts';

export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The most recent given weekday strictly before `day` (0 = Sunday … 6 = Saturday). */
function previousWeekday(day: string, weekday: number): number {
  const time = toTime(day);
  const back = (new Date(time).getUTCDay() - weekday + 7) % 7 || 7;
  return time - back * DAY_MS;
}

/**
 * The days a relative date can mean in a report published on `reportDate`. "Friday" is the
 * Friday before it; "the weekend" the Saturday and Sunday before it; "last week" Monday to Sunday
 * of the week before; "in recent weeks" the six weeks up to it; "nearly a year" (before) between
 * twelve and nine months earlier.
 */
export function relativeDateRange(relative: RelativeDate, reportDate: string): DayRange {
  switch (relative) {
    case 'friday': {
      const day = toDay(previousWeekday(reportDate, 5));
      return { from: day, to: day };
    }
    case 'monday': {
      const day = toDay(previousWeekday(reportDate, 1));
      return { from: day, to: day };
    }
    case 'weekend': {
      const sunday = previousWeekday(reportDate, 0);
      return { from: toDay(sunday - DAY_MS), to: toDay(sunday) };
    }
    case 'last-week': {
      const thisMonday = previousWeekday(toDay(toTime(reportDate) + DAY_MS), 1);
      return { from: toDay(thisMonday - 7 * DAY_MS), to: toDay(thisMonday - DAY_MS) };
    }
    case 'recent-weeks':
      return { from: toDay(toTime(reportDate) - 42 * DAY_MS), to: reportDate };
    case 'nearly-a-year': {
      const date = new Date(toTime(reportDate));
      const monthsBefore = (n: number) => toDay(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - n, date.getUTCDate()));
      return { from: monthsBefore(12), to: monthsBefore(9) };
    }
  }
}

export function inRange(day: string, range: DayRange): boolean {
  return day >= range.from && day <= range.to;
}
