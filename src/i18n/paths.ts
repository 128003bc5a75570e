/** Addresses of the files made per language that are not pages: share cards and data. */
import { DEFAULT_LANG, type Lang } from './languages';

/** A share card: /og/home.png in English, /og/fr/home.png in French. */
export function ogImagePath(lang: Lang, name: string): string {
  return lang === DEFAULT_LANG ? `/og/${name}.png` : `/og/${lang}/${name}.png`;
}
