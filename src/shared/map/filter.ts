/**
 * Filtering the map by kind of offer and by status, and the counts beside each option. Runs in the
 * browser too, so it imports nothing but the code lists.
 */
import { FILTER_KINDS, STATUSES, type FilterKind, type Status } from '../../domain/vocabulary.ts';
import type { MapCountry } from './map-country.ts';

/** What the reader has chosen to see. An empty set means "everything" for that group. */
export interface MapFilter {
  kinds: ReadonlySet<FilterKind>;
  statuses: ReadonlySet<Status>;
}

export const NO_FILTER: MapFilter = { kinds: new Set(), statuses: new Set() };

/** The host is always shown: it is the destination every line leads to, not a contributor. */
export function isShown(country: Pick<MapCountry, 'kinds' | 'status' | 'destination'>, filter: MapFilter): boolean {
  if (country.destination) return true;
  const kindOk = filter.kinds.size === 0 || country.kinds.some((k) => filter.kinds.has(k));
  const statusOk = filter.statuses.size === 0 || filter.statuses.has(country.status);
  return kindOk && statusOk;
}

/**
 * How many countries each option would show, given the reader's choice in the other group
 * (faceted counts): ticking "Funding" shows how many of each status offer funding. The counts are
 * of rows the list would show, so the always-shown destination counts under its status.
 */
export function facetCounts(countries: readonly MapCountry[], filter: MapFilter) {
  // Every row the list shows is counted, the destination too (it is always shown, and counts
  // under its own status), so "Showing 16 of 16" matches the 16 rows below it.
  const candidates = countries;
  const kinds = Object.fromEntries(
    FILTER_KINDS.map((kind) => [kind, candidates.filter((c) => c.kinds.includes(kind) && isShown(c, { ...filter, kinds: new Set() })).length]),
  ) as Record<FilterKind, number>;
  const statuses = Object.fromEntries(
    STATUSES.map((status) => [status, candidates.filter((c) => c.status === status && isShown(c, { ...filter, statuses: new Set() })).length]),
  ) as Record<Status, number>;
  const shown = candidates.filter((c) => isShown(c, filter)).length;
  return { kinds, statuses, shown, total: candidates.length };
}

/** A line from each contributor to the host, for the map and for its text equivalent. */
export function flowLines(countries: readonly MapCountry[]): { from: string; to: string; points: [[number, number], [number, number]] }[] {
  const host = countries.find((c) => c.destination);
  if (!host) return [];
  return countries
    .filter((c) => !c.destination && c.status !== 'not-a-contributor')
    .map((c) => ({ from: c.id, to: host.id, points: [[c.lat, c.lng], [host.lat, host.lng]] }));
}
