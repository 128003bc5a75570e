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
