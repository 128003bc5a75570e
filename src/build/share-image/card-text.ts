/**
 * The sentences the home and map share cards print under their titles, counted from the
 * countries the card's map shows. Kept apart from the og route so the build test that compares
 * every stated count with the rows behind it can read exactly what a card says.
 */
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/languages.ts';
import { countSentence } from '../../shared/countries.ts';
import type { Status } from '../../domain/vocabulary.ts';

export function siteCardDetails(countries: readonly { status: Status }[], lang: Lang): { home: string; map: string } {
  const words = t(lang).og;
  const count = countSentence(countries, lang);
  return { home: words.whatEach(count), map: words.joined(count) };
}
