/**
 * Share images (1200x630 PNG) for the home page, the map, every article and every country page,
 * drawn at build time in each language: /og/home.png, /og/map.png, /og/articles/ID.png,
 * /og/countries/ID.png, and the same under /og/fr/ and /og/ht/.
 * Drawn on worker threads and cached between builds: see src/build/share-image/share-cards.ts.
 */
import { formatter } from '../../i18n/format.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../domain/consts.ts';
import { t } from '../../i18n/index.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { ogImagePath } from '../../i18n/paths.ts';
import { typeset } from '../../i18n/typography.ts';
import { summariseOffers } from '../../shared/countries.ts';
import { getBasemap } from '../../build/map/basemap.ts';
import { loadMapCountries } from '../../build/map/load-map-countries.ts';
import { shareCard, type CardContent } from '../../build/share-image/card.ts';
import { siteCardDetails } from '../../build/share-image/card-text.ts';
import type { CardDrawing } from '../../build/share-image/drawing.ts';
import { miniMap } from '../../build/share-image/mini-map.ts';
import { prepareShareCards, shareCardPng } from '../../build/share-image/share-cards.ts';
import { getArticles, getCountries } from '../../build/site-content.ts';

export const getStaticPaths = (async () => {
  const basemap = getBasemap();
  const cards: { path: string; drawing: CardDrawing }[] = [];
  for (const lang of LANGUAGES) {
    const words = t(lang);
    const mapCountries = await loadMapCountries(lang);
    const details = siteCardDetails(mapCountries, lang);
    const asOf = words.og.asOf(formatter(lang).date(SITE.asOf));
    // The home, map and article cards all show this one world map: work it out once per language.
    const worldMap = miniMap(basemap, mapCountries);
    // "/og/fr/home.png" → path "fr/home".
    const path = (name: string) => ogImagePath(lang, name).slice('/og/'.length, -'.png'.length);
    // The card's words get the page's typography before they are drawn (the pages get it after the build).
    const set = (text: string) => typeset(text, lang);
    const card = (content: Omit<CardContent, 'siteName' | 'footer'>) =>
      shareCard({ ...content, siteName: set(words.site.name), footer: set(asOf), kicker: set(content.kicker), title: set(content.title), ...(content.detail ? { detail: set(content.detail) } : {}) });
    cards.push(
      { path: path('home'), drawing: card({ kicker: words.og.explainer, title: words.home.title, detail: details.home, map: worldMap }) },
      { path: path('map'), drawing: card({ kicker: words.og.map, title: words.og.mapTitle, detail: details.map, map: worldMap }) },
    );
    for (const article of await getArticles(lang)) {
      cards.push({ path: path(`articles/${article.id}`), drawing: card({ kicker: article.data.section.toUpperCase(), title: article.data.title, map: worldMap }) });
    }
    const byId = new Map(mapCountries.map((c) => [c.id, c]));
    for (const country of await getCountries(lang)) {
      const focus = byId.get(country.id);
      cards.push({ path: path(`countries/${country.id}`), drawing: card({ kicker: focus?.statusLabel.toUpperCase() ?? '', title: country.name, detail: summariseOffers(country, lang), map: miniMap(basemap, mapCountries, focus) }) });
    }
  }
  // In a build, every card missing from the cache is queued now for the drawing workers (one per
  // core); in `astro dev` a card is drawn only when asked for.
  if (!import.meta.env.DEV) await prepareShareCards(cards.map((c) => c.drawing));
  return cards.map(({ path, drawing }) => ({ params: { path }, props: { drawing } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ drawing: CardDrawing }> = async ({ props, url }) =>
  new Response(await shareCardPng(props.drawing, url.pathname), { headers: { 'content-type': 'image/png' } });
