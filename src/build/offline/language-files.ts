/**
 * What "Save for offline reading" downloads for one language, worked out at build time from the
 * built pages (src/build/integrations/offline.ts): the language's pages (articles, countries, map and
 * the rest), every build file they load, the map's data and basemap, and the static map.
 * Never the search index, the embed, the 404 page or another language's pages. Pure, unit tested.
 */
import { BASEMAP_URL } from '../../shared/map/data-paths.ts';
import { reachableChunks, stylesheetReferences } from '../module-graph.ts';
import { splitLocale, type Lang } from '../../i18n/languages.ts';
import { OFFLINE_PAGE } from '../../shared/offline/strategy.ts';

/** Pages a saved language leaves out: search needs the network, the embed is for other sites. */
const NOT_SAVED = [/^\/search\//, /^\/embed\//, /^\/404(\.html|\/)$/];

/** Whether a built page (its URL path, e.g. "/fr/countries/belize/") is one of the language's pages to save. */
export function isSavedPage(path: string, lang: Lang): boolean {
  const split = splitLocale(path);
  if (split.lang !== lang) return false;
  if (!split.path.endsWith('/')) return false;
  return !NOT_SAVED.some((pattern) => pattern.test(split.path));
}

/** The same-origin files a page's HTML names: scripts, preloads, images, icon, and the map's data. */
export function pageFiles(html: string): string[] {
  const found = new Set<string>();
  const add = (url: string | undefined) => {
    if (url && url.startsWith('/') && !url.startsWith('//')) found.add(url.replace(/&amp;/g, '&'));
  };
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (/\b(modulepreload|preload|stylesheet)\b/.test(rel) || rel === 'icon') {
      // One icon is enough: browsers take the first they support (the SVG).
      if (rel === 'icon' && [...found].some((url) => url.startsWith('/favicon'))) continue;
      add(/\bhref="([^"]+)"/.exec(tag)?.[1]);
    }
  }
  for (const match of html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)) add(match[1]);
  if (/\bdata-contributor-map\b/.test(html)) {
    add(/\bdata-map-data="([^"]+)"/.exec(html)?.[1]);
    add(BASEMAP_URL);
  }
  return [...found];
}

export interface BuiltFile {
  /** URL path: "/fr/map/" for a page, "/_astro/x.js" for a file. */
  path: string;
  html?: string;
}

/**
 * Every file to save for `lang`, pages first, sorted within each group, no duplicates. `readChunk`
 * reads a build file under /_astro/ by name, to follow what scripts import later (Leaflet, the map).
 */
export function languageFiles(lang: Lang, pages: readonly BuiltFile[], readChunk: (name: string) => string | undefined): string[] {
  const saved = pages.filter((page) => isSavedPage(page.path, lang));
  const files = new Set<string>();
  for (const page of saved) for (const file of pageFiles(page.html ?? '')) files.add(file);
  const entries = [...files].filter((file) => file.startsWith('/_astro/') && file.endsWith('.js')).map((file) => file.slice('/_astro/'.length));
  const chunks = [...entries, ...reachableChunks(entries, readChunk)];
  for (const chunk of chunks) {
    files.add(`/_astro/${chunk}`);
    // A stylesheet a script loads itself (the map's Leaflet rules) is needed offline too.
    for (const sheet of stylesheetReferences(readChunk(chunk) ?? '')) files.add(`/_astro/${sheet}`);
  }
  return [...saved.map((page) => page.path).sort(), ...[...files].sort()];
}

/** The files the offline page itself needs (it is cached when the first page of its language is). */
export function offlinePageFiles(lang: Lang, pages: readonly BuiltFile[]): string[] {
  const page = pages.find((p) => splitLocale(p.path).lang === lang && splitLocale(p.path).path === OFFLINE_PAGE);
  if (!page) throw new Error(`no offline page for ${lang}`);
  return [page.path, ...pageFiles(page.html ?? '').filter((file) => file.startsWith('/_astro/'))];
}

/** Kilobytes as a reader reads them: whole numbers, never 0 for a file that has bytes. */
export function kilobytes(bytes: number): number {
  return bytes === 0 ? 0 : Math.max(1, Math.round(bytes / 1024));
}
