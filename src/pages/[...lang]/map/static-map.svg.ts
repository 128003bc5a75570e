import type { APIRoute } from 'astro';
import { t } from '../../../i18n';
import { langParams, type Lang } from '../../../i18n/languages';
import { getBasemap } from '../../../lib/map/basemap';
import { loadMapCountries } from '../../../lib/map/load-map-countries';
import { staticMapSvg } from '../../../lib/map/static-svg';

export const getStaticPaths = langParams;

/** /map/static-map.svg: the map for readers without JavaScript and for print, titled in the page's language. */
export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Lang };
  return new Response(staticMapSvg(getBasemap(), await loadMapCountries(lang), t(lang).map.label), {
    headers: { 'content-type': 'image/svg+xml' },
  });
};
