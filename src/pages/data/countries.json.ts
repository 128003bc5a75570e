import type { APIRoute } from 'astro';
import { SITE } from '../../consts';
import { toDataFile } from '../../lib/map/export';
import { loadMapCountries } from '../../lib/map/load-map-countries';
import { getSource } from '../../lib/site-content';

/** /data/countries.json: every country record as the map reads it, with the citation and as-of date. */
export const GET: APIRoute = async () => {
  const data = toDataFile(await loadMapCountries(), await getSource(SITE.primarySource), SITE.asOf);
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
