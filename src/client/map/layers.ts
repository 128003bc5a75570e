/**
 * The Leaflet layers: shaded countries from the basemap, a line from each contributor to Haiti,
 * and one labelled, focusable marker per country (Leaflet cannot focus or name shaded polygons,
 * so the marker is what keyboards and screen readers use; its 44 px target makes small island
 * states as easy to hit as Kenya).
 */
import { fill } from '../../i18n/fill.ts';
import { runOn, runOnList } from '../../shared/run-on.ts';
import type { ClientStrings } from '../../i18n/dictionaries/en.ts';
import type * as Leaflet from 'leaflet';
import type { LeafletParts } from './leaflet.ts';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapAntimeridian } from '../../shared/map/antimeridian.ts';
import { declutter } from '../../shared/map/declutter.ts';
import { circleDiameter, placeLabels, type Box } from '../../shared/map/label-placement.ts';
import { flowLines } from '../../shared/map/filter.ts';
import type { MapCountry } from '../../shared/map/map-country.ts';
import { landFill, markerKind, type MapPalette, type MarkerKind } from '../../shared/map/marker-style.ts';

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
 * steps and a fast computer few: no step nor its painting makes a long task (50 ms). 5 ms, not 10:
 * Lighthouse's mobile test runs the page at full speed and counts each task four times as long (a
 * slow phone's CPU), and a 10 ms step with the country that ends it came to 60-90 ms there.
 */
const STEP_MS = 5;

/**
 * The country shapes, as SVG paths in a pane of their own below the lines and markers. Converted
 * and added in steps of STEP_MS, with `pause()` between (it must let a frame be drawn). SVG, not
 * a canvas: the browser rasterises SVG off the main thread, while a canvas is rasterised on it
 * each time it changes; on a phone's screen (twice the pixels, and twice the map's size for the
 * pan margin) painting the canvas made 100-300 ms main-thread tasks at 4x CPU slowdown, one per
 * step, which the paths do not. `palette` is asked at each painting, so a change of colour scheme
 * repaints in the new colours (repaint). Returns each story country's shape by id, so a selection
 * or a filter can repaint it (landStyle).
 */
