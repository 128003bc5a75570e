/**
 * What a built script pulls in, found by reading the bundler's output: every other chunk it names,
 * whether imported at once (`from"../lib/x.js"`), later (`import("../lib/x.js")`) or through Vite's preload
 * list (`"_astro/x.js"`). Used to name them all in a page's <head> (modulepreload), so the browser
 * fetches the whole chain in one round trip instead of one hop at a time.
 */

const CHUNK_REFERENCE = /["'`](?:\.\/|_astro\/|\/_astro\/)([\w.-]+\.js)["'`]/g;

/** The chunk names a script's text refers to (file names under /_astro/). */
export function chunkReferences(code: string): string[] {
  return [...new Set([...code.matchAll(CHUNK_REFERENCE)].map((match) => match[1]!))];
}

/** Every chunk reachable from `entries`, entries excluded, in the order first reached. */
export function reachableChunks(entries: readonly string[], read: (chunk: string) => string | undefined): string[] {
  const seen = new Set(entries);
  const found: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const code = read(queue.shift()!);
    if (code === undefined) continue;
    for (const next of chunkReferences(code)) {
      if (seen.has(next)) continue;
      seen.add(next);
      found.push(next);
      queue.push(next);
    }
  }
  return found;
}

const STYLESHEET_REFERENCE = /["'`](?:\.\/|_astro\/|\/_astro\/)([\w.-]+\.css)["'`]/g;

/** The stylesheets a script's text names (file names under /_astro/), e.g. Leaflet's, which the map loads itself. */
export function stylesheetReferences(code: string): string[] {
  return [...new Set([...code.matchAll(STYLESHEET_REFERENCE)].map((match) => match[1]!))];
}
