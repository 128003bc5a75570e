import type { APIRoute } from 'astro';
import { langParams, type Lang } from '../../../i18n/languages.ts';
import { toCsv } from '../../../shared/map/export.ts';
import { loadMapCountries } from '../../../build/map/load-map-countries.ts';

export const getStaticPaths = langParams;

/** /data/countries.csv (and /fr/…, /ht/…): the same records as a spreadsheet, one row per country. */
export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Lang };
  return new Response(toCsv(await loadMapCountries(lang), lang), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
