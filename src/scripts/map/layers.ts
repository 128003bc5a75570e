/**
 * The Leaflet layers: shaded countries from the basemap, a line from each contributor to Haiti,
 * and one labelled, focusable marker per country (Leaflet cannot focus or name shaded polygons,
 * so the marker is what keyboards and screen readers use; its 44 px target makes small island
 * states as easy to hit as Kenya).
 */
import { fill } from '../../i18n/fill';
import type { ClientStrings } from '../../i18n/dictionaries/en';
import type * as Leaflet from 'leaflet';
import type { LeafletParts } from './leaflet';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapAntimeridian } from '../../lib/map/antimeridian';
import { declutter } from '../../lib/map/declutter';
import { flowLines } from '../../lib/map/filter';
import type { MapCountry } from '../../lib/map/map-country';
import { landFill, markerKind, type MapPalette, type MarkerKind } from '../../lib/map/marker-style';

type L = LeafletParts;

/** How a country's land is painted: its kind's colour; outlined when selected; plain when filtered out. */
export function landStyle(palette: MapPalette, kind: MarkerKind | undefined, look: { selected?: boolean; filteredOut?: boolean } = {}): Leaflet.PathOptions {
  return {
    fillColor: landFill(palette, look.filteredOut ? undefined : kind),
    fillOpacity: 1,
    color: look.selected ? palette.ink : palette.landLine,
    weight: look.selected ? 2.5 : 0.6,
  };
}

/**
 * How long one step of converting countries may run before it pauses for a frame (which paints
 * what the step added). Measured on the reader's device, so a slow phone takes more, shorter
 * steps and a fast computer few: no step nor its painting makes a long task (50 ms).
 */
const STEP_MS = 10;

/**
 * The country shapes, painted on one canvas below the lines and markers: one element instead of
 * some two hundred SVG paths. Converted and added in steps of STEP_MS, with `pause()` between
 * (it must let a frame be drawn, so each step paints only its own countries). `palette` is asked
 * at each painting, so a change of colour scheme repaints in the new colours (repaint). Returns
 * each story country's shape by id, so a selection or a filter can repaint it (landStyle).
 */
export async function addBasemap(L: L, map: Leaflet.Map, topology: Topology, countries: readonly MapCountry[], palette: () => MapPalette, pause: () => Promise<void>) {
  const byNumeric = new Map(countries.map((c) => [c.isoNumeric, c]));
  const layers = new Map<string, Leaflet.Path>();
  // Its own pane below the overlay pane: the outlines arrive last but must lie under lines and markers.
  const pane = map.createPane('basemap');
  pane.style.zIndex = '350';
  const land = L.geoJSON(undefined, {
    pane: 'basemap',
    renderer: L.canvas({ pane: 'basemap', padding: 0.5 }),
    interactive: false,
    style: (f) => {
      const country = f ? byNumeric.get(String(f.id)) : undefined;
      return landStyle(palette(), country ? markerKind(country) : undefined);
    },
    onEachFeature: (f, layer) => {
      const country = byNumeric.get(String(f.id));
      if (country) layers.set(country.id, layer as Leaflet.Path);
    },
    // GeoJSON hands its options to each path; the type omits `renderer`, Leaflet honours it.
  } as Leaflet.GeoJSONOptions & Leaflet.PathOptions).addTo(map);
  let stepStarted = performance.now();
  for (const geometry of (topology.objects['countries'] as GeometryCollection).geometries) {
    const shape = feature(topology, geometry) as Feature;
    const unwrapped: Feature = { ...shape, geometry: unwrapAntimeridian(shape.geometry) };
    land.addData(unwrapped);
    if (performance.now() - stepStarted > STEP_MS) {
      await pause();
      stepStarted = performance.now();
    }
  }
  await pause();
  return { shapes: layers as ReadonlyMap<string, Leaflet.Path>, repaint: () => land.resetStyle() };
}

export function addFlowLines(L: L, map: Leaflet.Map, countries: readonly MapCountry[]) {
  const status = new Map(countries.map((c) => [c.id, c.status]));
  const lines = new Map<string, Leaflet.Polyline>();
  for (const line of flowLines(countries)) {
    const polyline = L.polyline(line.points, { className: `flow flow--${status.get(line.from)}`, interactive: false, weight: 1.5 });
    lines.set(line.from, polyline.addTo(map));
  }
  return lines;
}

/** "Belize: Personnel (police or military not specified), Up to 50 uniformed personnel (offered). Reported by diplomatic sources." */
export function markerLabel(country: MapCountry, template = '{name}: {offer}. {status}.'): string {
  const offer = country.offerNote ?? country.offers.map((o) => `${o.kind}, ${o.amount}`).join('; ');
  // The template is the page's whole sentence (its own spacing and words); a note that already ends
  // a sentence loses its full stop, so the label never reads "..".
  return fill(template, { name: country.name, offer: offer.replace(/\.$/, ''), status: country.statusLabel });
}

