import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/map/export';
import { loadMapCountries } from '../../lib/map/load-map-countries';

/** /data/countries.csv: the same records as a spreadsheet, one row per country. */
export const GET: APIRoute = async () => {
  return new Response(toCsv(await loadMapCountries()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
