/** What the page and the service worker say to each other about saving a language, and the build's file lists. */
import { localePath, type Lang } from '../../i18n/languages.ts';

/** One language's files to save (dist/<lang>/data/offline-files.json, written by the build). */
export interface OfflineFileList {
  build: string;
  lang: Lang;
  /** Their total size as sent over the network (gzip), in bytes. */
  bytes: number;
  files: { path: string; bytes: number }[];
}

export type SaveReport =
  | { type: 'progress' | 'saved'; done: number; total: number; bytes: number; totalBytes: number }
  | { type: 'outdated' }
  | { type: 'failed'; message: string };

/**
 * Stored in the pages cache once a language is saved whole. It lives in the build's cache, so a
 * new build (which deletes that cache) shows the button again rather than a claim of being saved.
 */
export function savedMarker(lang: Lang): string {
  return localePath(lang, '/offline/saved');
}
