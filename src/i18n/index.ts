/**
 * The interface strings of every language, and the few helpers pages and scripts use with them.
 */
import { en, type ClientStrings, type Dictionary } from './dictionaries/en.ts';
import { fr } from './dictionaries/fr.ts';
import { ht } from './dictionaries/ht.ts';
import type { Lang } from './languages.ts';

export const DICTIONARIES: Record<Lang, Dictionary> = { en, fr, ht };

/** The dictionary of a language. */
export function t(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

export { fill } from './fill.ts';

export type { ClientStrings, Dictionary };
