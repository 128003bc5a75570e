/**
 * `npm run bench`: how fast and how heavy the site is, measured on this machine, printed and
 * written to bench/results.json (for comparing commits; see the README's performance section).
 *
 *   npm run bench               the real site: build time, page weights, Lighthouse, slow network,
 *                               then the 1,000-article site (all of it)
 *   npm run bench -- --site     only the real site
 *   npm run bench -- --scale    only the 1,000-article site (cold and warm builds)
 *
 * Each part replaces its own key in bench/results.json and keeps the other's. Timings vary with
 * the machine and what else it is doing: compare runs on the same machine. BENCH_RUNS sets the
 * Lighthouse and slow-network runs per page (default 5, the median is kept).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { LANGUAGES, localePath } from '../src/i18n/languages.ts';
import { chromiumPath, launchChromium } from '../tests/support/browser.ts';
import { buildSite } from '../tests/support/build-site.ts';
import { pageWeight } from '../tests/support/page-weight.ts';
import { distDir, projectRoot } from '../tests/support/paths.ts';
import { serveDirectory } from '../tests/support/static-server.ts';
import { audit, CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import { runScaleBench } from './scale.ts';
import { slowNetworkTimings, type SlowTimings } from './slow-network.ts';

const { values: flags } = parseArgs({ options: { site: { type: 'boolean', default: false }, scale: { type: 'boolean', default: false } } });
const runSite = flags.site || !flags.scale;
const runScale = flags.scale || !flags.site;
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const RESULTS = join(projectRoot, 'bench', 'results.json');

/** One page of each kind (English paths; every language has the same ones under its prefix). */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  article: '/articles/who-is-offering-what/',
  'article index': '/articles/',
  country: '/countries/belize/',
  'country index': '/countries/',
  map: '/map/',
  embed: '/embed/map/',
  timeline: '/timeline/',
  people: '/people/',
  glossary: '/glossary/',
  about: '/about/',
  search: '/search/',
};
const MAP_TYPES = new Set(['map', 'embed']);

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '–' : `${Math.round(value)} ms`);

function machine() {
  const chromium = chromiumPath ? execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() : 'none';
  return {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    // The load when the run started: a busy machine makes every timing slower.
    loadAverage: Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]),
  };
}