export async function addBasemap(L: L, map: Leaflet.Map, topology: Topology, countries: readonly MapCountry[], palette: () => MapPalette, pause: () => Promise<void>) {
  const byNumeric = new Map(countries.map((c) => [c.isoNumeric, c]));
  const layers = new Map<string, Leaflet.Path>();
  // Its own pane below the overlay pane: the outlines arrive last but must lie under lines and markers.
  const pane = map.createPane('basemap');
  pane.style.zIndex = '350';
  const land = L.geoJSON(undefined, {
    pane: 'basemap',
    renderer: L.svg({ pane: 'basemap', padding: 0.5 }),
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

/**
 * "Belize: personnel (police or military not specified), up to 50 uniformed personnel (offered).
 * Reported by diplomatic sources." Each offer runs on inside the sentence (no capital after a comma
 * or a semicolon), joined with the page's own semicolon (French spacing in French).
 */
export function markerLabel(country: MapCountry, template = '{name}: {offer}. {status}.', semicolon = '; '): string {
  const offer = country.offerNote ?? runOnList(country.offers.map((o) => `${o.kind}, ${runOn(o.amount)}`), semicolon);
  // The template is the page's whole sentence (its own spacing and words); a note that already ends
  // a sentence loses its full stop, so the label never reads "..".
  return fill(template, { name: country.name, offer: offer.replace(/\.$/, ''), status: country.statusLabel });
}

/** The largest symbol's diameter (Kenya's 1,000 at today's figures; the others by area from it): smaller on a phone's narrow map. */
const maxDiameter = (mapWidth: number) => Math.round(Math.min(56, Math.max(32, mapWidth / 12)));

export function addMarkers(
  L: L,
  map: Leaflet.Map,
  countries: readonly MapCountry[],
  onSelect: (id: string, opener: HTMLElement) => void,
  /** Compact maps: a marker is a link to the country on the full map, not a toggle. */
  opensFullMap: boolean,
  words: Pick<ClientStrings, 'openOnMap'> & { markerLabel?: string; semicolon?: string },
) {
  const markers = new Map<string, Leaflet.Marker>();
  const largest = Math.max(0, ...countries.map((c) => (c.figure && !c.figure.money ? c.figure.value : 0)));
  const diameter = maxDiameter(map.getSize().x);
  for (const country of countries) {
    const marker = L.marker([country.lat, country.lng], {
      icon: L.divIcon({ className: `marker marker--${markerKind(country)}`, html: markerContent(country, largest, diameter), iconSize: [44, 44] }),
      keyboard: true,
      title: country.name,
      riseOnHover: true,
    }).addTo(map);
    const element = marker.getElement();
    if (element) {
      if (opensFullMap) {
        element.setAttribute('role', 'link');
        element.setAttribute('aria-label', fill(words.openOnMap, { name: country.name, label: markerLabel(country, words.markerLabel, words.semicolon) }));
      } else {
        element.setAttribute('aria-label', markerLabel(country, words.markerLabel, words.semicolon));
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

/** A symbol's radius for label placement: its circle's, or the status shape's (about 9 px). */
function symbolRadius(country: MapCountry, largest: number, maxDiameter: number): number {
  const figure = country.figure;
  return figure && !figure.money ? Math.max(circleDiameter(figure.value, largest, maxDiameter) / 2, 9) : 9;
}

/**
 * What a marker shows: its status shape and, for a figure in people, a circle whose area is the
 * figure (dashed when it is a ceiling, "up to"). Built as elements (sizes set through the style
 * object, which the CSP allows, unlike style attributes). The marker's aria-label says it all for
 * screen readers, so the drawing is hidden from them.
 */
function markerContent(country: MapCountry, largest: number, maxDiameter: number): HTMLElement {
  const box = document.createElement('span');
  box.className = 'marker-box';
  box.setAttribute('aria-hidden', 'true');
  const figure = country.figure;
  if (figure && !figure.money) {
    const disc = document.createElement('span');
    disc.className = figure.ceiling ? 'marker-disc is-ceiling' : 'marker-disc';
    const diameter = circleDiameter(figure.value, largest, maxDiameter);
    disc.style.width = disc.style.height = `${diameter.toFixed(1)}px`;
    box.append(disc);
  }
  const shape = document.createElement('span');
  shape.className = 'marker-shape';
  box.append(shape);
  return box;
}

/**
 * The figures written on the map without a click: "Kenya 1,000" over "expected", one label per
 * country with a figure, placed beside its symbol by keepMarkersApart. Labels are markers of
 * their own that take neither focus nor taps (the country's marker is the button, and its name
 * already says all of it), drawn above every marker so no symbol covers a figure.
 */
export function addFigureLabels(L: L, map: Leaflet.Map, countries: readonly MapCountry[]) {
  const largest = Math.max(0, ...countries.map((c) => (c.figure && !c.figure.money ? c.figure.value : 0)));
  const diameter = maxDiameter(map.getSize().x);
  const labels = new Map<string, Leaflet.Marker>();
  for (const country of countries) {
    const figure = country.figure;
    if (!figure) continue;
    const label = document.createElement('span');
    label.className = 'marker-label';
    label.dataset['labelFor'] = country.id;
    label.style.setProperty('--r', `${symbolRadius(country, largest, diameter).toFixed(1)}px`);
    // Laid out (so it can be measured) but not seen until placed beside its symbol: one seen at a
    // first place and then moved would be a layout shift.
    label.style.visibility = 'hidden';
    const name = document.createElement('b');
    // A short figure ("up to 500") never breaks inside; a long label breaks between words.
    name.textContent = `${country.name} ${figure.text.length <= 14 ? figure.text.replace(/ /g, '\u00a0') : figure.text}`;
    const standing = document.createElement('span');
    standing.textContent = figure.standing;
    label.append(name, standing);
    const tag = L.marker([country.lat, country.lng], {
      icon: L.divIcon({ className: 'marker-tag', html: label, iconSize: [44, 44] }),
      interactive: false,
      keyboard: false,
      zIndexOffset: 2000,
    }).addTo(map);
    labels.set(country.id, tag);
  }
  return labels;
}

/** Pixels between marker centres: the 44 px touch target plus a little air (closer, and neighbours' targets cover each other more than WCAG's target-size rule allows). */
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
 * moved marker to its true place; then each figure label takes the side of its symbol where it
 * covers least (label-placement.ts). Markers hidden by a filter take no room and leave no leader
 * line. Haiti, where every line ends, stays put unless it lies under a button. Returns the layout
 * function, to run again when a filter changes what is shown.
 */
export function keepMarkersApart(L: L, map: Leaflet.Map, countries: readonly MapCountry[], markers: Map<string, Leaflet.Marker>, labels: Map<string, Leaflet.Marker>) {
  const leaders = L.layerGroup().addTo(map);
  const place = () => {
    leaders.clearLayers();
    const shown = countries.filter((c) => !markers.get(c.id)?.getElement()?.hidden);
    // A label shows exactly when its country's marker does.
    for (const [id, tag] of labels) {
      const element = tag.getElement();
      if (element) element.hidden = Boolean(markers.get(id)?.getElement()?.hidden);
    }
    const truePoints = shown.map((c) => map.latLngToLayerPoint([c.lat, c.lng]));
    const buttons = controlPoints(map);
    const underButton = (p: Leaflet.Point) => buttons.some((b) => b.distanceTo(p) < MARKER_GAP);
    const anchored = new Set([
      ...shown.flatMap((c, i) => (c.destination && !underButton(truePoints[i]!) ? [i] : [])),
      ...buttons.map((_, i) => shown.length + i),
    ]);
    const size = map.getSize();
    const [topLeft, bottomRight] = [map.containerPointToLayerPoint([MARKER_SIZE / 2, MARKER_SIZE / 2]), map.containerPointToLayerPoint([size.x - MARKER_SIZE / 2, size.y - MARKER_SIZE / 2])];
    const inside = { minX: topLeft.x, minY: topLeft.y, maxX: bottomRight.x, maxY: bottomRight.y };
    const spread = declutter([...truePoints, ...buttons], MARKER_GAP, anchored, 80, inside);
    shown.forEach((country, i) => {
      const marker = markers.get(country.id);
      const at = spread[i]!;
      if (!marker) return;
      const moved = map.layerPointToLatLng([at.x, at.y]);
      marker.setLatLng(moved);
      labels.get(country.id)?.setLatLng(moved);
      if (Math.hypot(at.x - truePoints[i]!.x, at.y - truePoints[i]!.y) > 4) {
        L.polyline([[country.lat, country.lng], moved], { className: 'leader', interactive: false, weight: 1 }).addTo(leaders);
      }
    });
    // Labels of countries outside the view are not placed (nor shown peeking in at an edge).
    const view = map.getBounds();
    const inView = shown.filter((c) => {
      const tag = labels.get(c.id)?.getElement();
      const visible = view.contains(markers.get(c.id)!.getLatLng());
      if (tag && !tag.hidden) tag.hidden = !visible;
      return visible;
    });
    placeFigureLabels(map, inView, markers, labels);
  };
  // After a pan too: the buttons stay where they are while the markers move under them.
  map.on('moveend viewreset resize', place);
  place();
  return place;
}

/** Sets each shown label's side (label-placement.ts), biggest figures first. */
function placeFigureLabels(map: Leaflet.Map, shown: readonly MapCountry[], markers: Map<string, Leaflet.Marker>, labels: Map<string, Leaflet.Marker>) {
  const size = map.getSize();
  const centre = (c: MapCountry) => map.latLngToContainerPoint(markers.get(c.id)!.getLatLng());
  // Every shown marker's shape, and the map's buttons, are things a label should not cover.
  const obstacles: Box[] = shown.map((c) => {
    const p = centre(c);
    return { x: p.x - 11, y: p.y - 11, width: 22, height: 22 };
  });
  const box = map.getContainer().getBoundingClientRect();
  for (const control of map.getContainer().querySelectorAll<HTMLElement>('.leaflet-control')) {
    const r = control.getBoundingClientRect();
    obstacles.push({ x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height });
  }
  const labelled = shown
    .filter((c) => c.figure)
    .sort((a, b) => Number(b.figure!.money) - Number(a.figure!.money) || b.figure!.value - a.figure!.value)
    .flatMap((c) => {
      const label = labels.get(c.id)?.getElement()?.querySelector<HTMLElement>('.marker-label');
      return label ? [{ country: c, label }] : [];
    });
  const spots = labelled.map(({ country, label }) => {
    const p = centre(country);
    const radius = parseFloat(label.style.getPropertyValue('--r') || '9');
    return { x: p.x, y: p.y, radius, width: label.offsetWidth, height: label.offsetHeight };
  });
  placeLabels(spots, obstacles, { width: size.x, height: size.y }).forEach(({ side, box }, i) => {
    const { label } = labelled[i]!;
    const spot = spots[i]!;
    // Placed from the marker's own 44 px box, whose centre is the symbol's.
    label.dataset['side'] = side;
    label.style.left = `${(box.x - spot.x + 22).toFixed(1)}px`;
    label.style.top = `${(box.y - spot.y + 22).toFixed(1)}px`;
    label.style.visibility = '';
  });
}
