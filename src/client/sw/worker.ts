/// <reference lib="webworker" />
/**
 * The site's service worker, bundled into dist/sw.js by src/build/integrations/offline.ts with the
 * build's id and the files of each language's offline page written in. What it does with each
 * request is decided by src/shared/offline/strategy.ts (pure, unit tested); this file only acts:
 * - pages the reader opens are kept (network first), fingerprinted files too (cache first), and
 *   the map's data and basemap once seen, so what was read stays readable offline;
 * - an address never saved gets the offline page of its language, which lists what is saved;
 * - a language is saved whole only when the reader asks (a "save" message from the page);
 * - a new build deletes the caches of the old one when it activates, and tells open pages.
 */
import { cacheNames, staleCaches } from '../../shared/offline/cache-names.ts';
import { cacheKeyFor, offlinePageFor, OFFLINE_FILES, strategyFor } from '../../shared/offline/strategy.ts';
import { savedMarker, type OfflineFileList, type SaveReport } from '../../shared/offline/messages.ts';
import { isLang, localePath, splitLocale, type Lang } from '../../i18n/languages.ts';

declare const self: ServiceWorkerGlobalScope;
declare const __BUILD_ID__: string;
declare const __OFFLINE_PAGE_FILES__: Record<Lang, string[]>;

const BUILD_ID = __BUILD_ID__;
const names = cacheNames(BUILD_ID);

self.addEventListener('install', () => {
  // Nothing is downloaded at install: the reader has asked for nothing yet.
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = staleCaches(await caches.keys(), BUILD_ID);
      await Promise.all(stale.map((name) => caches.delete(name)));
      await self.clients.claim();
      // Only a reader who had an older version is told: a first visit has nothing to compare.
      if (stale.length === 0) return;
      for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'updated', build: BUILD_ID });
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.headers.has('range')) return;
  const strategy = strategyFor({ url: request.url, method: request.method, mode: request.mode }, self.location.origin);
  if (strategy === 'pass') return;
  if (strategy === 'asset') event.respondWith(cacheFirst(request, event));
  else event.respondWith(networkFirst(request, strategy === 'page', event));
});

async function cacheFirst(request: Request, event: FetchEvent): Promise<Response> {
  const cache = await caches.open(names.assets);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  // Stored beside the page's use, not before it: the browser reads the response as it arrives.
  if (response.ok && response.type === 'basic') event.waitUntil(cache.put(request, response.clone()).catch(() => undefined));
  return response;
}

/**
 * On a connection that answers nothing for this long, the saved copy of this build is shown rather
 * than a blank screen; the network's answer, when it comes, still refreshes the cache.
 */
const SLOW_NETWORK_MS = 6000;

async function networkFirst(request: Request, page: boolean, event: FetchEvent): Promise<Response> {
  const cache = await caches.open(names.pages);
  const key = page ? cacheKeyFor(request.url) : request.url;
  const fromNetwork = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') {
      // Stored while the page streams in, not before it: the browser parses the HTML as it arrives.
      const kept = cache.put(key, response.clone());
      // The page to show for an address never saved, kept as soon as the reader reads a page in its
      // language (a few KB, once): without it, going offline would show the browser's error page.
      const lang = splitLocale(new URL(request.url).pathname).lang;
      event.waitUntil(kept.then(() => (page ? keepOfflinePage(lang) : undefined)).catch(() => undefined));
    }
    return response;
  });
  event.waitUntil(fromNetwork.catch(() => undefined));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const savedWhenSlow = new Promise<Response>((resolve, reject) => {
    timer = setTimeout(() => void cache.match(key).then((saved) => (saved ? resolve(saved) : fromNetwork.then(resolve, reject))), SLOW_NETWORK_MS);
  });
  try {
    return await Promise.race([fromNetwork, savedWhenSlow]);
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    if (!page) throw error;
    // The offline page in the address's language, or, if none of that language was ever kept,
    // in a language the reader did read in.
    const candidates = [offlinePageFor(request.url), ...Object.values(__OFFLINE_PAGE_FILES__).map((files) => files[0]!)];
    for (const path of candidates) {
      const offline = await cache.match(new URL(path, self.location.origin).href);
      if (offline) return offline;
    }
    return new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  } finally {
    clearTimeout(timer);
  }
}

async function keepOfflinePage(lang: Lang): Promise<void> {
  for (const path of __OFFLINE_PAGE_FILES__[lang]) await keep(path);
}

/** Fetches and stores a file of this site unless this build's caches already hold it. */
async function keep(path: string): Promise<void> {
  const cache = await caches.open(path.startsWith('/_astro/') ? names.assets : names.pages);
  const url = cacheKeyFor(new URL(path, self.location.origin).href);
  if (await cache.match(url)) return;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${path}`);
  await cache.put(url, response);
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; lang?: string; urls?: unknown[] } | null;
  const port = event.ports[0];
  if (data?.type === 'save' && isLang(data.lang) && port) event.waitUntil(saveLanguage(data.lang, (report) => port.postMessage(report)));
  if (data?.type === 'keep' && Array.isArray(data.urls)) event.waitUntil(keepPageRead(data.urls.filter((url): url is string => typeof url === 'string')));
});

/**
 * The page the reader had open when this worker took over, and the files it used, were fetched
 * before the worker could keep them: the page sends their addresses and they are kept now. They
 * come from the browser's HTTP cache (at most a revalidation), so this costs next to no data.
 */
async function keepPageRead(urls: string[]): Promise<void> {
  const [page] = urls;
  if (!page) return;
  const wanted = urls.filter((url) => strategyFor({ url, method: 'GET' }, self.location.origin) !== 'pass');
  await Promise.all(wanted.map((url) => keep(new URL(url).pathname).catch(() => undefined)));
  await keepOfflinePage(splitLocale(new URL(page).pathname).lang).catch(() => undefined);
}

/** Saves every file of one language (its list written by the build), reporting progress as it goes. */
async function saveLanguage(lang: Lang, report: (message: SaveReport) => void): Promise<void> {
  try {
    const listResponse = await fetch(localePath(lang, OFFLINE_FILES), { cache: 'no-cache' });
    if (!listResponse.ok) throw new Error(`${listResponse.status} for the list of files`);
    const list = (await listResponse.json()) as OfflineFileList;
    // A list from a newer build than this worker: the page reloads into the new version first.
    if (list.build !== BUILD_ID) return report({ type: 'outdated' });
    let done = 0;
    let bytes = 0;
    const queue = [...list.files];
    // Four at a time: quicker than one by one on a slow line, without flooding it.
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        await keep(file.path);
        done++;
        bytes += file.bytes;
        report({ type: 'progress', done, total: list.files.length, bytes, totalBytes: list.bytes });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    await (await caches.open(names.pages)).put(new URL(savedMarker(lang), self.location.origin).href, new Response(String(list.files.length)));
    report({ type: 'saved', done, total: list.files.length, bytes, totalBytes: list.bytes });
  } catch (error) {
    report({ type: 'failed', message: String(error) });
  }
}
