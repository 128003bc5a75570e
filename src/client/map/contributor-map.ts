/**
 * The contributor map: Leaflet over the self-hosted basemap, wired to the details panel, the
 * filters, the table and the address bar. Modes (data-mode on the root):
 * - "full" (/map/): everything; the address names the selection, Back/Forward move between them.
 * - "embed" (/embed/map/): the same without the site around it; links open outside the iframe.
 * - "compact" (home and country pages): a small map; a marker opens that country on /map/.
 *
 * Setting up is split into steps with a pause between them (nextTask), so no single task holds
 * the main thread long enough for a tap to wait: the markers first (what a reader uses), then the
 * painted land when its file arrives. Where a step adds elements and the next measures them, the
 * pause is a frame (nextFrame), so the browser lays them out in its own rendering step instead of
 * in a forced layout inside our task. The state and the address live in address.ts; keeping every
 * view in step is view-sync.ts; this file only wires them together.
 */
// Leaflet's own rules, cut down to what this map uses (see the file). A file of its own, loaded with
// Leaflet, not inlined in the page: they style nothing until Leaflet runs, and inlined they cost the
// home and map pages 1.3 KB of their first 14 KB round trip.
import leafletStylesUrl from '../../styles/leaflet-core.css?url';
import type * as Leaflet from 'leaflet';
import { fill } from '../../i18n/fill.ts';
import { isShown } from '../../shared/map/filter.ts';
import type { MapCountry } from '../../shared/map/map-country.ts';
import { markerKind, PALETTE } from '../../shared/map/marker-style.ts';
import { countryLink } from '../../shared/map/url-state.ts';
import type { FilterKind, Status } from '../../domain/vocabulary.ts';
import { keepLanguageLinksInStep, mapAddress } from './address.ts';
import { addBasemap, addFigureLabels, addFlowLines, addMarkers, keepMarkersApart, landStyle, markerLabel } from './layers.ts';
import { cooperativeGestures } from './gestures.ts';
import { fetchBasemap, fetchCountries } from './map-data-client.ts';
import { renderPanel } from './panel.ts';
import { mapStrings } from './strings.ts';
import { enableRowSelection, enableSorting } from './table.ts';
import { viewSync } from './view-sync.ts';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const darkScheme = () => window.matchMedia('(prefers-color-scheme: dark)');
const palette = () => PALETTE[darkScheme().matches ? 'dark' : 'light'];

/** Lets the browser answer input before the next step of setting up. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Waits for the next frame to be drawn (it lays out and paints what the last step added), then for
 * a new task. A hidden tab draws no frames: after 100 ms it goes on without.
 */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}

/**
 * Leaflet's stylesheet, once per page, before the page's own styles so that those still override it
 * (as when it was inlined first). Resolves once it applies, so Leaflet measures a styled map.
 */
