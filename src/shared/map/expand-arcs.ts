/**
 * Turns the compact basemap the browser downloads (src/build/map/basemap.ts, compactBasemap) back
 * into plain TopoJSON for topojson-client: each arc's encoded string becomes its list of steps.
 * No imports, so the map's browser bundle pulls in nothing else.
 */
import type { Topology } from 'topojson-specification';

/** The numbers encodeSteps() wrote (src/build/map/basemap.ts). */
export function decodeSteps(text: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < text.length; i++) {
    const group = text.charCodeAt(i) - 63;
    value |= (group & 0x1f) << shift;
    if (group & 0x20) {
      shift += 5;
      continue;
    }
    numbers.push(value & 1 ? ~(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return numbers;
}

export function expandArcs(compact: { arcs: string[] } & Omit<Topology, 'arcs'>): Topology {
  const arcs = compact.arcs.map((encoded) => {
    const steps = decodeSteps(encoded);
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < steps.length; i += 2) pairs.push([steps[i]!, steps[i + 1]!]);
    return pairs;
  });
  return { ...compact, arcs } as Topology;
}
