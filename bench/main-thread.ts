/**
 * The main thread's longest tasks while a page loads and its map sets up, from a Chromium trace,
 * measured in CPU time (the trace's thread time), not wall time: on a busy machine a task's wall
 * time grows with whatever else runs, its CPU time hardly at all. Lighthouse's mobile test runs the
 * page at full speed and counts each task four times as long, so a task of 12 ms CPU here is about
 * 50 ms there, the line above which a task blocks input (TBT).
 *
 *   node bench/main-thread.ts /map/ /fr/map/ /embed/map/   (against dist/; build first)
 *
 * For each page, the median of 3 loads (mobile viewport, no CPU slowdown): the longest task that
 * ran a script (ours or Leaflet's: evaluating a module, a timer, a frame callback, a resumed
 * step), and the longest that only the browser's own work filled (parsing, style, layout, paint).
 */
import type { Browser } from 'playwright-core';

export interface MainThreadTasks {
  /** CPU ms of the longest task that ran a script, and what filled most of it. */
  scriptTaskMs: number;
  scriptTaskKind: string;
  /** CPU ms of the longest task without a script (parsing, style, layout, paint). */
  browserTaskMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; beginData?: { url?: string } };
}

/** Trace events that mean a script ran inside a task. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'FireIdleCallback']);

async function once(browser: Browser, url: string): Promise<MainThreadTasks> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    // A map page is measured until its land is drawn (the last step of setting up); others until idle.
    if (await page.locator('[data-contributor-map][data-mode="full"], [data-contributor-map][data-mode="embed"]').count()) {
      await page.waitForSelector('[data-contributor-map][data-basemap="drawn"]', { timeout: 60_000 });
    }
    await page.waitForTimeout(1000); // settle: this is a measurement, not a test
    await cdp.send('Tracing.end');
    await complete;
    const origin = new URL(url).origin;
    const mainThreads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    let scriptTaskMs = 0;
    let scriptTaskKind = '';
    let browserTaskMs = 0;
    for (const thread of mainThreads) {
      const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined);
      // The page's own renderer, the one that parsed its HTML: the trace holds every renderer's,
      // Chromium's own pages (chrome://) included.
      if (!mine.some((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(origin))) continue;
      for (const task of mine.filter((e) => e.name === 'RunTask')) {
        const cpu = (task.tdur ?? 0) / 1000;
        const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
        const scripts = inside.filter((e) => SCRIPT_EVENTS.has(e.name) && e.dur! > 1000);
        if (scripts.length && cpu > scriptTaskMs) {
          scriptTaskMs = cpu;
          scriptTaskKind = scripts.sort((a, b) => b.dur! - a.dur!)[0]!.name;
        } else if (!scripts.length && cpu > browserTaskMs) browserTaskMs = cpu;
      }
    }
    return { scriptTaskMs, scriptTaskKind, browserTaskMs };
  } finally {
    await context.close();
  }
}

/** The median of `runs` loads, by the longest script task. */
export async function mainThreadTasks(browser: Browser, url: string, runs = 3): Promise<MainThreadTasks> {
  const results: MainThreadTasks[] = [];
  for (let run = 0; run < runs; run++) results.push(await once(browser, url));
  results.sort((a, b) => a.scriptTaskMs - b.scriptTaskMs);
  return results[Math.floor(results.length / 2)]!;
}

if (import.meta.main) {
  const { serveDirectory } = await import('../scripts/serve.ts');
  const { launchChromium } = await import('../tests/support/browser.ts');
  const { distDir } = await import('../tests/support/paths.ts');
  const paths = process.argv.slice(2);
  const server = await serveDirectory(distDir, { port: 0 });
  const browser = await launchChromium();
  try {
    for (const path of paths.length ? paths : ['/map/', '/fr/map/', '/embed/map/', '/']) {
      const r = await mainThreadTasks(browser, `${server.origin}${path}`);
      console.log(`${path}: longest task with a script ${r.scriptTaskMs.toFixed(1)} ms CPU (${r.scriptTaskKind}; about ${Math.round(r.scriptTaskMs * 4)} ms at Lighthouse's 4x), longest without ${r.browserTaskMs.toFixed(1)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
