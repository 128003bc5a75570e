/**
 * The timeline in date order, with every entry where its label says it is. The page sorts by
 * `date` (ties keep the file's order), so an entry the report gives no day for must still get a
 * sort date that follows from what it is placed by:
 * - worked out from a vague phrase ("in recent weeks", "nearly a year"): the first day that phrase
 *   can mean, shared by every entry worked out from it;
 * - placed with another entry (`placedWith`): that entry's date, listed after it;
 * and no `when` label may contradict the place: "before the report" on or after the report's day,
 * "no date given" on an entry with an exact date, or "no date given" with nothing to place it by.
 */
import { relativeDateRange } from '../figure-check/dates.ts';
import type { Source } from '../../domain/schemas/source.ts';
import type { TimelineEvent } from '../../domain/schemas/timeline.ts';
import type { ContentError } from '../../domain/errors.ts';

interface EventInput {
  file: string;
  data: TimelineEvent;
}

export function checkTimelineOrder(events: readonly EventInput[], sources: readonly { data: Source }[]): ContentError[] {
  const errors: ContentError[] = [];
  const published = new Map(sources.map((s) => [s.data.id, s.data.published]));
  const index = new Map(events.map((event, i) => [event.data.id, i]));

  events.forEach((event, i) => {
    const { data } = event;
    const reportDate = published.get(data.sources[0]?.source ?? '');
    const label = data.when ?? '';
    const undated = /\bno (exact )?date(s)? given\b|\bgives no (exact )?date\b|\bdoes not say on which day\b/i.test(label);

    if (data.precision === 'approximate' && data.workedOutFrom && reportDate) {
      const first = relativeDateRange(data.workedOutFrom, reportDate).from;
      if (data.date !== first) {
        errors.push({
          file: event.file,
          field: 'date',
          message: `${data.date} does not place this undated entry by what it is worked out from: “${data.workedOutFrom}” starts on ${first}, the date every entry worked out from it sorts by`,
        });
      }
    }

    if (data.placedWith !== undefined) {
      const at = index.get(data.placedWith);
      const target = at === undefined ? undefined : events[at];
      if (!target) {
        errors.push({ file: event.file, field: 'placedWith', message: `"${data.placedWith}" is not the id of a timeline entry` });
      } else {
        if (target.data.date !== data.date) errors.push({ file: event.file, field: 'date', message: `${data.date} is not the date of "${data.placedWith}" (${target.data.date}), the entry it is placed with` });
        if (at! > i) errors.push({ file: event.file, field: 'placedWith', message: `must come after "${data.placedWith}" in the file, so the timeline lists it with that entry` });
      }
      if (data.precision !== 'approximate') errors.push({ file: event.file, field: 'precision', message: 'an entry placed with another has no date of its own: use "approximate"' });
    }

    if (reportDate && /\bbefore the report\b/i.test(label) && data.date >= reportDate) {
      errors.push({ file: event.file, field: 'when', message: `says “before the report” but is dated ${data.date}, on or after the report's day (${reportDate}), so the timeline lists it after the report` });
    }
    if (undated && data.precision !== 'approximate') {
      errors.push({ file: event.file, field: 'when', message: `says the report gives no date, but the precision is "${data.precision}"` });
    }
    if (undated && !data.workedOutFrom && data.placedWith === undefined) {
      errors.push({ file: event.file, field: 'when', message: 'an entry with no date given must be placed by something: give "workedOutFrom" (the report\'s vague phrase) or "placedWith" (the entry it goes with)' });
    }
  });
  return errors;
}
