import type { APIRoute } from 'astro';
import { langParams, type Lang } from '../../../i18n/languages';
import { toCsv } from '../../../lib/map/export';
import { loadMapCountries } from '../../../lib/map/load-map-countries';

export const getStaticPaths = langParams;

/** /data/countries.csv (and /fr/…, /ht/…): the same records as a spreadsheet, one row per country. */
export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Lang };
  return new Response(toCsv(await loadMapCountries(lang), lang), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
