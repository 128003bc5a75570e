/**
 * Natural Earth splits Fiji and Russia's far east at the 180° meridian, but some of their rings
 * still hop from +180 to -180. Leaflet draws that hop as a line across the whole world. Shifting
 * the western points of such a ring by 360° keeps it in one piece just past the map's edge.
 */
import type { Geometry, Position } from 'geojson';

function unwrapRing(ring: Position[]): Position[] {
  const crosses = ring.some((point, i) => i > 0 && Math.abs(point[0]! - ring[i - 1]![0]!) > 180);
  if (!crosses) return ring;
  return ring.map(([lng, lat]) => [lng! < 0 ? lng! + 360 : lng!, lat!]);
}

export function unwrapAntimeridian<G extends Geometry | null>(geometry: G): G {
  if (!geometry) return geometry;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  return geometry;
}
