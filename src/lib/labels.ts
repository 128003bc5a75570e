/**
 * English words for the codes stored in content/, kept for code that has no language at hand (the
 * data downloads are English). Every language's words live in its dictionary (src/i18n/dictionaries),
 * typed so that a new status or kind added to the vocabulary fails the type check until it has words.
 */
import { en } from '../i18n/dictionaries/en';

export const STATUS_LABELS = en.status;
export const ROLE_LABELS = en.role;
export const KIND_LABELS = en.kind;
export const STANDING_LABELS = en.standing;
