/**
 * The contributor map: Leaflet over the self-hosted basemap, wired to the details panel, the
 * filters, the table and the address bar. Modes (data-mode on the root):
 * - "full" (/map/): everything; the address names the selection, Back/Forward move between them.
 * - "embed" (/embed/map/): the same without the site around it; links open outside the iframe.
 * - "compact" (home and country pages): a small map; a marker opens that country on /map/.
 */
import 'leaflet/dist/leaflet.css';
import type * as Leaflet from 'leaflet';
import { fill } from '../../i18n/fill';
import type { ClientStrings } from '../../i18n/dictionaries/en';
import { facetCounts, isShown } from '../../lib/map/filter';
import type { MapCountry } from '../../lib/map/map-country';
import { countryLink, readMapState, writeMapState, type MapState } from '../../lib/map/url-state';
import type { FilterKind, Status } from '../../lib/vocabulary';
import { addBasemap, addFlowLines, addMarkers, keepMarkersApart, markerLabel } from './layers';
import { fetchBasemap, fetchCountries } from './map-data-client';
import { renderPanel } from './panel';
import { enableRowSelection, enableSorting, markSelectedRow } from './table';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The page's words, written into the map's root by ContributorMap.astro (the script carries none of its own). */
export function mapStrings(root: HTMLElement): ClientStrings {
  return JSON.parse(root.dataset['mapStrings'] ?? '{}') as ClientStrings;
}

