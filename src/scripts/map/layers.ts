/**
 * The Leaflet layers: shaded countries from the basemap, a line from each contributor to Haiti,
 * and one labelled, focusable marker per country (Leaflet cannot focus or name shaded polygons,
 * so the marker is what keyboards and screen readers use; its 44 px target makes small island
 * states as easy to hit as Kenya).
 */
import type * as Leaflet from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapAntimeridian } from '../../lib/map/antimeridian';
import { declutter } from '../../lib/map/declutter';
import { flowLines } from '../../lib/map/filter';
import type { MapCountry } from '../../lib/map/map-country';

type L = typeof Leaflet;

export function addBasemap(L: L, map: Leaflet.Map, topology: Topology, countries: readonly MapCountry[]) {
  const byNumeric = new Map(countries.map((c) => [c.isoNumeric, c]));
  const collection = feature(topology, topology.objects['countries'] as GeometryCollection);
  const shapes = { ...collection, features: collection.features.map((f) => ({ ...f, geometry: unwrapAntimeridian(f.geometry) })) };
  const layers = new Map<string, Leaflet.Path>();
  // Its own pane below the overlay pane: the outlines arrive last but must lie under lines and markers.
  const pane = map.createPane('basemap');
  pane.style.zIndex = '350';
  L.geoJSON(shapes, {
    pane: 'basemap',
    renderer: L.svg({ pane: 'basemap', padding: 0.5 }),
    interactive: false,
    style: (f) => {
      const country = f ? byNumeric.get(String(f.id)) : undefined;
      const className = country ? `land land--${country.destination ? 'destination' : country.status}` : 'land';
      return { className, weight: 0.6 };
    },
    onEachFeature: (f, layer) => {
      const country = byNumeric.get(String(f.id));
      if (country) layers.set(country.id, layer as Leaflet.Path);
    },
    // GeoJSON hands its options to each path; the type omits `renderer`, Leaflet honours it.
  } as Leaflet.GeoJSONOptions & Leaflet.PathOptions).addTo(map);
  return layers;
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
export function markerLabel(country: MapCountry): string {
  const offer = country.offerNote ?? country.offers.map((o) => `${o.kind}, ${o.amount}`).join('; ');
  return `${country.name}: ${offer}. ${country.statusLabel}.`;
}

export function addMarkers(
  L: L,
  map: Leaflet.Map,
  countries: readonly MapCountry[],
  onSelect: (id: string, opener: HTMLElement) => void,
  /** Compact maps: a marker is a link to the country on the full map, not a toggle. */
  opensFullMap = false,
) {
  const markers = new Map<string, Leaflet.Marker>();
  for (const country of countries) {
    const shape = country.destination ? 'destination' : country.status;
    const marker = L.marker([country.lat, country.lng], {
      icon: L.divIcon({
        className: `marker marker--${shape}`,
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
        element.setAttribute('aria-label', `Open ${country.name} on the full map. ${markerLabel(country)}`);
      } else {
        element.setAttribute('aria-label', markerLabel(country));
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

/**
 * Keeps markers from covering each other at every zoom: after each zoom, nearby markers are
 * spread apart (Haiti stays put) and a thin leader line joins each moved marker to its true place.
 */
export function keepMarkersApart(L: L, map: Leaflet.Map, countries: readonly MapCountry[], markers: Map<string, Leaflet.Marker>) {
  const leaders = L.layerGroup().addTo(map);
  const place = () => {
    leaders.clearLayers();
    const truePoints = countries.map((c) => map.latLngToLayerPoint([c.lat, c.lng]));
    const anchored = new Set(countries.flatMap((c, i) => (c.destination ? [i] : [])));
    const spread = declutter(truePoints, MARKER_GAP, anchored);
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
  map.on('zoomend viewreset', place);
  place();
}
