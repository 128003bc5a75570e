/**
 * The text a share card draws from content (an article's title and section, a country's name, in
 * every language) must be text the card's fonts have: anything else is drawn as empty boxes
 * (share-image/card-coverage.ts). Emoji, Arabic, Hebrew and the like are refused there, with the
 * character named.
 */
import { undrawableOnCard } from '../share-image/card-coverage.ts';
import type { ContentError } from '../../domain/errors.ts';
import type { ContentFile, ContentFiles } from './read-content.ts';

const field = (entry: ContentFile, name: string) => {
  const value = (entry.data as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** A section label is one or two words above a title (the longest real one has 21 characters). */
export const MAX_SECTION_CHARS = 40;

export function shareCardTextProblems(files: ContentFiles): ContentError[] {
  const errors: ContentError[] = [];
  const check = (entry: ContentFile, name: string) => {
    const text = field(entry, name);
    const missing = text ? undrawableOnCard(text) : [];
    if (missing.length > 0) {
      const shown = missing.slice(0, 5).map((char) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
      errors.push({ file: entry.file, field: name, message: `is drawn on the share card, whose font cannot draw ${shown.join(', ')}: it would show as empty boxes; write it without ${missing.length === 1 ? 'that character' : 'those characters'}` });
    }
  };
  for (const tree of [files, ...Object.values(files.translations)]) {
    for (const article of tree.articles) {
      check(article, 'title');
      check(article, 'section');
      const section = field(article, 'section');
      if (section && [...section].length > MAX_SECTION_CHARS) {
        errors.push({ file: article.file, field: 'section', message: `is ${[...section].length} characters; a section label has room for ${MAX_SECTION_CHARS} (it stands above the title on the page and on the share card)` });
      }
    }
    for (const country of tree.countries) check(country, 'name');
  }
  return errors;
}
