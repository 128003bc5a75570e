/**
 * The content collections. Every schema lives in src/lib/schemas (one file per concern, every
 * field documented there) so that the build, the content check and the tests share one definition.
 * Cross-file rules (references, paragraph ranges, duplicates) are enforced by the content-guard
 * integration before the build starts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './lib/schemas/article';
import { countrySchema } from './lib/schemas/country';
import { glossaryTermSchema } from './lib/schemas/glossary';
import { personSchema } from './lib/schemas/person';
import { sourceSchema } from './lib/schemas/source';
import { timelineEventSchema } from './lib/schemas/timeline';

export const collections = {
  sources: defineCollection({ loader: file('./content/sources.json'), schema: sourceSchema }),
  countries: defineCollection({ loader: glob({ pattern: '*.json', base: './content/countries' }), schema: countrySchema }),
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: './content/articles' }), schema: articleSchema }),
  timeline: defineCollection({ loader: file('./content/timeline.json'), schema: timelineEventSchema }),
  people: defineCollection({ loader: file('./content/people.json'), schema: personSchema }),
  glossary: defineCollection({ loader: file('./content/glossary.json'), schema: glossaryTermSchema }),
};
