/**
 * The self-hosted basemap: Natural Earth 1:110m country shapes from the world-atlas package,
 * trimmed at build time to what the map draws. No tile server, no third party: the file is
 * served from this site like any other.
 */
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

/** Antarctica (ISO numeric 010) takes space and is nowhere in this story. */
const LEFT_OUT = new Set(['010']);

type Arcs = number[] | number[][] | number[][][];

/**
 * Only the countries layer, without Antarctica or names, and without the arcs nothing uses any
 * more. Ids stay as world-atlas writes them: zero-padded ISO 3166-1 numeric codes ("084").
 */
export function trimBasemap(topology: Topology): Topology {
  const countries = topology.objects['countries'] as GeometryCollection;
  const kept = countries.geometries.filter((g) => g.id !== undefined && !LEFT_OUT.has(String(g.id)));

  // Give each arc still in use a new, dense index; a negative index means "reversed" (~i).
  const renumbered = new Map<number, number>();
  const remap = (arcs: Arcs): Arcs =>
    (arcs as unknown[]).map((a) => {
      if (Array.isArray(a)) return remap(a as Arcs);
      const index = a as number;
      const original = index < 0 ? ~index : index;
      let next = renumbered.get(original);
      if (next === undefined) {
        next = renumbered.size;
        renumbered.set(original, next);
      }
      return index < 0 ? ~next : next;
    }) as Arcs;

  const geometries = kept.map((g) => {
    const withArcs = g as GeometryObject & { arcs?: Arcs };
    return { type: g.type, id: g.id, arcs: withArcs.arcs ? remap(withArcs.arcs) : [] } as unknown as GeometryObject;
  });
  const arcs = [...renumbered.keys()].map((original) => topology.arcs[original]!);

  return {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs,
  } as Topology;
}

let siteBasemap: Topology | undefined;

/** The trimmed world-atlas basemap every build-time user shares (data file, static map, share cards). */
export function getBasemap(): Topology {
  siteBasemap ??= trimBasemap(world as unknown as Topology);
  return siteBasemap;
}

/**
 * The basemap as the browser gets it (/data/basemap.json): quantised again onto a coarser grid,
 * and each arc's steps ([x0, y0, dx1, dy1, ...]) written as one string in the polyline encoding
 * (small numbers take one character and need no comma). At 3,000 steps across the world a step is
 * about 13 km: 1.4 px at zoom 4, where a chosen country opens, and about the precision of the
 * 1:110m shapes themselves. The file drops from 34 KB to about 17 KB gzipped, the largest saving
 * on the map page. expandArcs() (in the browser) turns it back into TopoJSON.
 */
export const BROWSER_GRID = 3000;

/**
 * Points closer than this many grid steps to the line through their neighbours are left out
 * (Douglas-Peucker): 2.5 steps is about 33 km, 3.4 px at zoom 4 where a chosen country opens and
 * invisible at the opening view, near the detail of the 1:110m shapes themselves. It saves about a
 * sixth of the file (3 KB gzip), room the map page's labels, gestures and chips need in its 85 KB.
 * Each arc keeps its two ends, so neighbouring countries still meet.
 */
export const SIMPLIFY_STEPS = 2.5;

/** Douglas-Peucker on one arc: its two ends, and every point farther than `tolerance` from the simplified line. */
export function simplifyArc<P extends readonly [number, number]>(points: readonly P[], tolerance: number): P[] {
  if (points.length <= 2 || tolerance <= 0) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [x, y] = points[i]!;
      // Distance to the segment's line; to the end point itself when both ends coincide (a ring).
      const d = length === 0 ? Math.hypot(x - ax, y - ay) : Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = true;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i]);
}

export interface CompactBasemap {
  type: 'Topology';
  transform: { scale: [number, number]; translate: [number, number] };
  objects: Topology['objects'];
  /** Each arc's [x0, y0, dx1, dy1, ...] on the BROWSER_GRID grid, polyline-encoded (encodeSteps). */
  arcs: string[];
}

export function compactBasemap(topology: Topology, grid = BROWSER_GRID, tolerance = SIMPLIFY_STEPS): CompactBasemap {
  const from = topology.transform;
  if (!from) throw new Error('compactBasemap: the basemap must be quantised (it has no transform)');
  // The world-atlas extent in degrees, read off its own transform (its grid is 1e5 steps).
  const [x0, y0] = from.translate;
  const toAbsolute = (arc: number[][]) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [x0 + (x += dx!) * from.scale[0], y0 + (y += dy!) * from.scale[1]] as const);
  };
  const absolute = topology.arcs.map(toAbsolute);
  const xs = absolute.flat().map((p) => p[0]);
  const ys = absolute.flat().map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale: [number, number] = [(maxX - minX) / (grid - 1), (maxY - minY) / (grid - 1)];
  const arcs = absolute.map((arc) => {
    const flat: number[] = [];
    let px = 0;
    let py = 0;
    const onGrid = arc.map(([x, y]) => [Math.round((x - minX) / scale[0]), Math.round((y - minY) / scale[1])] as const);
    simplifyArc(onGrid, tolerance).forEach(([qx, qy], i, kept) => {
      // A step that lands on the same grid point adds nothing (but an arc keeps its two ends).
      if (i > 0 && i < kept.length - 1 && qx === px && qy === py) return;
      flat.push(qx - px, qy - py);
      px = qx;
      py = qy;
    });
    return encodeSteps(flat);
  });
  return { type: 'Topology', transform: { scale, translate: [minX, minY] }, objects: topology.objects, arcs };
}

/**
 * Whole numbers in the polyline encoding (as in Google's encoded polylines): each number is
 * zig-zagged (0, -1, 1, -2 … become 0, 1, 2, 3 …), cut into 5-bit groups, low first, each written
 * as a character from 63 ('?') up, with 32 added to every group but a number's last. The
 * characters are all printable and none needs escaping in JSON. decodeSteps() reverses it.
 */
export function encodeSteps(numbers: readonly number[]): string {
  let out = '';
  for (const n of numbers) {
    let v = n < 0 ? ~(n << 1) : n << 1;
    while (v >= 0x20) {
      out += String.fromCharCode((0x20 | (v & 0x1f)) + 63);
      v >>>= 5;
    }
    out += String.fromCharCode(v + 63);
  }
  return out;
}
