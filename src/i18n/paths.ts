/** Addresses of the files made per language that are not pages: share cards and data. */
import { DEFAULT_LANG, type Lang } from './languages.ts';

/** Where every share card is, in every language. */
export const SHARE_CARD_PREFIX = '/og/';

/** A share card: /og/home.png in English, /og/fr/home.png in French. */
export function ogImagePath(lang: Lang, name: string): string {
  return lang === DEFAULT_LANG ? `${SHARE_CARD_PREFIX}${name}.png` : `${SHARE_CARD_PREFIX}${lang}/${name}.png`;
}
