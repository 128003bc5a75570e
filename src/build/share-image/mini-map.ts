/**
 * A small map for a share card: the world cropped around one country (or around all of them),
 * drawn as SVG paths from the same basemap the site's map uses.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { unwrapAntimeridian } from '../../shared/map/antimeridian.ts';
import { project, ringPath } from '../../shared/map/static-svg.ts';
import type { MapCountry } from '../../shared/map/map-country.ts';

export interface MiniMap {
  viewBox: string;
  land: { d: string; highlighted: boolean }[];
  markers: { x: number; y: number; r: number; highlighted: boolean }[];
}

/** A country's shape, projected: its SVG path and the points of its outer rings (to test against a box). */
interface ProjectedShape {
  isoNumeric: string;
  d: string;
  outline: [number, number][];
}

// Unpacking and projecting the whole basemap took 2-4 ms, and a build draws thousands of cards
// from the same basemap: do it once per basemap.
const projectedShapes = new WeakMap<Topology, ProjectedShape[]>();

function shapesOf(topology: Topology): ProjectedShape[] {
  let shapes = projectedShapes.get(topology);
  if (!shapes) {
    shapes = feature(topology, topology.objects['countries'] as GeometryCollection).features.flatMap((f) => {
      const geometry = unwrapAntimeridian(f.geometry as Polygon | MultiPolygon | null);
      if (!geometry) return [];
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      return [
        {
          isoNumeric: String(f.id),
          d: polygons.map((rings) => rings.map(ringPath).join('')).join(''),
          outline: polygons.flatMap((rings) => (rings[0] ?? []).map((p) => project(p))),
        },
      ];
    });
    projectedShapes.set(topology, shapes);
  }
  return shapes;
}

/** Land paths and markers inside a box of the Mercator plane around `focus` (all countries when omitted). */
export function miniMap(topology: Topology, countries: readonly MapCountry[], focus?: MapCountry): MiniMap {
  const points = (focus ? [focus] : countries).map((c) => project([c.lng, c.lat]));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  // A square view, padded so a lone country sits in its region rather than filling the frame.
  const pad = focus ? 60 : 40;
  const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) + 2 * pad;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const box = { x: cx - size / 2, y: cy - size / 2, size };

  const land = shapesOf(topology)
    // Keep only shapes with a point inside the box (the card would not show the rest anyway).
    .filter((shape) => shape.outline.some((p) => inside(p, box)))
    .map((shape) => ({ d: shape.d, highlighted: focus ? shape.isoNumeric === focus.isoNumeric : false }));
  const markers = countries
    .filter((c) => !focus || c.id === focus.id)
    .map((c) => {
      const [x, y] = project([c.lng, c.lat]);
      // Radii scale with the box so a marker reads the same on a world view and a regional one.
      const r = focus ? box.size / 24 : (box.size / 90) * (c.destination ? 1.5 : 1);
      return { x, y, r, highlighted: Boolean(focus) || c.destination };
    });
  return { viewBox: `${box.x.toFixed(1)} ${box.y.toFixed(1)} ${box.size.toFixed(1)} ${box.size.toFixed(1)}`, land, markers };
}

function inside([x, y]: [number, number], box: { x: number; y: number; size: number }): boolean {
  return x >= box.x && x <= box.x + box.size && y >= box.y && y <= box.y + box.size;
}
