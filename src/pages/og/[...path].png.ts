/**
 * Share images (1200x630 PNG) for the home page, the map, every article and every country page,
 * generated at build time: /og/home.png, /og/map.png, /og/articles/ID.png, /og/countries/ID.png.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../consts';
import { countSentence, summariseOffers } from '../../lib/countries';
import { formatDate } from '../../lib/format';
import { getBasemap } from '../../lib/map/basemap';
import { loadMapCountries } from '../../lib/map/load-map-countries';
import { shareCard, type CardContent } from '../../lib/share-image/card';
import { miniMap } from '../../lib/share-image/mini-map';
import { renderCard } from '../../lib/share-image/render';
import { getArticles, getCountries } from '../../lib/site-content';

export const getStaticPaths = (async () => {
  const basemap = getBasemap();
  const mapCountries = await loadMapCountries();
  const count = countSentence(mapCountries);
  const asOf = `As reported ${formatDate(SITE.asOf)} · Source: Miami Herald`;
  const cards: { path: string; card: CardContent }[] = [
    {
      path: 'home',
      card: { siteName: SITE.name, kicker: 'EXPLAINER', title: 'Who is offering to help Kenya take on Haiti’s gangs', detail: `${count}: what each offered`, footer: asOf, map: miniMap(basemap, mapCountries) },
    },
    {
      path: 'map',
      card: { siteName: SITE.name, kicker: 'MAP', title: 'Who is offering what, on a map', detail: `${count}, each joined to Haiti`, footer: asOf, map: miniMap(basemap, mapCountries) },
    },
  ];
  for (const article of await getArticles()) {
    cards.push({ path: `articles/${article.id}`, card: { siteName: SITE.name, kicker: article.data.section.toUpperCase(), title: article.data.title, footer: asOf, map: miniMap(basemap, mapCountries) } });
  }
  const byId = new Map(mapCountries.map((c) => [c.id, c]));
  for (const country of await getCountries()) {
    const focus = byId.get(country.id);
    cards.push({
      path: `countries/${country.id}`,
      card: { siteName: SITE.name, kicker: focus?.statusLabel.toUpperCase() ?? '', title: country.name, detail: summariseOffers(country), footer: asOf, map: miniMap(basemap, mapCountries, focus) },
    });
  }
  return cards.map(({ path, card }) => ({ params: { path }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardContent }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(shareCard(props.card))), { headers: { 'content-type': 'image/png' } });
