/**
 * Lighthouse (npm `lighthouse`, mobile preset: simulated slow 4G and a 4x slower CPU) driving this
 * machine's Chromium over the DevTools protocol. Each page is audited `runs` times in a fresh
 * headless Chromium and the median run (by performance score, then TBT) is kept, as Lighthouse's
 * own docs advise for noisy machines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  scores: Record<Category, number>;
  /** Largest Contentful Paint, Total Blocking Time (ms), Cumulative Layout Shift. */
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The longest main-thread task Lighthouse saw (ms, under its 4x CPU slowdown)... */
  longestTaskMs: number;
  /** ...and the longest that Lighthouse puts down to a script (ours or Leaflet), not to the browser parsing and laying out the page. */
  longestScriptTaskMs: number;
  renderBlocking: string[];
  /** Audits in the four categories that did not pass, by id (for finding what costs a point). */
  failing: string[];
}

/** Starts headless Chromium with a DevTools port; resolves once the port is known. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  if (!chromiumPath) throw new Error('No Chromium: set CHROME_PATH or install Debian’s chromium.');
  const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
  const child: ChildProcess = spawn(
    chromiumPath,
    [
      '--headless=new', ...CHROMIUM_ARGS, '--disable-dev-shm-usage', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // The profile folder goes once Chromium has exited (it writes there until then).
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not report its DevTools port:\n${text}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', () => reject(new Error(`Chromium exited before it was ready:\n${text}`)));
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { port, stop };
}

async function auditOnce(url: string, categories: readonly Category[]): Promise<LighthouseResult> {
  const chromium = await startChromium();
  try {
    const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const items = (id: string) => ((lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])) as Record<Category, number>;
    const failing = categories.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => ref.id),
    );
    return {
      scores,
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      longestTaskMs: Math.max(0, ...items('long-tasks').map((item) => Number(item['duration'] ?? 0))),
      longestScriptTaskMs: Math.max(0, ...items('long-tasks').filter((item) => /\.m?js(\?|$)/.test(String(item['url'] ?? ''))).map((item) => Number(item['duration'] ?? 0))),
      renderBlocking: items('render-blocking-resources').map((item) => String(item['url'])),
      failing,
    };
  } finally {
    await chromium.stop();
  }
}

/** Audits `url` `runs` times and returns the median run. */
export async function audit(url: string, runs: number, categories: readonly Category[] = CATEGORIES): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let run = 0; run < runs; run++) results.push(await auditOnce(url, categories));
  results.sort((a, b) => a.scores.performance - b.scores.performance || b.tbtMs - a.tbtMs);
  return results[Math.floor(results.length / 2)]!;
}
