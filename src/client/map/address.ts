/**
 * The map's state (chosen country, filters) and the address bar that carries it: one place that
 * holds the state, so every change goes through the same door and the address never disagrees
 * with what the map shows. Back/Forward read it back (reload()).
 */
import { readMapState, writeMapState, type MapState } from '../../shared/map/url-state.ts';

export interface MapAddress {
  readonly state: MapState;
  /** Changes the state; the address follows when `url` says so (a new history entry when push). */
  set(next: Partial<MapState>, url?: { push: boolean }): void;
  /** The state from the address as it is now (after Back or Forward). */
  reload(): MapState;
}

export function mapAddress(knownCountries: ReadonlySet<string>): MapAddress {
  let state = readMapState(window.location.search, knownCountries);
  return {
    get state() {
      return state;
    },
    set(next, url) {
      state = { ...state, ...next };
      if (url) writeAddress(state, url.push);
    },
    reload() {
      state = readMapState(window.location.search, knownCountries);
      return state;
    },
  };
}

function writeAddress(state: MapState, push: boolean) {
  const { pathname, search, hash } = window.location;
  const query = writeMapState(state);
  if (query === search) return;
  const url = `${pathname}${query}${hash}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  keepLanguageLinksInStep();
}

/**
 * The language switcher leads to the same view in another language: the same country and
 * filters, since every language uses the same query (/ht/map/?country=belize).
 */
export function keepLanguageLinksInStep(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]')) {
    link.href = `${link.dataset['langLink'] ?? ''}${window.location.search}`;
  }
}
