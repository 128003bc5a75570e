import type { APIRoute } from 'astro';
import { SITE } from '../../../domain/consts.ts';
import { langParams, type Lang } from '../../../i18n/languages.ts';
import { toDataFile } from '../../../shared/map/export.ts';
import { loadMapCountries } from '../../../build/map/load-map-countries.ts';
import { getSource } from '../../../build/site-content.ts';

export const getStaticPaths = langParams;

/** /data/countries.json (and /fr/…, /ht/…): every country record as the map reads it, in that language, with the citation and as-of date. */
export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Lang };
  const data = toDataFile(await loadMapCountries(lang), await getSource(SITE.primarySource), SITE.asOf, lang);
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
