/**
 * Makes every view of the map say the same thing: markers, lines, the painted land, the list and
 * the filter counts all follow the selection and the filter, in one pass each.
 */
import type * as Leaflet from 'leaflet';
import { facetCounts, isShown, type MapFilter } from '../../shared/map/filter.ts';
import type { MapCountry } from '../../shared/map/map-country.ts';
import { markerKind, type MapPalette } from '../../shared/map/marker-style.ts';
import { landStyle } from './layers.ts';
import { markSelectedRow } from './table.ts';

export interface MapViews {
  root: HTMLElement;
  countries: readonly MapCountry[];
  markers: ReadonlyMap<string, Leaflet.Marker>;
  lines: ReadonlyMap<string, Leaflet.Polyline>;
  /** The painted land of each story country; empty until the basemap has arrived. */
  land: () => ReadonlyMap<string, Leaflet.Path>;
  /** The colours for the reader's scheme now (it can change while the page is open). */
  palette: () => MapPalette;
  table: HTMLTableElement | null;
  filters: HTMLElement | null;
  shownText: (shown: number, total: number) => string;
}

export function viewSync(views: MapViews) {
  const { root, countries, markers, lines, palette, table, filters } = views;
  const byId = new Map(countries.map((c) => [c.id, c]));
  let selectedId: string | null = null;
  let filter: MapFilter | null = null;

  function paintLand(id: string) {
    const country = byId.get(id);
    const shape = views.land().get(id);
    if (!country || !shape) return;
    shape.setStyle(landStyle(palette(), markerKind(country), { selected: id === selectedId, filteredOut: filter ? !isShown(country, filter) : false }));
    if (id === selectedId) shape.bringToFront();
  }

  return {
    /** Paints the land of every story country again (after a change of colour scheme). */
    repaintLand() {
      for (const country of countries) paintLand(country.id);
    },

    /** Highlights one country (or none) everywhere it appears. */
    showSelection(country: MapCountry | undefined) {
      const previous = selectedId;
      selectedId = country?.id ?? null;
      for (const [id, marker] of markers) {
        const element = marker.getElement();
        element?.classList.toggle('is-selected', id === selectedId);
        element?.setAttribute('aria-pressed', String(id === selectedId));
        marker.setZIndexOffset(id === selectedId ? 1000 : 0);
      }
      for (const [id, line] of lines) line.getElement()?.classList.toggle('is-selected', id === selectedId);
      for (const id of new Set([previous, selectedId])) if (id) paintLand(id);
      if (table) markSelectedRow(table, selectedId);
    },

    /** Shows what the filter lets through, everywhere at once; returns the counts it shows. */
    applyFilter(next: MapFilter) {
      filter = next;
      for (const country of countries) {
        const shown = isShown(country, next);
        const element = markers.get(country.id)?.getElement();
        if (element) {
          element.hidden = !shown;
          element.tabIndex = shown ? 0 : -1;
        }
        lines.get(country.id)?.getElement()?.classList.toggle('is-hidden', !shown);
        paintLand(country.id);
        const row = table?.querySelector<HTMLTableRowElement>(`tr[data-country="${country.id}"]`);
        if (row) row.hidden = !shown;
      }
      const counts = facetCounts(countries, next);
      if (filters) {
        for (const [kind, n] of Object.entries(counts.kinds)) setText(filters, `[data-count-kind="${kind}"]`, String(n));
        for (const [status, n] of Object.entries(counts.statuses)) setText(filters, `[data-count-status="${status}"]`, String(n));
        setText(root, '[data-map-shown]', views.shownText(counts.shown, counts.total));
        for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
          const set = box.dataset['facet'] === 'kind' ? (next.kinds as ReadonlySet<string>) : (next.statuses as ReadonlySet<string>);
          box.checked = set.has(box.value);
        }
      }
      return counts;
    },
  };
}

/** Only when the text changes: rewriting the same words still makes the browser lay the page out again. */
function setText(scope: ParentNode, selector: string, text: string) {
  const node = scope.querySelector(selector);
  if (node && node.textContent !== text) node.textContent = text;
}
