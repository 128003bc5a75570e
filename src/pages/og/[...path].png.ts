/**
 * Share images (1200x630 PNG) for the home page, the map, every article and every country page,
 * drawn at build time in each language: /og/home.png, /og/map.png, /og/articles/ID.png,
 * /og/countries/ID.png, and the same under /og/fr/ and /og/ht/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../consts';
import { t } from '../../i18n';
import { LANGUAGES } from '../../i18n/languages';
import { ogImagePath } from '../../i18n/paths';
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
  const cards: { path: string; card: CardContent }[] = [];
  for (const lang of LANGUAGES) {
    const words = t(lang);
    const mapCountries = await loadMapCountries(lang);
    const count = countSentence(mapCountries, lang);
    const asOf = words.og.asOf(formatDate(SITE.asOf, lang));
    // "/og/fr/home.png" → path "fr/home".
    const path = (name: string) => ogImagePath(lang, name).slice('/og/'.length, -'.png'.length);
    const card = (content: Omit<CardContent, 'siteName' | 'footer'>): CardContent => ({ siteName: words.site.name, footer: asOf, ...content });
    cards.push(
      { path: path('home'), card: card({ kicker: words.og.explainer, title: words.home.title, detail: words.og.whatEach(count), map: miniMap(basemap, mapCountries) }) },
      { path: path('map'), card: card({ kicker: words.og.map, title: words.og.mapTitle, detail: words.og.joined(count), map: miniMap(basemap, mapCountries) }) },
    );
    for (const article of await getArticles(lang)) {
      cards.push({ path: path(`articles/${article.id}`), card: card({ kicker: article.data.section.toUpperCase(), title: article.data.title, map: miniMap(basemap, mapCountries) }) });
    }
    const byId = new Map(mapCountries.map((c) => [c.id, c]));
    for (const country of await getCountries(lang)) {
      const focus = byId.get(country.id);
      cards.push({ path: path(`countries/${country.id}`), card: card({ kicker: focus?.statusLabel.toUpperCase() ?? '', title: country.name, detail: summariseOffers(country, lang), map: miniMap(basemap, mapCountries, focus) }) });
    }
  }
  return cards.map(({ path, card }) => ({ params: { path }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardContent }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(shareCard(props.card))), { headers: { 'content-type': 'image/png' } });
