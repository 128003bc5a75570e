/**
 * The content check: every rule that keeps a reader from seeing something silently wrong.
 * Schema rules come from src/domain/schemas (the same ones Astro's collections use); the rest are
 * rules across files that Astro does not enforce by itself (a broken reference only logs there).
 */
import { MAX_ARTICLE_WORDS } from './limits.ts';
import countryCodes from 'i18n-iso-countries';
import type { ZodType, core } from 'astro/zod';
import { checkFigures } from '../figure-check/check.ts';
import { articleSchema, type ArticleData } from '../../domain/schemas/article.ts';
import type { Citation } from '../../domain/schemas/common.ts';
import { countrySchema, type Condition, type Country } from '../../domain/schemas/country.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../../domain/schemas/glossary.ts';
import { personSchema, type Person } from '../../domain/schemas/person.ts';
import { sourceSchema, type Source } from '../../domain/schemas/source.ts';
import { timelineEventSchema, type TimelineEvent } from '../../domain/schemas/timeline.ts';
import { fieldPath, type ContentError } from '../../domain/errors.ts';
import { countryIdentityProblems } from './country-identity.ts';
import { markdownProblems } from './markdown-safety.ts';
import { checkStandingEvidence } from './standing-evidence.ts';
import { checkTimelineOrder } from './timeline-order.ts';
import { validateTranslation } from './validate-translations.ts';
import { TRANSLATED_LANGS } from '../../i18n/languages.ts';
import type { ContentFile, ContentFiles, Parsed } from './read-content.ts';

