/**
 * The words the map's scripts show, read from the map's root (ContributorMap.astro writes them
 * there): a file of its own so the panel and the map both use it without importing each other.
 */
import type { ClientStrings } from '../../i18n/dictionaries/en.ts';
import type { GestureWords } from './gestures.ts';

/** The page's words, written into the map's root by ContributorMap.astro (the script carries none of its own). */
export type MapStrings = Omit<ClientStrings, 'searching' | 'noResults' | 'oneResult' | 'results' | 'shareCopied' | 'shareCopiedButton' | 'shareCopy' | 'shareCopyFailed' | 'mapLoadFailed'> & GestureWords & IssueEighteenWords;
/** Issue 18: the zoom buttons' labels, the markers' sentence and the colon, in the page's language. */
type IssueEighteenWords = { zoomIn?: string; zoomOut?: string; markerLabel?: string; colon?: string; semicolon?: string };

export function mapStrings(root: HTMLElement): MapStrings {
  return JSON.parse(root.dataset['mapStrings'] ?? '{}') as MapStrings;
}