async function benchSite() {
  const started = performance.now();
  buildSite();
  const buildSeconds = (performance.now() - started) / 1000;
  // With whatever .cache/ and node_modules/.astro hold (warm after a first build); the scale part
  // builds a copy of the real site cold, for a time comparable with the scale site's.
  console.log(`Build (astro build + pagefind, caches as they are): ${buildSeconds.toFixed(1)} s`);

  console.log('\nPage weight (gzip, everything the page downloads at once; compact maps counted as if they loaded):');
  const weights = LANGUAGES.flatMap((lang) =>
    Object.entries(PAGE_TYPES).map(([type, path]) => {
      const url = localePath(lang, path);
      const weight = pageWeight(url, ['/', '/countries/belize/'].includes(path) ? ['/data/basemap.json', localePath(lang, '/data/countries.json')] : []);
      const html = weight.files.find((f) => f.path.endsWith('.html'))!.gzip;
      return { type, lang, path: url, gzipBytes: weight.total, htmlGzipBytes: html, requests: weight.files.length };
    }),
  );
  for (const w of weights) console.log(`  ${w.path.padEnd(34)} ${kb(w.gzipBytes).padStart(9)} in ${String(w.requests).padStart(2)} files, HTML ${kb(w.htmlGzipBytes)}`);

  if (!chromiumPath) {
    console.log('\nNo Chromium: Lighthouse and slow-network timings skipped.');
    return { buildSeconds, weights, lighthouse: [], slowNetwork: [] };
  }
  const server = await serveDirectory(distDir);
  try {
    // Map pages in every language (where the heavy work is); other page types in English with the
    // median of RUNS, and once in each other language (same templates: checks the four scores).
    const targets = Object.entries(PAGE_TYPES).flatMap(([type, path]) =>
      LANGUAGES.map((lang) => ({ type, lang, path: localePath(lang, path), runs: MAP_TYPES.has(type) || lang === 'en' ? RUNS : 1 })),
    );
    console.log(`\nLighthouse ${'12'} mobile (simulated slow 4G, 4× CPU slowdown), median of ${RUNS} (1 for French and Kreyòl non-map pages):`);
    console.log(`  ${'page'.padEnd(36)} perf  a11y  best  seo   LCP      TBT     CLS    longest task (by a script)`);
    const lighthouse: ({ type: string; lang: string; path: string; runs: number } & LighthouseResult)[] = [];
    for (const target of targets) {
      const result = await audit(`${server.origin}${target.path}`, target.runs);
      lighthouse.push({ ...target, ...result });
      const s = result.scores;
      console.log(
        `  ${target.path.padEnd(36)} ${CATEGORIES.map((c) => String(s[c]).padStart(4)).join('  ')}  ${ms(result.lcpMs).padStart(7)}  ${ms(result.tbtMs).padStart(6)}  ${result.cls.toFixed(3)}  ${ms(result.longestTaskMs).padStart(6)} (${ms(result.longestScriptTaskMs)})` +
          (result.failing.length ? `  (below 90: ${result.failing.join(', ')})` : '') +
          (result.renderBlocking.length ? `  render-blocking: ${result.renderBlocking.join(', ')}` : ''),
      );
    }

    console.log(`\nSlow network (400 kbit/s, 400 ms round trip, no CPU slowdown, cold cache), median of ${RUNS}:`);
    const browser = await launchChromium();
    const slowNetwork: ({ path: string } & SlowTimings)[] = [];
    try {
      const paths = [PAGE_TYPES['article']!, ...LANGUAGES.map((lang) => localePath(lang, '/map/')), '/embed/map/', '/'];
      for (const path of paths) {
        const timings = await slowNetworkTimings(browser, `${server.origin}${path}`, path.endsWith('map/'), RUNS);
        slowNetwork.push({ path, ...timings });
        console.log(`  ${path.padEnd(34)} text ${ms(timings.textMs).padStart(7)}  LCP ${ms(timings.lcpMs).padStart(7)}  markers usable ${ms(timings.markersMs).padStart(7)}  ${kb(timings.transferBytes)} over ${timings.requests} requests`);
      }
    } finally {
      await browser.close();
    }
    return { buildSeconds, weights, lighthouse, slowNetwork };
  } finally {
    await server.close();
  }
}

const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
const results: Record<string, unknown> = { ...previous, machine: machine(), measuredAt: new Date().toISOString() };
try {
  results['commit'] = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
} catch {
  // Not a git checkout: no commit to name.
}
// Each part says when and at which commit it was measured: a run of one part keeps the other's figures.
const stamp = () => ({ measuredAt: new Date().toISOString(), ...(results['commit'] ? { commit: results['commit'] } : {}) });
if (runSite) results['site'] = { ...stamp(), ...(await benchSite()) };
if (runScale) {
  console.log('\nThe 1,000-article, 200-country site (every language), generated in a temporary folder:');
  const measuredAt = stamp();
  const scale = await runScaleBench({ log: (line) => console.log(`  ${line}`) });
  results['scale'] = { ...measuredAt, ...scale };
  console.log(`  ${scale.pages} pages: cold build ${scale.coldSeconds.toFixed(1)} s, warm rebuild ${scale.warmSeconds.toFixed(1)} s (${((scale.warmSeconds / scale.coldSeconds) * 100).toFixed(0)}% of cold); the real site ${scale.realSeconds.toFixed(1)} s in the same run`);
}
mkdirSync(join(projectRoot, 'bench'), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten: ${RESULTS}`);
