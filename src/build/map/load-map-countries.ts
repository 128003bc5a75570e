/** The map's data from the content collections, in one language: used by the data downloads and the map pages. */
import { SITE } from '../../domain/consts.ts';
import type { Lang } from '../../i18n/languages.ts';
import { getArticles, getCountries, getSource } from '../site-content.ts';
import { toMapCountries, type MapCountry } from '../../shared/map/map-country.ts';
import { oncePerBuild } from '../once-per-build.ts';

export function loadMapCountries(lang: Lang): Promise<readonly MapCountry[]> {
  return oncePerBuild(`map-countries/${lang}`, () => readMapCountries(lang));
}

async function readMapCountries(lang: Lang): Promise<MapCountry[]> {
  const [countries, articles, source] = await Promise.all([getCountries(lang), getArticles(lang), getSource(SITE.primarySource)]);
  return toMapCountries(
    countries,
    articles.map((a) => ({ id: a.id, title: a.data.title, countries: a.data.countries, published: a.data.published })),
    source,
    lang,
  );
}
