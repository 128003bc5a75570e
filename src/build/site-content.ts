/**
 * The pages' one way into the content collections: loads, sorts, joins and translates records so
 * that no page repeats a query. In French or Kreyòl, a record is its English original with the
 * translation's text laid over it: figures, dates, statuses and citations always come from the
 * original. Thin on purpose; the ordering rules live in pure, tested helpers.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { countryName } from '../i18n/country-names.ts';
import type { Lang } from '../i18n/languages.ts';
import { sortForReading, type CountryRecord } from '../shared/countries.ts';
import { byDate } from '../shared/timeline.ts';
import { oncePerBuild as once } from './once-per-build.ts';
import { readRenderedBody, type RenderedBody } from './markdown/rendered-bodies.ts';

export type Article = CollectionEntry<'articles'> | (Omit<CollectionEntry<'articleTranslations'>, 'data'> & { data: CollectionEntry<'articles'>['data'] });

/** A translation entry, which the content check guarantees exists for every original. */
async function translation<C extends 'articleTranslations' | 'countryTranslations' | 'timelineTranslations' | 'peopleTranslations' | 'glossaryTranslations'>(collection: C, lang: Lang, id: string) {
  const entry = await getEntry(collection, `${lang}/${id}`);
  // The content check fails the build on a missing translation; reaching this is a bug, not bad content.
  if (!entry) throw new Error(`No ${lang} translation of ${collection} "${id}"`);
  return entry;
}

export function getCountries(lang: Lang): Promise<readonly CountryRecord[]> {
  return once(`countries/${lang}`, () => readCountries(lang));
}

async function readCountries(lang: Lang): Promise<CountryRecord[]> {
  const entries = await getCollection('countries');
  const records = await Promise.all(
    entries.map(async ({ id, data }): Promise<CountryRecord> => {
      if (lang === 'en') return { id, ...data };
      const text = (await translation('countryTranslations', lang, id)).data;
      // English-only fields are replaced by the translation's or dropped, never shown in English.
      const { nameInText: _englishName, statusNote: englishNote, ...shared } = data;
      return {
        id,
        ...shared,
        ...(text.nameInText ? { nameInText: text.nameInText } : {}),
        ...(englishNote && text.statusNote ? { statusNote: { ...englishNote, text: text.statusNote } } : {}),
        name: text.name ?? countryName(lang, data.iso3, data.name) ?? data.name,
        summary: text.summary,
        conditions: data.conditions.map((c, i) => ({ ...c, text: text.conditions[i]?.text ?? c.text })),
        offers: data.offers.map((offer, i) => {
          const translated = text.offers[i];
          const { detail: _english, ...rest } = offer;
          return {
            ...rest,
            ...(translated?.detail ? { detail: translated.detail } : {}),
            conditions: offer.conditions.map((c, j) => ({ ...c, text: translated?.conditions[j]?.text ?? c.text })),
          };
        }),
      };
    }),
  );
  return sortForReading(records);
}

export function getArticles(lang: Lang): Promise<readonly Article[]> {
  return once(`articles/${lang}`, () => readArticles(lang));
}

/** The article's body rendered (its HTML, headings and reading time), in the language of its page. */
export function getArticleBody(article: Article, lang: Lang): RenderedBody {
  // Translations are stored as "fr/<id>" (content-loader.ts); readArticles gives them the original's id.
  return readRenderedBody(article.collection, lang === 'en' ? article.id : `${lang}/${article.id}`);
}

async function readArticles(lang: Lang): Promise<Article[]> {
  const entries = (await getCollection('articles')).sort((a, b) => a.data.order - b.data.order);
  if (lang === 'en') return entries;
  return Promise.all(
    entries.map(async (original) => {
      const text = await translation('articleTranslations', lang, original.id);
      const { title, standfirst, section, takeaways, updated } = text.data;
      return { ...text, id: original.id, data: { ...original.data, title, standfirst, section, takeaways, updated } };
    }),
  );
}

/** Articles that list the country among those they concern, in reading order. */
export async function getArticlesAbout(countryId: string, lang: Lang): Promise<Article[]> {
  return (await getArticles(lang)).filter((article) => article.data.countries.includes(countryId));
}

export async function getTimeline(lang: Lang) {
  const events = (await getCollection('timeline')).map((entry) => entry.data);
  if (lang === 'en') return byDate(events);
  const translated = await Promise.all(
    events.map(async (event) => {
      const text = (await translation('timelineTranslations', lang, event.id)).data;
      return { ...event, title: text.title, description: text.description, ...(text.when ? { when: text.when } : {}) };
    }),
  );
  return byDate(translated);
}

export async function getPeople(lang: Lang) {
  const people = (await getCollection('people')).map((entry) => entry.data);
  if (lang === 'en') return people.map((person) => ({ ...person, quoteTranslation: undefined as string | undefined }));
  return Promise.all(
    people.map(async (person) => {
      const text = (await translation('peopleTranslations', lang, person.id)).data;
      return { ...person, role: text.role, part: text.part, quoteTranslation: text.quoteTranslation };
    }),
  );
}

/** Background terms, in the order editors wrote them. */
export async function getGlossary(lang: Lang) {
  const terms = (await getCollection('glossary')).map((entry) => entry.data);
  const shown = lang === 'en' ? terms : await Promise.all(terms.map(async (term) => (await translation('glossaryTranslations', lang, term.id)).data));
  // A glossary is read in the alphabetical order of its own language (« Accord bilatéral » first in French).
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...shown].sort((a, b) => collator.compare(a.term, b.term));
}

export async function getSource(id: string) {
  const entries = await getCollection('sources');
  const source = entries.find((entry) => entry.data.id === id);
  // The content check guarantees every cited source exists; reaching this is a bug, not bad content.
  if (!source) throw new Error(`Unknown source "${id}"`);
  return source.data;
}
