/**
 * Translations (content/translations/<lang>/) hold text only: every figure, date, status,
 * quantity and paragraph citation comes from the English record they translate, matched by file
 * name or id. Arrays line up with the English ones entry for entry; the content check holds each
 * translation to its original (same citations, same figures, nothing missing, nothing extra).
 */
import { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import { slug } from './common.ts';
import { glossaryTermSchema } from './glossary.ts';

/** content/translations/<lang>/articles/SLUG.md: the translated front matter; the body is the translated article. */
export const translatedArticleSchema = articleSchema.pick({
  /** Headline, standfirst, section label and takeaways in the language (as many takeaways as the English). */
  title: true,
  standfirst: true,
  section: true,
  takeaways: true,
  /** When this translation was last changed. */
  updated: true,
  /** Must be exactly the English article's sources. */
  sources: true,
});
export type TranslatedArticle = z.infer<typeof translatedArticleSchema>;

const translatedCondition = z.strictObject({ text: z.string().min(1) });

/** content/translations/<lang>/countries/ID.json: the country's text, aligned with content/countries/ID.json. */
export const translatedCountrySchema = z.strictObject({
  /** The country's name, where the language's own table has none (Kreyòl) or it should differ. */
  name: z.string().min(1).optional(),
  /** The name as running text needs it, where that differs from `name` (see the English record). */
  nameInText: z.string().min(1).optional(),
  summary: z.string().min(40, 'must be a full paragraph (40 characters or more)'),
  /** The English record's status note in the language; without it the page shows none. */
  statusNote: z.string().min(1).optional(),
  /** One per English offer, same order: the offer's detail (if the English has one) and its conditions. */
  offers: z.array(z.strictObject({ detail: z.string().min(1).optional(), conditions: z.array(translatedCondition) })),
  /** One per English condition, same order. */
  conditions: z.array(translatedCondition),
});
export type TranslatedCountry = z.infer<typeof translatedCountrySchema>;

/** An entry of content/translations/<lang>/timeline.json, matched to the English entry by id. */
export const translatedEventSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  description: z.string().min(1),
  /** Only where the English entry has "when". */
  when: z.string().min(1).optional(),
});
export type TranslatedEvent = z.infer<typeof translatedEventSchema>;

/** An entry of content/translations/<lang>/people.json, matched to the English entry by id. */
export const translatedPersonSchema = z.strictObject({
  id: slug,
  role: z.string().min(1),
  part: z.string().min(1),
  /** Our translation of the English quote (only where the English has one); the quote itself stays as spoken. */
  quoteTranslation: z.string().min(1).max(300).optional(),
});
export type TranslatedPerson = z.infer<typeof translatedPersonSchema>;

/** Glossary terms translate one for one, same ids, and like the English carry no citation. */
export const translatedTermSchema = glossaryTermSchema;
