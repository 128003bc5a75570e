/**
 * The content collections. Every schema lives in src/domain/schemas (one file per concern, every
 * field documented there) so that the build, the content check and the tests share one definition.
 * Every collection is read by one loader over the same reader the content check uses
 * (src/build/content-loader.ts), and cross-file rules (references, paragraph ranges, figures,
 * duplicates) are enforced by the content-guard integration before the build starts.
 */
import { defineCollection } from 'astro:content';
import { contentLoader, translationLoader } from './build/content-loader.ts';
import { articleSchema } from './domain/schemas/article.ts';
import { countrySchema } from './domain/schemas/country.ts';
import { glossaryTermSchema } from './domain/schemas/glossary.ts';
import { personSchema } from './domain/schemas/person.ts';
import { sourceSchema } from './domain/schemas/source.ts';
import { timelineEventSchema } from './domain/schemas/timeline.ts';
import { translatedArticleSchema, translatedCountrySchema, translatedEventSchema, translatedPersonSchema, translatedTermSchema } from './domain/schemas/translation.ts';

export const collections = {
  sources: defineCollection({ loader: contentLoader('sources'), schema: sourceSchema }),
  countries: defineCollection({ loader: contentLoader('countries'), schema: countrySchema }),
  articles: defineCollection({ loader: contentLoader('articles'), schema: articleSchema }),
  timeline: defineCollection({ loader: contentLoader('timeline'), schema: timelineEventSchema }),
  people: defineCollection({ loader: contentLoader('people'), schema: personSchema }),
  glossary: defineCollection({ loader: contentLoader('glossary'), schema: glossaryTermSchema }),
  // Translations (content/translations/<lang>/), ids "fr/kenya": text only, matched to the originals above.
  articleTranslations: defineCollection({ loader: translationLoader('articles'), schema: translatedArticleSchema }),
  countryTranslations: defineCollection({ loader: translationLoader('countries'), schema: translatedCountrySchema }),
  timelineTranslations: defineCollection({ loader: translationLoader('timeline'), schema: translatedEventSchema }),
  peopleTranslations: defineCollection({ loader: translationLoader('people'), schema: translatedPersonSchema }),
  glossaryTranslations: defineCollection({ loader: translationLoader('glossary'), schema: translatedTermSchema }),
};
