import type { APIRoute } from 'astro';
import { t } from '../../../i18n/index.ts';
import { langParams, type Lang } from '../../../i18n/languages.ts';
import { getBasemap } from '../../../build/map/basemap.ts';
import { loadMapCountries } from '../../../build/map/load-map-countries.ts';
import { staticMapSvg } from '../../../shared/map/static-svg.ts';

export const getStaticPaths = langParams;

/** /map/static-map.svg: the map for readers without JavaScript and for print, titled in the page's language. */
export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Lang };
  return new Response(staticMapSvg(getBasemap(), await loadMapCountries(lang), t(lang).map.label), {
    headers: { 'content-type': 'image/svg+xml' },
  });
};
