/**
 * The interface strings of every language, and the few helpers pages and scripts use with them.
 */
import { en, type ClientStrings, type Dictionary } from './dictionaries/en';
import { fr } from './dictionaries/fr';
import { ht } from './dictionaries/ht';
import type { Lang } from './languages';

export const DICTIONARIES: Record<Lang, Dictionary> = { en, fr, ht };

/** The dictionary of a language. */
export function t(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

export { fill } from './fill';

export type { ClientStrings, Dictionary };