export async function mountContributorMap(root: HTMLElement): Promise<void> {
  const mode = root.dataset['mode'] ?? 'full';
  const mapPath = root.dataset['mapPath'] ?? '/map/';
  const words = mapStrings(root);
  const shownText = (shown: number, total: number) => fill(words.shown, { shown, total });
  const canvas = root.querySelector<HTMLElement>('[data-map-canvas]');
  if (!canvas) return;
  const notice = root.querySelector<HTMLElement>('[data-map-notice]');
  const announcer = root.querySelector<HTMLElement>('[data-map-announcer]');
  const panel = root.querySelector<HTMLElement>('[data-map-panel]');
  const table = root.querySelector<HTMLTableElement>('table[data-map-table]');
  const filters = root.querySelector<HTMLElement>('[data-map-filters]');

  // Started before Leaflet loads; a failure is caught here at once and becomes `null` (a notice).
  const basemapRequest = fetchBasemap().catch(() => null);
  const [{ default: L }, data] = await Promise.all([import('leaflet'), fetchCountries(root.dataset['mapData'] ?? '/data/countries.json')]);
  const countries = data.countries;
  const byId = new Map(countries.map((c) => [c.id, c]));
  const known = new Set(countries.map((c) => c.id));
  let state: MapState = readMapState(window.location.search, known);
  let opener: HTMLElement | null = null;

  const map = L.map(canvas, {
    renderer: L.svg({ padding: 0.5 }),
    zoomSnap: 0.25,
    minZoom: 0,
    maxZoom: 7,
    worldCopyJump: false,
    maxBounds: [[-75, -200], [85, 200]],
    attributionControl: false,
    scrollWheelZoom: mode !== 'compact',
  });
  L.control.attribution({ prefix: false }).addAttribution(words.attribution).addTo(map);
  const highlight = root.dataset['highlight'];
  const startAt = highlight ? byId.get(highlight) : undefined;
  if (startAt) map.setView([startAt.lat, startAt.lng], 3);
  else map.fitBounds([[-38, -125], [58, 122]]);

  let shapes = new Map<string, Leaflet.Path>();
  void basemapRequest.then((topology) => {
    if (!topology) {
      if (notice) {
        notice.hidden = false;
        notice.textContent = words.basemapFailed;
      }
      return;
    }
    shapes = addBasemap(L, map, topology, countries);
    // The outlines may arrive after a selection or a filter was made: bring them up to date.
    if (highlight) shapes.get(highlight)?.getElement()?.classList.add('is-selected');
    if (mode !== 'compact') {
      applyFilter();
      showSelection(state.country ? byId.get(state.country) : undefined);
    }
  });

  const lines = addFlowLines(L, map, countries);
  const markers = addMarkers(
    L,
    map,
    countries,
    (id, opener) => {
      if (mode === 'compact') window.location.assign(countryLink('', mapPath, id));
      else select(id, { opener, push: true });
    },
    mode === 'compact',
    words,
  );
  keepMarkersApart(L, map, countries, markers);
  if (highlight) markers.get(highlight)?.getElement()?.classList.add('is-selected');
  root.dataset['mapReady'] = 'true';
  // Read by `npm run bench`: how long until a reader can use the markers.
  performance.mark('map-ready');
  if (mode === 'compact') return;

  // ---- full and embed modes: selection, filters, table, address bar ----
  const placeholderText = table ? words.panelHintWithList : words.panelHint;

  function announce(text: string) {
    if (announcer) announcer.textContent = text;
  }

  function updateUrl(push: boolean) {
    const url = `${window.location.pathname}${writeMapState(state)}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    keepLanguageLinksInStep();
  }

  function showSelection(country: MapCountry | undefined) {
    for (const [id, marker] of markers) {
      const element = marker.getElement();
      element?.classList.toggle('is-selected', id === country?.id);
      element?.setAttribute('aria-pressed', String(id === country?.id));
      if (id === country?.id) marker.setZIndexOffset(1000);
      else marker.setZIndexOffset(0);
    }
    for (const [id, shape] of shapes) shape.getElement()?.classList.toggle('is-selected', id === country?.id);
    for (const [id, line] of lines) line.getElement()?.classList.toggle('is-selected', id === country?.id);
    if (table) markSelectedRow(table, country?.id ?? null);
  }

  function select(id: string, options: { opener?: HTMLElement; push?: boolean; focusPanel?: boolean } = {}) {
    const country = byId.get(id);
    if (!country || !panel) return;
    if (options.opener) opener = options.opener;
    const changed = state.country !== id;
    state = { ...state, country: id };
    renderPanel(panel, country, {
      onClose: () => close(true),
      onCopyLink: () => void copyLink(country),
      words,
      ...(mode === 'embed' ? { linkTarget: '_top' } : {}),
    });
    showSelection(country);
    const zoom = Math.max(map.getZoom(), 4);
    if (reducedMotion()) map.setView([country.lat, country.lng], zoom, { animate: false });
    else map.flyTo([country.lat, country.lng], zoom, { duration: 0.6 });
    // The marker's own label says it already (and says "none" for the host, not "not stated").
    announce(fill(words.selected, { label: markerLabel(country) }));
    if (changed) updateUrl(Boolean(options.push));
    if (options.focusPanel) panel.querySelector<HTMLElement>('#map-panel-title')?.focus();
  }

  /** Back to no selection: placeholder panel, nothing highlighted. */
  function clearSelection() {
    if (panel) showPlaceholder(panel, placeholderText);
    state = { ...state, country: null };
    showSelection(undefined);
  }

  /** The reader closes the details (Close button, Escape, or a filter that hides the country). */
  function close(returnFocus: boolean) {
    if (!state.country) return;
    const closed = byId.get(state.country)?.name ?? '';
    clearSelection();
    updateUrl(true);
    announce(fill(words.closed, { name: closed }));
    // Focus goes back where the reader came from; the map itself when that is gone (a deep link).
    if (returnFocus) (opener?.isConnected ? opener : canvas!).focus();
  }

  async function copyLink(country: MapCountry) {
    const url = countryLink(window.location.origin, mapPath, country.id);
    try {
      await navigator.clipboard.writeText(url);
      announce(fill(words.linkCopied, { name: country.name, url }));
    } catch {
      // No clipboard permission (some embeds, old browsers): show the link so it can be copied by hand.
      announce(fill(words.copyThisLink, { name: country.name, url }));
      window.prompt(words.copyPrompt, url);
    }
  }

  /** Shows what the filter lets through, everywhere at once; returns the counts it shows. */
  function applyFilter() {
    for (const country of countries) {
      const shown = isShown(country, state.filter);
      const marker = markers.get(country.id);
      const element = marker?.getElement();
      if (element) {
        element.hidden = !shown;
        element.tabIndex = shown ? 0 : -1;
      }
      lines.get(country.id)?.getElement()?.classList.toggle('is-hidden', !shown);
      shapes.get(country.id)?.getElement()?.classList.toggle('is-filtered-out', !shown);
      const row = table?.querySelector<HTMLTableRowElement>(`tr[data-country="${country.id}"]`);
      if (row) row.hidden = !shown;
    }
    const counts = facetCounts(countries, state.filter);
    if (filters) {
      for (const [kind, n] of Object.entries(counts.kinds)) setText(filters, `[data-count-kind="${kind}"]`, String(n));
      for (const [status, n] of Object.entries(counts.statuses)) setText(filters, `[data-count-status="${status}"]`, String(n));
      setText(root, '[data-map-shown]', shownText(counts.shown, counts.total));
      for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        const set = box.dataset['facet'] === 'kind' ? (state.filter.kinds as ReadonlySet<string>) : (state.filter.statuses as ReadonlySet<string>);
        box.checked = set.has(box.value);
      }
    }
    return counts;
  }

  filters?.addEventListener('change', () => {
    const checked = (facet: string) =>
      [...filters.querySelectorAll<HTMLInputElement>(`input[data-facet="${facet}"]:checked`)].map((box) => box.value);
    state = { ...state, filter: { kinds: new Set(checked('kind') as FilterKind[]), statuses: new Set(checked('status') as Status[]) } };
    const counts = applyFilter();
    const selected = state.country ? byId.get(state.country) : undefined;
    if (selected && !isShown(selected, state.filter)) clearSelection();
    announce(`${shownText(counts.shown, counts.total)}.`);
    updateUrl(false);
  });
  filters?.querySelector('[data-map-filters-clear]')?.addEventListener('click', () => {
    for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    filters.dispatchEvent(new Event('change'));
  });

  if (table) {
    enableSorting(table, words);
    enableRowSelection(table, (id, button) => {
      select(id, { opener: button, push: true, focusPanel: true });
      if (!reducedMotion()) canvas.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    });
  }

  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state.country) {
      event.preventDefault();
      close(true);
    }
  });

  window.addEventListener('popstate', () => {
    state = readMapState(window.location.search, known);
    applyFilter();
    if (state.country) select(state.country);
    else clearSelection();
  });

  if (panel) showPlaceholder(panel, placeholderText);
  applyFilter();
  keepLanguageLinksInStep();
  if (state.country) {
    const country = byId.get(state.country);
    if (country) map.setView([country.lat, country.lng], 4, { animate: false });
    select(state.country);
  }
}

/**
 * The language switcher leads to the same view in another language: the same country and
 * filters, since every language uses the same query (/ht/map/?country=belize).
 */
function keepLanguageLinksInStep() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-link]')) {
    link.href = `${link.dataset['langLink'] ?? ''}${window.location.search}`;
  }
}

/** What the panel says before a country is chosen. */
function showPlaceholder(panel: HTMLElement, text: string) {
  const hint = document.createElement('p');
  hint.className = 'panel-placeholder';
  hint.textContent = text;
  panel.replaceChildren(hint);
  panel.removeAttribute('aria-labelledby');
  panel.hidden = false;
}

function setText(scope: ParentNode, selector: string, text: string) {
  const node = scope.querySelector(selector);
  if (node) node.textContent = text;
}
