/**
 * The rules a translation is held to: every English record has one in every language, none is
 * extra, it cites exactly what its original cites, its arrays line up with the original's, its
 * links stay in its language, its Markdown is as safe, and the figure check runs on it as on the
 * English (every figure in a sentence must be in a paragraph that sentence cites).
 */
import type { ZodType } from 'astro/zod';
import { LANGUAGE_INFO, type Lang } from '../../i18n/languages.ts';
import { HT_COUNTRY_NAMES } from '../../i18n/kreyol.ts';
import { figureChecker } from '../figure-check/check.ts';
import type { ArticleData } from '../../domain/schemas/article.ts';
import type { Country } from '../../domain/schemas/country.ts';
import type { GlossaryTerm } from '../../domain/schemas/glossary.ts';
import type { Person } from '../../domain/schemas/person.ts';
import type { Source } from '../../domain/schemas/source.ts';
import type { TimelineEvent } from '../../domain/schemas/timeline.ts';
import {
  translatedArticleSchema,
  translatedCountrySchema,
  translatedEventSchema,
  translatedPersonSchema,
  translatedTermSchema,
  type TranslatedArticle,
  type TranslatedCountry,
  type TranslatedEvent,
  type TranslatedPerson,
} from '../../domain/schemas/translation.ts';
import type { ContentError } from '../../domain/errors.ts';
import { countryIdentityProblems } from './country-identity.ts';
import { markdownProblems } from './markdown-safety.ts';
import type { ContentFile, ContentFiles, ContentTree, Parsed } from './read-content.ts';

export interface Originals {
  sources: Parsed<Source>[];
  articles: Parsed<ArticleData>[];
  countries: Parsed<Country>[];
  timeline: Parsed<TimelineEvent>[];
  people: Parsed<Person>[];
  glossary: Parsed<GlossaryTerm>[];
}

/** The schema parser of validate.ts: entries that pass, typed; each failure recorded as a content error. */
export type Parse = <T>(schema: ZodType<T>, entries: ContentFile[]) => Parsed<T>[];

