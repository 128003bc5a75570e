/**
 * The service worker's cache names, versioned by the build (src/build/integrations/offline.ts writes
 * the build id into dist/sw.js). A new build gets new names, and the worker deletes every cache
 * of ours that is not named for its own build when it activates, so no reader keeps a page from
 * before a correction. Pure: used by the worker, the page's save button and the tests.
 */

/** Every cache this site makes starts with this, so the worker never touches another app's caches. */
export const CACHE_PREFIX = 'haiti-mission-';

export interface CacheNames {
  /** Pages and the files beside them (map data, basemap, static map): network first. */
  pages: string;
  /** Fingerprinted build files under /_astro/: cache first, their names change with their content. */
  assets: string;
}

export function cacheNames(buildId: string): CacheNames {
  if (!/^[\w-]+$/.test(buildId)) throw new Error(`build id must be letters, digits, - or _: ${JSON.stringify(buildId)}`);
  return { pages: `${CACHE_PREFIX}pages-${buildId}`, assets: `${CACHE_PREFIX}assets-${buildId}` };
}

/** Our caches from other builds: the ones to delete. Other sites' or apps' caches are left alone. */
export function staleCaches(existing: readonly string[], buildId: string): string[] {
  const current = new Set(Object.values(cacheNames(buildId)));
  return existing.filter((name) => name.startsWith(CACHE_PREFIX) && !current.has(name));
}
