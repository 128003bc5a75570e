import type { APIRoute } from 'astro';
import { getBasemap } from '../../lib/map/basemap';

/** /data/basemap.json: Natural Earth 1:110m country shapes, trimmed (see src/lib/map/basemap.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(getBasemap()), { headers: { 'content-type': 'application/json' } });
