import type { APIRoute } from 'astro';
import { getBasemap } from '../../lib/map/basemap';
import { loadMapCountries } from '../../lib/map/load-map-countries';
import { staticMapSvg } from '../../lib/map/static-svg';

/** /map/static-map.svg: the map for readers without JavaScript and for print. */
export const GET: APIRoute = async () =>
  new Response(staticMapSvg(getBasemap(), await loadMapCountries()), {
    headers: { 'content-type': 'image/svg+xml' },
  });
