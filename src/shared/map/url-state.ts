/**
 * The map's state in its address, so any view can be shared and Back/Forward work:
 * /map/?country=belize&kind=police,funding&status=stated-in-public. Unknown values are dropped
 * rather than trusted. Pure and unit tested; the browser code only calls these.
 */
import { FILTER_KINDS, STATUSES, type FilterKind, type Status } from '../../domain/vocabulary.ts';
import { NO_FILTER, type MapFilter } from './filter.ts';

export interface MapState {
  country: string | null;
  filter: MapFilter;
}

export function readMapState(search: string, knownCountries: ReadonlySet<string>): MapState {
  const params = new URLSearchParams(search);
  const country = params.get('country');
  const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
  return {
    country: country && knownCountries.has(country) ? country : null,
    filter: {
      kinds: new Set(list('kind').filter((k): k is FilterKind => (FILTER_KINDS as readonly string[]).includes(k))),
      statuses: new Set(list('status').filter((s): s is Status => (STATUSES as readonly string[]).includes(s))),
    },
  };
}

/** The query string for a state ("" when nothing is chosen), in a stable order so links compare equal. */
export function writeMapState(state: MapState): string {
  const params = new URLSearchParams();
  if (state.country) params.set('country', state.country);
  const kinds = FILTER_KINDS.filter((k) => state.filter.kinds.has(k));
  const statuses = STATUSES.filter((s) => state.filter.statuses.has(s));
  if (kinds.length) params.set('kind', kinds.join(','));
  if (statuses.length) params.set('status', statuses.join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** A link to one country on the map, e.g. for "copy link". */
export function countryLink(origin: string, mapPath: string, country: string): string {
  return `${origin}${mapPath}${writeMapState({ country, filter: NO_FILTER })}`;
}
