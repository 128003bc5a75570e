import type { APIRoute } from 'astro';
import world from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { trimBasemap } from '../../lib/map/basemap';

/** /data/basemap.json: Natural Earth 1:110m country shapes, trimmed (see src/lib/map/basemap.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(trimBasemap(world as unknown as Topology)), { headers: { 'content-type': 'application/json' } });
