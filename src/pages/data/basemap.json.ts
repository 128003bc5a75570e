import type { APIRoute } from 'astro';
import { compactBasemap, getBasemap } from '../../build/map/basemap.ts';

/** /data/basemap.json: Natural Earth 1:110m country shapes, trimmed and compacted (see src/build/map/basemap.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(compactBasemap(getBasemap())), { headers: { 'content-type': 'application/json' } });
