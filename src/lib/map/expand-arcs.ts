/**
 * Turns the compact basemap the browser downloads (src/lib/map/basemap.ts, compactBasemap) back
 * into plain TopoJSON for topojson-client: each flat delta list becomes its list of pairs.
 * No imports, so the map's browser bundle pulls in nothing else.
 */
import type { Topology } from 'topojson-specification';

export function expandArcs(compact: { arcs: number[][] } & Omit<Topology, 'arcs'>): Topology {
  const arcs = compact.arcs.map((flat) => {
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
    return pairs;
  });
  return { ...compact, arcs } as Topology;
}
