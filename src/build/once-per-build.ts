/**
 * Lists the pages share (the articles, the countries, the map's data, each per language) are
 * worked out once per build and handed to every page that asks: some 3,800 pages at 1,000
 * articles, most of which ask, and working them out for each page made the build grow with
 * pages x articles. Not in `astro dev`, where an edit must show on the next page load. Callers get
 * the same value: they must never change it (the types say readonly).
 */
const results = new Map<string, Promise<unknown>>();

export function oncePerBuild<T>(key: string, work: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return work();
  let result = results.get(key) as Promise<T> | undefined;
  if (!result) {
    result = work();
    results.set(key, result);
  }
  return result;
}