function loadLeafletStyles(): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>('link[data-leaflet-styles]');
  if (existing) return existing.sheet ? Promise.resolve() : new Promise((resolve) => existing.addEventListener('load', () => resolve(), { once: true }));
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = leafletStylesUrl;
  link.dataset['leafletStyles'] = '';
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load ${leafletStylesUrl}`)), { once: true });
  });
  document.head.prepend(link);
  return loaded;
}

export async function mountContributorMap(root: HTMLElement): Promise<void> {
  const mode = root.dataset['mode'] ?? 'full';
  const mapPath = root.dataset['mapPath'] ?? '/map/';
  const words = mapStrings(root);
  const canvas = root.querySelector<HTMLElement>('[data-map-canvas]');
  if (!canvas) return;
  const notice = root.querySelector<HTMLElement>('[data-map-notice]');
  const announcer = root.querySelector<HTMLElement>('[data-map-announcer]');
  const panel = root.querySelector<HTMLElement>('[data-map-panel]');
  const table = root.querySelector<HTMLTableElement>('table[data-map-table]');
  const filters = root.querySelector<HTMLElement>('[data-map-filters]');

  // Started before Leaflet loads (the page preloads all three); a failed basemap becomes `null` (a notice).
  const basemapRequest = fetchBasemap().catch(() => null);
  const [{ L }, data] = await Promise.all([import('./leaflet.ts'), fetchCountries(root.dataset['mapData'] ?? '/data/countries.json'), loadLeafletStyles()]);
  const countries = data.countries;
  const byId = new Map(countries.map((c) => [c.id, c]));
  const address = mapAddress(new Set(countries.map((c) => c.id)));
  let opener: HTMLElement | null = null;
  // Leaflet's stylesheet has just changed the page's styles: the frame restyles the page, and
  // Leaflet's first measure of the map's box below finds it done instead of forcing it.
  await nextFrame();

  const map = L.map(canvas, {
    renderer: L.svg({ padding: 0.5 }),
    zoomSnap: 0.25,
    minZoom: 0,
    maxZoom: 7,
    worldCopyJump: false,
    maxBounds: [[-75, -200], [85, 200]],
    attributionControl: false,
    // Added below with the page's words: Leaflet's own says "Zoom in" on every language's map.
    zoomControl: false,
  });
  L.control.zoom({ zoomInTitle: words.zoomIn ?? 'Zoom in', zoomOutTitle: words.zoomOut ?? 'Zoom out' }).addTo(map);
  cooperativeGestures(map, root.querySelector<HTMLElement>('[data-map-hint]'), words);
  L.control.attribution({ prefix: false }).addAttribution(words.attribution).addTo(map);
  // Creating the map and placing it are two steps: each costs a first run of much of Leaflet's code.
  await nextTask();
  const highlight = root.dataset['highlight'];
  const startAt = highlight ? byId.get(highlight) : undefined;
  // A country's own page opens on its region; every other map on the countries of the story,
  // with room for the labels beside them (not the Arctic and the empty oceans).
  if (startAt) map.setView([startAt.lat, startAt.lng], 3);
  else {
    // Markers stand for whole countries: a margin keeps the land around them (the United States' west) in view.
    const lats = countries.map((c) => c.lat);
    const lngs = countries.map((c) => c.lng);
    map.fitBounds([[Math.min(...lats) - 4, Math.min(...lngs) - 16], [Math.max(...lats) + 4, Math.max(...lngs) + 8]]);
  }
  await nextTask();

  let land: ReadonlyMap<string, Leaflet.Path> = new Map();
  const lines = addFlowLines(L, map, countries);
  await nextTask();
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
  // Before the pause: a marker chosen in it finds the views ready to follow.
  const views = viewSync({ root, countries, markers, lines, land: () => land, palette, table, filters, shownText: (shown, total) => fill(words.shown, { shown, total }) });
  // The address's filters before the markers are spread, so they are spread once, around the shown ones.
  if (mode !== 'compact') views.applyFilter(address.state.filter);
  await nextTask();
  const labels = addFigureLabels(L, map, countries);
  // Spreading the markers and placing the labels measures them: after a frame has laid them out.
  await nextFrame();
  const layout = keepMarkersApart(L, map, countries, markers, labels);
  if (highlight) markers.get(highlight)?.getElement()?.classList.add('is-selected');
  root.dataset['mapReady'] = 'true';
  // Read by `npm run bench`: how long until a reader can use the markers.
  performance.mark('map-ready');

  // The painted land, whenever its file arrives: after the markers, in a task of its own.
  void basemapRequest.then(async (topology) => {
    if (!topology) {
      if (notice) {
        notice.hidden = false;
        notice.textContent = words.basemapFailed;
      }
      return;
    }
    await nextTask();
    const basemap = await addBasemap(L, map, topology, countries, palette, nextFrame);
    land = basemap.shapes;
    // The outlines may arrive after a selection or a filter was made: bring them up to date.
    const paintState = () => {
      if (startAt) land.get(startAt.id)?.setStyle(landStyle(palette(), markerKind(startAt), { selected: true }));
      if (mode !== 'compact') views.repaintLand();
    };
    paintState();
    // The stylesheet follows a change of light or dark scheme by itself; the land's colours are set on
    // its paths by the script (from marker-style.ts), so they must be set again.
    darkScheme().addEventListener('change', () => {
      basemap.repaint();
      paintState();
    });
    root.dataset['basemap'] = 'drawn';
  });
  if (mode === 'compact') return;

  // ---- full and embed modes: selection, filters, table, address bar ----
  const placeholderText = table ? words.panelHintWithList : words.panelHint;
  const announce = (text: string) => {
    if (announcer) announcer.textContent = text;
  };

  /**
   * The map's centre that puts a place in the middle of what the details leave visible: on a phone
   * they are a sheet over the bottom of the screen (map.css), and the country must not hide under it.
   */
  function centreAbove(details: HTMLElement, place: [number, number], zoom: number): Leaflet.LatLng {
    const box = canvas!.getBoundingClientRect();
    const sheetTop = getComputedStyle(details).position === 'fixed' ? details.getBoundingClientRect().top : Infinity;
    const visibleTop = Math.max(box.top, 0);
    const visibleBottom = Math.min(box.bottom, sheetTop, window.innerHeight);
    if (visibleBottom - visibleTop < 60) return map.unproject(map.project(place, zoom), zoom);
    const shift = (visibleTop + visibleBottom) / 2 - box.top - box.height / 2;
    return map.unproject(map.project(place, zoom).subtract([0, shift]), zoom);
  }

  function select(id: string, options: { opener?: HTMLElement; push?: boolean; focusPanel?: boolean } = {}) {
    const country = byId.get(id);
    if (!country || !panel) return;
    if (options.opener) opener = options.opener;
    const changed = address.state.country !== id;
    renderPanel(panel, country, {
      onClose: () => close(true),
      onCopyLink: () => void copyLink(country),
      words,
      ...(mode === 'embed' ? { linkTarget: '_top' } : {}),
    });
    views.showSelection(country);
    const zoom = Math.max(map.getZoom(), 4);
    const centre = centreAbove(panel, [country.lat, country.lng], zoom);
    if (reducedMotion()) map.setView(centre, zoom, { animate: false });
    else map.flyTo(centre, zoom, { duration: 0.6 });
    // The marker's own label says it already (and says "none" for the host, not "not stated").
    announce(fill(words.selected, { label: markerLabel(country, words.markerLabel, words.semicolon) }));
    address.set({ country: id }, changed ? { push: Boolean(options.push) } : undefined);
    if (options.focusPanel) panel.querySelector<HTMLElement>('#map-panel-title')?.focus();
  }

  /** Back to no selection: placeholder panel, nothing highlighted. */
  function clearSelection() {
    if (panel) showPlaceholder(panel, placeholderText);
    address.set({ country: null });
    views.showSelection(undefined);
  }

  /** The reader closes the details (Close button, Escape, or a filter that hides the country). */
  function close(returnFocus: boolean) {
    const current = address.state.country;
    if (!current) return;
    clearSelection();
    address.set({}, { push: true });
    announce(fill(words.closed, { name: byId.get(current)?.name ?? '' }));
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

  filters?.addEventListener('change', () => {
    const checked = (facet: string) =>
      [...filters.querySelectorAll<HTMLInputElement>(`input[data-facet="${facet}"]:checked`)].map((box) => box.value);
    const filter = { kinds: new Set(checked('kind') as FilterKind[]), statuses: new Set(checked('status') as Status[]) };
    address.set({ filter });
    const counts = views.applyFilter(filter);
    layout();
    const selected = address.state.country ? byId.get(address.state.country) : undefined;
    if (selected && !isShown(selected, filter)) clearSelection();
    announce(`${fill(words.shown, { shown: counts.shown, total: counts.total })}.`);
    address.set({}, { push: false });
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
    if (event.key === 'Escape' && address.state.country) {
      event.preventDefault();
      close(true);
    }
  });

  window.addEventListener('popstate', () => {
    const state = address.reload();
    views.applyFilter(state.filter);
    layout();
    if (state.country) select(state.country);
    else clearSelection();
  });

  // (The address's filters were applied before the markers were first spread.)
  if (panel) showPlaceholder(panel, placeholderText);
  keepLanguageLinksInStep();
  const deepLink = address.state.country ? byId.get(address.state.country) : undefined;
  if (deepLink) {
    map.setView([deepLink.lat, deepLink.lng], 4, { animate: false });
    select(deepLink.id);
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