export function addMarkers(
  L: L,
  map: Leaflet.Map,
  countries: readonly MapCountry[],
  onSelect: (id: string, opener: HTMLElement) => void,
  /** Compact maps: a marker is a link to the country on the full map, not a toggle. */
  opensFullMap: boolean,
  words: Pick<ClientStrings, 'openOnMap'> & { markerLabel?: string },
) {
  const markers = new Map<string, Leaflet.Marker>();
  for (const country of countries) {
    const marker = L.marker([country.lat, country.lng], {
      icon: L.divIcon({
        className: `marker marker--${markerKind(country)}`,
        html: '<span class="marker-shape" aria-hidden="true"></span>',
        iconSize: [44, 44],
      }),
      keyboard: true,
      title: country.name,
      riseOnHover: true,
    }).addTo(map);
    const element = marker.getElement();
    if (element) {
      if (opensFullMap) {
        element.setAttribute('role', 'link');
        element.setAttribute('aria-label', fill(words.openOnMap, { name: country.name, label: markerLabel(country, words.markerLabel) }));
      } else {
        element.setAttribute('aria-label', markerLabel(country, words.markerLabel));
        element.setAttribute('aria-pressed', 'false');
      }
      element.dataset['country'] = country.id;
      // A div with role="button" does not answer keys by itself (and Leaflet 1.9.4 does not either):
      // Enter and Space select, as on any button.
      element.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(country.id, element);
        }
      });
    }
    marker.on('click', () => element && onSelect(country.id, element));
    markers.set(country.id, marker);
  }
  return markers;
}

/** Pixels between marker centres: the 44 px touch target plus a little air. */
const MARKER_GAP = 46;
const MARKER_SIZE = 44;

/** Evenly spaced values from `from` to `to`, at most `step` apart (the middle if `to` < `from`). */
function spaced(from: number, to: number, step: number): number[] {
  if (to <= from) return [(from + to) / 2];
  const n = Math.ceil((to - from) / step);
  return Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n);
}

/**
 * Points covering the map's own buttons (the zoom control), in layer pixels. Markers keep
 * MARKER_GAP from each, which keeps their whole 44 px target clear of the buttons: a marker
 * under a button could not be tapped.
 */
function controlPoints(map: Leaflet.Map): Leaflet.Point[] {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const inset = MARKER_GAP - MARKER_SIZE / 2;
  const points: Leaflet.Point[] = [];
  for (const control of container.querySelectorAll<HTMLElement>('.leaflet-control')) {
    if (!control.querySelector('a[href], button')) continue;
    const r = control.getBoundingClientRect();
    if (r.width === 0) continue;
    const left = r.left - box.left;
    const top = r.top - box.top;
    for (const x of spaced(left + inset, left + r.width - inset, MARKER_GAP / 2)) {
      for (const y of spaced(top + inset, top + r.height - inset, MARKER_GAP / 2)) points.push(map.containerPointToLayerPoint([x, y]));
    }
  }
  return points;
}

/**
 * Keeps markers from covering each other, or being covered by the zoom buttons, at every view:
 * after each move or zoom, nearby markers are spread apart and a thin leader line joins each
 * moved marker to its true place. Haiti, where every line ends, stays put unless it lies under
 * a button.
 */
export function keepMarkersApart(L: L, map: Leaflet.Map, countries: readonly MapCountry[], markers: Map<string, Leaflet.Marker>) {
  const leaders = L.layerGroup().addTo(map);
  const place = () => {
    leaders.clearLayers();
    const truePoints = countries.map((c) => map.latLngToLayerPoint([c.lat, c.lng]));
    const buttons = controlPoints(map);
    const underButton = (p: Leaflet.Point) => buttons.some((b) => b.distanceTo(p) < MARKER_GAP);
    const anchored = new Set([
      ...countries.flatMap((c, i) => (c.destination && !underButton(truePoints[i]!) ? [i] : [])),
      ...buttons.map((_, i) => countries.length + i),
    ]);
    const spread = declutter([...truePoints, ...buttons], MARKER_GAP, anchored);
    countries.forEach((country, i) => {
      const marker = markers.get(country.id);
      const at = spread[i]!;
      if (!marker) return;
      const shown = map.layerPointToLatLng([at.x, at.y]);
      marker.setLatLng(shown);
      if (Math.hypot(at.x - truePoints[i]!.x, at.y - truePoints[i]!.y) > 4) {
        L.polyline([[country.lat, country.lng], shown], { className: 'leader', interactive: false, weight: 1 }).addTo(leaders);
        L.circleMarker([country.lat, country.lng], { className: 'leader-dot', radius: 2, interactive: false }).addTo(leaders);
      }
    });
  };
  // After a pan too: the buttons stay where they are while the markers move under them.
  map.on('moveend viewreset resize', place);
  place();
}
