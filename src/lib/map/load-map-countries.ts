/** The map's data from the content collections: used by the data downloads and the map pages. */
import { SITE } from '../../consts';
import { getArticles, getCountries, getSource } from '../site-content';
import { toMapCountries, type MapCountry } from './map-country';

export async function loadMapCountries(): Promise<MapCountry[]> {
  const [countries, articles, source] = await Promise.all([getCountries(), getArticles(), getSource(SITE.primarySource)]);
  return toMapCountries(
    countries,
    articles.map((a) => ({ id: a.id, title: a.data.title, countries: a.data.countries })),
    source,
  );
}
