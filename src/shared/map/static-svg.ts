/**
 * A static SVG of the contributor map, drawn at build time from the same shapes and records as the
 * interactive one: what readers without JavaScript, and printers, get. Web Mercator like Leaflet,
 * cropped to the inhabited latitudes.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { unwrapAntimeridian } from './antimeridian.ts';
import { flowLines } from './filter.ts';
import type { MapCountry } from './map-country.ts';
import { HOLLOW_KINDS, MARKER_KINDS, markerKind, PALETTE, type MarkerKind } from './marker-style.ts';

const WIDTH = 1000;
const NORTH = 75;
const SOUTH = -58;

/** Web Mercator, scaled so the whole world is WIDTH wide; y grows southwards. */
export function project([lng, lat]: readonly [number, number] | Position): [number, number] {
  const clamped = Math.max(-85, Math.min(85, lat as number));
  const x = (((lng as number) + 180) / 360) * WIDTH;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) / Math.PI) / 2) * WIDTH;
  return [round(x), round(y)];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** One ring of a polygon as SVG path data in the projected plane. */
export function ringPath(ring: Position[]): string {
  return `M${ring.map((p) => project(p).join(',')).join('L')}Z`;
}

function shapeFor(kind: MarkerKind, x: number, y: number): string {
  const r = 7;
  switch (kind) {
    case 'destination': // a star: Haiti, where the lines lead
      return `<path class="mk mk--destination" d="M${x},${y - 10}L${x + 3},${y - 3}L${x + 10},${y - 3}L${x + 4},${y + 2}L${x + 6},${y + 9}L${x},${y + 5}L${x - 6},${y + 9}L${x - 4},${y + 2}L${x - 10},${y - 3}L${x - 3},${y - 3}Z"/>`;
    case 'stated-in-public':
      return `<circle class="mk mk--${kind}" cx="${x}" cy="${y}" r="${r}"/>`;
    case 'diplomatic-sources':
      return `<path class="mk mk--${kind}" d="M${x},${y - r - 1}L${x + r + 1},${y}L${x},${y + r + 1}L${x - r - 1},${y}Z"/>`;
    case 'under-discussion': // a ring with a dot, as in the legend
      return `<circle class="mk mk--${kind}" cx="${x}" cy="${y}" r="${r}"/><circle class="mk-dot" cx="${x}" cy="${y}" r="2.5"/>`;
    default:
      return `<rect class="mk mk--${kind}" x="${x - r + 1}" y="${y - r + 1}" width="${2 * r - 2}" height="${2 * r - 2}"/>`;
  }
}

/** `title` names the map for screen readers, in the page's language. */
export function staticMapSvg(topology: Topology, countries: readonly MapCountry[], title = 'World map of the countries offering help to the Kenya-led mission in Haiti, as reported on 26 September 2023'): string {
  const byNumeric = new Map(countries.map((c) => [c.isoNumeric, c]));
  const shapes = feature(topology, topology.objects['countries'] as GeometryCollection);
  const land = shapes.features
    .map((f) => {
      const geometry = unwrapAntimeridian(f.geometry as Polygon | MultiPolygon | null);
      if (!geometry) return '';
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const country = byNumeric.get(String(f.id));
      const className = country ? `land land--${markerKind(country)}` : 'land';
      return `<path class="${className}" d="${polygons.map((rings) => rings.map(ringPath).join('')).join('')}"/>`;
    })
    .join('');
  const byId = new Map(countries.map((c) => [c.id, c]));
  const lines = flowLines(countries)
    .map((line) => {
      const [a, b] = line.points.map(([lat, lng]) => project([lng, lat]));
      return `<line class="flow flow--${byId.get(line.from)?.status}" x1="${a![0]}" y1="${a![1]}" x2="${b![0]}" y2="${b![1]}"/>`;
    })
    .join('');
  const markers = countries
    .map((c) => {
      const [x, y] = project([c.lng, c.lat]);
      return `<g><title>${escapeXml(c.name)}: ${escapeXml(c.statusLabel)}</title>${shapeFor(markerKind(c), x, y)}</g>`;
    })
    .join('');
  const top = project([0, NORTH])[1];
  const bottom = project([0, SOUTH])[1];
  const style = stillMapStyle();
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 ${top} ${WIDTH} ${round(bottom - top)}" role="img" aria-labelledby="t"><title id="t">${escapeXml(title)}</title><style>${style}</style><rect class="sea" x="0" y="${top}" width="${WIDTH}" height="${round(bottom - top)}"/>${land}${lines}${markers}</svg>`;
}

/** The still map's stylesheet, from the shared palette (light: it is printed and shown as an image). */
function stillMapStyle(): string {
  const colours = PALETTE.light;
  const land = MARKER_KINDS.map((kind) => `.land--${kind}{fill:${colours.landFill[kind]}}`).join('');
  const markers = MARKER_KINDS.map((kind) =>
    HOLLOW_KINDS.has(kind) ? `.mk--${kind}{fill:#fff;stroke:${colours.markerFill[kind]};stroke-width:2}` : `.mk--${kind}{fill:${colours.markerFill[kind]}}`,
  ).join('');
  return `.sea{fill:${colours.sea}}.land{fill:${colours.land};stroke:${colours.landLine};stroke-width:.4}${land}.flow{stroke:#333;stroke-width:.8;stroke-dasharray:3 2;opacity:.6}.mk{stroke:#111;stroke-width:1.2}${markers}.mk-dot{fill:${colours.markerFill['under-discussion']}}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
