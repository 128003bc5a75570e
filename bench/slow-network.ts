/**
 * Page timings on an emulated slow phone network: 400 kbit/s down and up, 400 ms round trip
 * (Chromium's network emulation over the DevTools protocol, no CPU slowdown; Lighthouse covers
 * that). Every run starts with an empty cache, as a first visit does.
 */
import type { Browser } from 'playwright-core';

export const SLOW_NETWORK = { latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8, offline: false };

export interface SlowTimings {
  /** First contentful paint: the page's text is on screen (ms from navigation). */
  textMs: number;
  /** Largest contentful paint (ms). */
  lcpMs: number;
  /** The map's markers can be used (the map-ready mark), or null on a page without a map. */
  markersMs: number | null;
  /** Bytes that crossed the (emulated) network, compressed. */
  transferBytes: number;
  requests: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function once(browser: Browser, url: string, hasMap: boolean): Promise<SlowTimings> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
    let transferBytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      transferBytes += event.encodedDataLength;
      requests++;
    });
    await page.addInitScript(() => {
      const win = window as unknown as { __lcp: number };
      win.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) win.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (hasMap) await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    // Let the basemap and anything else late finish, so the byte count is the whole page.
    if (hasMap) await page.waitForSelector('[data-basemap="drawn"]', { timeout: 60_000 });
    const marks = await page.evaluate(() => ({
      text: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      lcp: (window as unknown as { __lcp: number }).__lcp,
      ready: performance.getEntriesByName('map-ready')[0]?.startTime ?? null,
    }));
    return { textMs: marks.text, lcpMs: marks.lcp, markersMs: marks.ready, transferBytes, requests };
  } finally {
    await context.close();
  }
}

/** The median of `runs` cold visits, each figure taken separately. */
export async function slowNetworkTimings(browser: Browser, url: string, hasMap: boolean, runs: number): Promise<SlowTimings> {
  const all: SlowTimings[] = [];
  for (let run = 0; run < runs; run++) all.push(await once(browser, url, hasMap));
  return {
    textMs: median(all.map((t) => t.textMs)),
    lcpMs: median(all.map((t) => t.lcpMs)),
    markersMs: hasMap ? median(all.map((t) => t.markersMs ?? NaN)) : null,
    transferBytes: median(all.map((t) => t.transferBytes)),
    requests: median(all.map((t) => t.requests)),
  };
}
