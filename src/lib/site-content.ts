/**
 * The pages' one way into the content collections: loads, sorts and joins records so that no page
 * repeats a query. Thin on purpose; the ordering rules live in pure, tested helpers.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortForReading, type CountryRecord } from './countries';
import { byDate } from './timeline';

export type Article = CollectionEntry<'articles'>;

export async function getCountries(): Promise<CountryRecord[]> {
  const entries = await getCollection('countries');
  return sortForReading(entries.map((entry) => ({ id: entry.id, ...entry.data })));
}

export async function getArticles(): Promise<Article[]> {
  const entries = await getCollection('articles');
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** Articles that list the country among those they concern, in reading order. */
export async function getArticlesAbout(countryId: string): Promise<Article[]> {
  return (await getArticles()).filter((article) => article.data.countries.includes(countryId));
}

export async function getTimeline() {
  return byDate((await getCollection('timeline')).map((entry) => entry.data));
}

export async function getPeople() {
  return (await getCollection('people')).map((entry) => entry.data);
}

/** Background terms, in the order editors wrote them. */
export async function getGlossary() {
  return (await getCollection('glossary')).map((entry) => entry.data);
}

export async function getSource(id: string) {
  const entries = await getCollection('sources');
  const source = entries.find((entry) => entry.data.id === id);
  // The content check guarantees every cited source exists; reaching this is a bug, not bad content.
  if (!source) throw new Error(`Unknown source "${id}"`);
  return source.data;
}