/** Returns every problem found; an empty list means the content is fit to publish. `today` is YYYY-MM-DD. */
export function validateContent(files: ContentFiles, today: string): ContentError[] {
  const errors: ContentError[] = [];
  const parse = <T>(schema: ZodType<T>, entries: ContentFile[]): Parsed<T>[] =>
    entries.flatMap((entry) => {
      const result = schema.safeParse(entry.data, { reportInput: true });
      if (result.success) return [{ ...entry, data: result.data }];
      for (const issue of result.error.issues) errors.push(...describeIssue(entry.file, issue));
      return [];
    });

  const sources = parse<Source>(sourceSchema, files.sources);
  const countries = parse<Country>(countrySchema, files.countries);
  const articles = parse<ArticleData>(articleSchema, files.articles);
  const timeline = parse<TimelineEvent>(timelineEventSchema, files.timeline);
  const people = parse<Person>(personSchema, files.people);
  const glossary = parse<GlossaryTerm>(glossaryTermSchema, files.glossary);

  const paragraphCount = new Map(sources.map((s) => [s.data.id, s.data.paragraphs]));
  // A country file refused by the reader has its own message; references to it are not faults too.
  const countryIds = new Set([...files.countries.map((c) => c.id), ...[...files.refused].flatMap((path) => /^content\/countries\/([^/]+)\.json$/.exec(path)?.[1] ?? [])]);

  const checkCitations = (entry: { file: string }, citations: readonly Citation[], field = 'sources') =>
    citations.forEach((citation, i) => {
      const count = paragraphCount.get(citation.source);
      if (count === undefined) {
        errors.push({ file: entry.file, field: `${field}[${i}].source`, message: `"${citation.source}" is not a source in content/sources.json` });
        return;
      }
      citation.paragraphs.forEach((p, j) => {
        if (p > count) errors.push({ file: entry.file, field: `${field}[${i}].paragraphs[${j}]`, message: `paragraph ${p} is outside the report, which has ${count} paragraphs` });
      });
    });

  const checkCountryRef = (entry: { file: string }, id: string, field: string) => {
    if (!countryIds.has(id)) errors.push({ file: entry.file, field, message: `"${id}" has no country record (no content/countries/${id}.json)` });
  };
  const checkCountryRefs = (entry: { file: string }, ids: readonly string[], field: string) => ids.forEach((id, i) => checkCountryRef(entry, id, `${field}[${i}]`));
  /** Nothing on the site is dated after the day it is built. */
  const notInFuture = (entry: { file: string }, field: string, day: string | Date) => {
    const iso = typeof day === 'string' ? day : day.toISOString().slice(0, 10);
    if (iso > today) errors.push({ file: entry.file, field, message: `${iso} is after today (${today}): content cannot be dated in the future` });
  };
  for (const source of sources) notInFuture(source, 'published', source.data.published);

  checkUnique(errors, files.sources, 'id', (s) => (s.data as { id?: unknown })?.id);
  checkUnique(errors, files.timeline, 'id', (e) => (e.data as { id?: unknown })?.id);
  checkUnique(errors, files.people, 'id', (p) => (p.data as { id?: unknown })?.id);
  checkUnique(errors, files.glossary, 'id', (g) => (g.data as { id?: unknown })?.id);

  for (const country of countries) {
    if (!countryCodes.isValid(country.data.iso3)) {
      errors.push({ file: country.file, field: 'iso3', message: `"${country.data.iso3}" is not an ISO 3166-1 alpha-3 country code` });
    }
    checkCitations(country, country.data.sources);
    notInFuture(country, 'asOf', country.data.asOf);
    const listed = new Set(country.data.sources.flatMap((s) => s.paragraphs));
    const checkConditions = (conditions: readonly Condition[], field: string) =>
      conditions.forEach((condition, i) =>
        condition.paragraphs.forEach((p, j) => {
          if (!listed.has(p)) errors.push({ file: country.file, field: `${field}[${i}].paragraphs[${j}]`, message: `paragraph ${p} must also be listed in "sources"` });
        }),
      );
    checkConditions(country.data.conditions, 'conditions');
    country.data.offers.forEach((offer, i) => checkConditions(offer.conditions, `offers[${i}].conditions`));
  }
  errors.push(...countryIdentityProblems(countries.map((c) => ({ file: c.file, name: c.data.name, iso3: c.data.iso3, point: c.data.point })), 'en'));
  checkUnique(errors, countries, 'iso3', (c) => c.data.iso3, 'two records describe the same country');
  checkUnique(errors, countries, 'name', (c) => c.data.name, 'two records describe the same country');

  for (const article of articles) {
    checkCountryRefs(article, article.data.countries, 'countries');
    checkCitations(article, article.data.sources);
    if (article.data.updated < article.data.published) {
      errors.push({ file: article.file, field: 'updated', message: 'must not be earlier than "published"' });
    }
    notInFuture(article, 'published', article.data.published);
    notInFuture(article, 'updated', article.data.updated);
    checkFootnotes(errors, article, paragraphCount);
    const words = (article.body ?? '').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    if (words > MAX_ARTICLE_WORDS) {
      errors.push({ file: article.file, field: 'body', message: `is ${words} words; an article may have at most ${MAX_ARTICLE_WORDS} (about 15 minutes' reading on a phone): split it in two` });
    }
    for (const problem of markdownProblems(article.body ?? '', article.bodyOffset ?? 0, 'en')) {
      errors.push({ file: article.file, field: `body (line ${problem.line})`, message: problem.message });
    }
  }
  checkUnique(errors, articles, 'order', (a) => a.data.order, 'two articles share one place in the reading order');

  for (const event of timeline) {
    checkCountryRefs(event, event.data.countries, 'countries');
    checkCitations(event, event.data.sources);
    notInFuture(event, 'date', event.data.date);
  }
  for (const person of people) {
    checkCountryRef(person, person.data.country, 'country');
    checkCitations(person, person.data.sources);
    const quote = person.data.quote;
    if (quote && !person.data.sources.some((c) => c.paragraphs.includes(quote.paragraph))) {
      errors.push({ file: person.file, field: 'quote.paragraph', message: `paragraph ${quote.paragraph} must also be listed in "sources"` });
    }
  }
  errors.push(...checkFigures({ sources, articles, countries, timeline, people }));
  // Issue 14: labels no firmer than their paragraph's words, and a timeline in date order.
  errors.push(...checkStandingEvidence(countries, sources), ...checkTimelineOrder(timeline, sources));
  for (const lang of TRANSLATED_LANGS) {
    validateTranslation(errors, lang, files.translations[lang], { sources, articles, countries, timeline, people, glossary }, parse, files);
    for (const article of files.translations[lang].articles) {
      const updated = (article.data as { updated?: unknown } | undefined)?.updated;
      if (typeof updated === 'string' || updated instanceof Date) notInFuture(article, 'updated', updated instanceof Date ? updated : updated.slice(0, 10));
    }
  }
  return errors;
}

