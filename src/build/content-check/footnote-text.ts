/**
 * A footnote definition is where a claim comes from, not a claim: "[^p7]: Miami Herald,
 * 26 September 2023, paragraph 7." Readers see it at the end of the article, but the figure check
 * reads sentences only, so a figure written there ("… paragraph 7. Belize later offered 5,000.")
 * would reach readers unchecked. Here every figure in a definition must be its own paragraph's
 * number or part of the report's date; anything else belongs in a sentence, where it is checked.
 */
import { TRANSLATED_LANGS, type Lang } from '../../i18n/languages.ts';
import { extractTranslatedFigures } from '../figure-check/extract-translated.ts';
import { extractFigures, MONTHS } from '../figure-check/extract.ts';
import type { ContentError } from '../../domain/errors.ts';
import type { ContentFile, ContentFiles } from './read-content.ts';

export function footnoteTextProblems(files: ContentFiles): ContentError[] {
  const errors: ContentError[] = [];
  const published = new Map<string, string>();
  for (const source of files.sources) {
    const data = source.data as { id?: unknown; published?: unknown } | undefined;
    if (typeof data?.id === 'string' && typeof data.published === 'string') published.set(data.id, data.published);
  }
  const reportDateOf = (article: ContentFile, english?: ContentFile) => {
    const sources = ((article.data as { sources?: { source?: unknown }[] } | undefined)?.sources ?? (english?.data as { sources?: { source?: unknown }[] } | undefined)?.sources) ?? [];
    const id = sources[0]?.source;
    return typeof id === 'string' ? published.get(id) : undefined;
  };
  const check = (article: ContentFile, lang: Lang, reportDate: string | undefined) => {
    if (!reportDate) return;
    const [year, month, day] = reportDate.split('-');
    (article.body ?? '').split('\n').forEach((text, index) => {
      const definition = /^\s*\[\^p(\d+)\]:\s*(.*)$/.exec(text);
      if (!definition) return;
      const own = String(Number(definition[1]));
      const figures = lang === 'en' ? extractFigures(definition[2]!) : extractTranslatedFigures(definition[2]!, lang);
      const allowedNumbers = new Set([own, year, String(Number(day))]);
      const stray = [
        ...figures.numbers.filter((n) => !allowedNumbers.has(n)),
        ...figures.days.filter((d) => d !== reportDate && d !== `--${month}-${day}`),
        ...figures.months.filter((m) => m !== MONTHS[Number(month) - 1]),
      ];
      if (stray.length > 0) {
        const line = (article.bodyOffset ?? 0) + index + 1;
        errors.push({ file: article.file, field: `body (line ${line})`, message: `the footnote [^p${own}] holds the figure “${stray[0]}”: a footnote names its source (outlet, date, paragraph ${own}) and nothing more; put the figure in a sentence, where it is checked`, line });
      }
    });
  };
  const english = new Map(files.articles.map((a) => [a.id, a]));
  for (const article of files.articles) check(article, 'en', reportDateOf(article));
  for (const lang of TRANSLATED_LANGS) for (const article of files.translations[lang].articles) check(article, lang, reportDateOf(article, english.get(article.id)));
  return errors;
}
