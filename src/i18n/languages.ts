/**
 * The site's languages: English at /, the others under /<code>/ with the same paths after the
 * prefix. Adding a language is one line here, one dictionary (src/i18n/dictionaries/<code>.ts)
 * and one content folder (content/translations/<code>/); the README shows how.
 */
export const LANGUAGES = ['en', 'fr', 'ht'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The original: the articles are written in it, and it is served without a prefix. */
export const DEFAULT_LANG: Lang = 'en';

/** The languages content is translated into. */
export const TRANSLATED_LANGS = LANGUAGES.filter((lang): lang is Exclude<Lang, typeof DEFAULT_LANG> => lang !== DEFAULT_LANG);

export interface LanguageInfo {
  /** The language's name in itself, for the switcher. */
  name: string;
  /** Its name in English, for messages to editors. */
  englishName: string;
  /** BCP 47 tag for <html lang>, hreflang and Pagefind. */
  tag: string;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
}

export const LANGUAGE_INFO: Record<Lang, LanguageInfo> = {
  en: { name: 'English', englishName: 'English', tag: 'en', ogLocale: 'en_GB' },
  fr: { name: 'Français', englishName: 'French', tag: 'fr', ogLocale: 'fr_FR' },
  // Node's ICU has no Haitian Creole, so its name in itself is written here, not asked of Intl.
  ht: { name: 'Kreyòl ayisyen', englishName: 'Haitian Creole', tag: 'ht', ogLocale: 'ht_HT' },
};

export function isLang(value: string | undefined): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** "/map/" in `lang`: "/map/" for English, "/fr/map/" for French. `path` starts with "/". */
export function localePath(lang: Lang, path: string): string {
  return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/** The language of a URL path and the path without its prefix: "/ht/map/" → { lang: "ht", path: "/map/" }. */
export function splitLocale(pathname: string): { lang: Lang; path: string } {
  const match = /^\/([a-z]{2,3})(\/.*)?$/.exec(pathname);
  if (match && isLang(match[1]) && match[1] !== DEFAULT_LANG) return { lang: match[1], path: match[2] ?? '/' };
  return { lang: DEFAULT_LANG, path: pathname };
}

/** Astro getStaticPaths params for a page in every language: `[...lang]` is undefined for English. */
export function langParams(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGUAGES.map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang }, props: { lang } }));
}

