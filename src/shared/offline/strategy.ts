/**
 * Which way the service worker answers a request. Pure, unit tested; src/client/sw/worker.ts only acts on it.
 * - "page": an HTML page. Network first (a correction shows at once when online), the cached copy
 *   when offline, and the offline page in the address's language when it was never saved.
 * - "asset": a fingerprinted build file under /_astro/. Cache first: its name changes with its content.
 * - "data": another file of this site a page uses (map data, basemap, static map, icons). Network
 *   first, cached once seen, so the map works offline once it has been seen.
 * - "pass": left to the browser, never cached: other origins, anything but GET, the search index
 *   (search needs the network), share cards, the worker itself, the embed (it lives in other sites'
 *   pages) and the lists of files to save.
 */
import { localePath, splitLocale } from '../../i18n/languages.ts';

export type Strategy = 'page' | 'asset' | 'data' | 'pass';

export interface RequestFacts {
  url: string;
  method: string;
  /** Request.mode: "navigate" for a page the browser opens. */
  mode?: string;
}

export const OFFLINE_PAGE = '/offline/';
/** Each language's list of files to save for offline reading, and their size (written by the build). */
export const OFFLINE_FILES = '/data/offline-files.json';

const NEVER_CACHED = [/^\/pagefind\//, /^\/og\//, /^\/sw\.js$/, /^\/embed\//, /^\/data\/offline-files\.json$/];

export function strategyFor(request: RequestFacts, origin: string): Strategy {
  if (request.method !== 'GET') return 'pass';
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return 'pass';
  }
  if (url.origin !== origin) return 'pass';
  const { path } = splitLocale(url.pathname);
  if (NEVER_CACHED.some((pattern) => pattern.test(path))) return 'pass';
  if (url.pathname.startsWith('/_astro/')) return 'asset';
  if (request.mode === 'navigate' || path.endsWith('/') || path.endsWith('.html')) return 'page';
  return 'data';
}

/** The offline page a never-saved address falls back to, in that address's language. */
export function offlinePageFor(url: string): string {
  return localePath(splitLocale(new URL(url).pathname).lang, OFFLINE_PAGE);
}

/** A cached page is looked up without its query (?country=kenya on /map/ is the same page). */
export function cacheKeyFor(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}