/** Reports every entry after the first that repeats a value. */
function checkUnique<T extends { file: string }>(
  errors: ContentError[],
  entries: readonly T[],
  field: string,
  value: (entry: T) => unknown,
  why = 'must be unique',
) {
  const seen = new Map<unknown, string>();
  for (const entry of entries) {
    const key = value(entry);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first) errors.push({ file: entry.file, field, message: `${why}: ${JSON.stringify(key)} is also used by ${first}` });
    else seen.set(key, entry.file);
  }
}

/**
 * Articles cite the report with GFM footnotes labelled by paragraph ("[^p7]"). The labels must
 * point inside the report, and the front matter must list exactly the paragraphs the text cites,
 * so that the "sources" shown above an article are the ones its footnotes use.
 */
function checkFootnotes(errors: ContentError[], article: Parsed<ArticleData>, paragraphCount: Map<string, number>) {
  const body = article.body ?? '';
  const cited = new Set<number>();
  for (const match of body.matchAll(/\[\^([^\]]+)\](?!:)/g)) {
    const label = match[1] ?? '';
    const paragraph = /^p(\d+)$/.exec(label);
    if (!paragraph) {
      errors.push({ file: article.file, field: 'body', message: `footnote [^${label}] must be labelled by report paragraph, like [^p7]` });
      continue;
    }
    if (Number(paragraph[1]) < 1) {
      errors.push({ file: article.file, field: 'body', message: `footnote [^${label}] points at no paragraph: the report's paragraphs count from 1` });
      continue;
    }
    cited.add(Number(paragraph[1]));
  }
  const defined = new Set([...body.matchAll(/^\[\^p(\d+)\]:/gm)].map((m) => Number(m[1])));
  for (const p of cited) if (!defined.has(p)) errors.push({ file: article.file, field: 'body', message: `footnote [^p${p}] is used but never defined` });

  const primary = article.data.sources[0];
  const count = primary ? paragraphCount.get(primary.source) : undefined;
  for (const p of cited) {
    if (count !== undefined && p > count) errors.push({ file: article.file, field: 'body', message: `footnote [^p${p}] points outside the report, which has ${count} paragraphs` });
  }
  const listed = new Set(article.data.sources.flatMap((s) => s.paragraphs));
  const missing = [...cited].filter((p) => !listed.has(p)).sort((a, b) => a - b);
  const unused = [...listed].filter((p) => !cited.has(p)).sort((a, b) => a - b);
  if (missing.length) errors.push({ file: article.file, field: 'sources[0].paragraphs', message: `must include paragraphs the footnotes cite: ${missing.join(', ')}` });
  if (unused.length) errors.push({ file: article.file, field: 'sources[0].paragraphs', message: `lists paragraphs no footnote cites: ${unused.join(', ')}` });
}

/** Zod's wording made editor-friendly: unknown keys are named one by one, a missing field says so. */
function describeIssue(file: string, issue: core.$ZodIssue): ContentError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      field: fieldPath([...issue.path, key]),
      message: 'is not a known field (check its spelling; the allowed fields are documented in src/domain/schemas/)',
    }));
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the alternative the data came closest to (the one that failed deepest), not "Invalid input".
    const depth = (issues: core.$ZodIssue[]) => Math.max(...issues.map((i) => i.path.length));
    const closest = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best));
    if (depth(closest) > 0) return closest.flatMap((inner) => describeIssue(file, { ...inner, path: [...issue.path, ...inner.path] }));
  }
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && 'input' in issue && issue.input === undefined) {
    return [{ file, field: fieldPath(issue.path), message: `is required but missing (${issue.message})` }];
  }
  return [{ file, field: fieldPath(issue.path), message: issue.message }];
}