/** Footnote paragraphs an article body cites, as a sorted list. */
function citedParagraphs(body: string): number[] {
  return [...new Set([...body.matchAll(/\[\^p(\d+)\](?!:)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/**
 * `files` (all that was read) keeps one fault to one message: an English record its schema refused
 * still has a translation (not "translates X, which has no English original"), and a file the
 * reader refused is not reported missing as well.
 */
export function validateTranslation(errors: ContentError[], lang: Exclude<Lang, 'en'>, tree: ContentTree, originals: Originals, parse: Parse, files?: Pick<ContentFiles, keyof ContentTree | 'refused'>): void {
  const language = LANGUAGE_INFO[lang].englishName;
  const folder = `content/translations/${lang}`;
  const { allowed, checkText, checkBody } = figureChecker(errors, originals.sources, lang);

  /** Each original has exactly one translation, and each translation an original. */
  const pair = <O extends { id: string }, T extends { id: string; file: string }>(kind: string, originalsOfKind: readonly O[], translated: readonly T[], expectedFile: (id: string) => string, collection?: keyof ContentTree) => {
    const byId = new Map(translated.map((t) => [t.id, t]));
    const pairs: [O, T][] = [];
    // Every translation read, even one its schema refused (that has its own message).
    const read = new Set(collection ? tree[collection].map((t) => t.id) : []);
    for (const original of originalsOfKind) {
      const translation = byId.get(original.id);
      if (translation) pairs.push([original, translation]);
      else if (!read.has(original.id) && !files?.refused.has(expectedFile(original.id))) {
        // A list file (glossary.json, timeline.json, people.json) is there: its entry is what is missing.
        const inList = !expectedFile(original.id).includes(original.id);
        errors.push(
          inList
            ? { file: expectedFile(original.id), field: '(entries)', message: `has no entry with the id "${original.id}": every ${kind} needs a ${language} translation (if the id was changed in English, change it here too)` }
            : { file: expectedFile(original.id), field: '(whole file)', message: `is missing: every ${kind} needs a ${language} translation` },
        );
      }
    }
    const known = new Set([...originalsOfKind.map((o) => o.id), ...(collection && files ? files[collection].map((o) => o.id) : [])]);
    const englishFile = (id: string) => expectedFile(id).replace(`${folder}/`, 'content/');
    for (const t of translated) {
      if (!known.has(t.id) && !files?.refused.has(englishFile(t.id))) errors.push({ file: t.file, field: '(whole file)', message: `translates "${t.id}", which has no English original` });
    }
    return pairs;
  };

  // Articles: same citations, same number of takeaways, every sentence's figures in the paragraphs it cites.
  const articles = parse<TranslatedArticle>(translatedArticleSchema, tree.articles);
  for (const [original, translation] of pair('article', originals.articles, articles, (id) => `${folder}/articles/${id}.md`, 'articles')) {
    const same = JSON.stringify(translation.data.sources) === JSON.stringify(original.data.sources);
    if (!same) errors.push({ file: translation.file, field: 'sources', message: `must be exactly the English article's sources (${JSON.stringify(original.data.sources.map((s) => s.paragraphs))})` });
    const cited = citedParagraphs(translation.body ?? '');
    const expected = citedParagraphs(original.body ?? '');
    if (cited.join() !== expected.join()) errors.push({ file: translation.file, field: 'body', message: `cites paragraphs ${cited.join(', ')}; the English cites ${expected.join(', ')}` });
    if (translation.data.takeaways.length !== original.data.takeaways.length) {
      errors.push({ file: translation.file, field: 'takeaways', message: `has ${translation.data.takeaways.length} takeaways; the English has ${original.data.takeaways.length}` });
    }
    const whole = allowed(original.data.sources);
    checkText(translation.file, 'title', translation.data.title, whole, false);
    checkText(translation.file, 'standfirst', translation.data.standfirst, whole, false);
    translation.data.takeaways.forEach((t, i) => checkText(translation.file, `takeaways[${i}]`, t, whole, false));
    checkBody(translation.file, translation.body ?? '', translation.bodyOffset ?? 0, original.data.sources);
    // Links that leave the language are found with the rest of the Markdown check, in every form a link takes.
    for (const problem of markdownProblems(translation.body ?? '', translation.bodyOffset ?? 0, lang)) errors.push({ file: translation.file, field: `body (line ${problem.line})`, message: problem.message });
  }

  // Countries: arrays line up with the English; text holds only figures the record's paragraphs state.
  const countries = parse<TranslatedCountry>(translatedCountrySchema, tree.countries);
  const countryPairs = pair('country record', originals.countries, countries, (id) => `${folder}/countries/${id}.json`, 'countries');
  // A translated name is the same country as the English record's code, and unlike every other.
  errors.push(...countryIdentityProblems(countryPairs.flatMap(([original, t]) => (t.data.name ? [{ file: t.file, name: t.data.name, iso3: original.data.iso3 }] : [])), lang));
  for (const [original, translation] of countryPairs) {
    const { file, data } = translation;
    const say = (field: string, message: string) => errors.push({ file, field, message });
    if (lang === 'ht' && !data.name && !HT_COUNTRY_NAMES[original.data.iso3]) say('name', `is needed: the Kreyòl table has no name for ${original.data.iso3}`);
    const whole = allowed(original.data.sources);
    const primary = original.data.sources[0]?.source;
    const scope = (paragraphs: number[]) => (primary ? allowed([{ source: primary, paragraphs }]) : undefined);
    checkText(file, 'summary', data.summary, whole, false);
    if (data.conditions.length !== original.data.conditions.length) say('conditions', `has ${data.conditions.length} entries; the English has ${original.data.conditions.length}`);
    data.conditions.forEach((c, i) => checkText(file, `conditions[${i}].text`, c.text, scope(original.data.conditions[i]?.paragraphs ?? []), false));
    if (data.offers.length !== original.data.offers.length) say('offers', `has ${data.offers.length} entries; the English has ${original.data.offers.length}`);
    data.offers.forEach((offer, i) => {
      const english = original.data.offers[i];
      if (!english) return;
      if (Boolean(offer.detail) !== Boolean(english.detail)) say(`offers[${i}].detail`, english.detail ? 'is missing: the English offer has a detail' : 'has no English original');
      if (offer.detail) checkText(file, `offers[${i}].detail`, offer.detail, whole, false);
      if (offer.conditions.length !== english.conditions.length) say(`offers[${i}].conditions`, `has ${offer.conditions.length} entries; the English has ${english.conditions.length}`);
      offer.conditions.forEach((c, j) => checkText(file, `offers[${i}].conditions[${j}].text`, c.text, scope(english.conditions[j]?.paragraphs ?? []), false));
    });
  }

  const timeline = parse<TranslatedEvent>(translatedEventSchema, tree.timeline);
  for (const [original, translation] of pair('timeline entry', originals.timeline, timeline, () => `${folder}/timeline.json`, 'timeline')) {
    const within = allowed(original.data.sources);
    checkText(translation.file, 'title', translation.data.title, within, false);
    checkText(translation.file, 'description', translation.data.description, within, false);
    if (Boolean(translation.data.when) !== Boolean(original.data.when)) errors.push({ file: translation.file, field: 'when', message: original.data.when ? 'is missing: the English entry has one' : 'has no English original' });
  }

  const people = parse<TranslatedPerson>(translatedPersonSchema, tree.people);
  for (const [original, translation] of pair('person', originals.people, people, () => `${folder}/people.json`, 'people')) {
    const within = allowed(original.data.sources);
    checkText(translation.file, 'role', translation.data.role, within, false);
    checkText(translation.file, 'part', translation.data.part, within, false);
    if (Boolean(translation.data.quoteTranslation) !== Boolean(original.data.quote)) {
      errors.push({ file: translation.file, field: 'quoteTranslation', message: original.data.quote ? 'is missing: the English entry has a quote to translate' : 'has no quote to translate' });
    }
  }

  const glossary = parse<GlossaryTerm>(translatedTermSchema, tree.glossary);
  pair('glossary term', originals.glossary, glossary, () => `${folder}/glossary.json`, 'glossary');
}
