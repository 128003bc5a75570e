/**
 * `npm run bench`: how fast and how heavy the site is, measured on this machine.
 * - build time of the production site (Astro and the search index)
 * - gzip weight of key pages, everything they download included
 * - on /map/, time from navigation to usable markers in Chromium (target: under 1.5 s), cold
 *   cache each run, default (unthrottled) settings
 * Prints a table; writes nothing. Timings vary with the machine: compare runs on the same one.
 */
import { performance } from 'node:perf_hooks';
import { launchChromium, chromiumPath } from '../tests/support/browser.ts';
import { buildSite } from '../tests/support/build-site.ts';
import { pageWeight } from '../tests/support/page-weight.ts';
import { distDir } from '../tests/support/paths.ts';
import { serveDirectory } from '../tests/support/static-server.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const started = performance.now();
buildSite();
const buildSeconds = (performance.now() - started) / 1000;
console.log(`Build: ${buildSeconds.toFixed(1)} s`);

console.log('\nPage weight (gzip, everything the page downloads):');
const mapData = ['/data/basemap.json', '/data/countries.json'];
const pages: [string, string[]][] = [
  ['/', mapData],
  ['/articles/who-is-offering-what/', []],
  ['/countries/belize/', mapData],
  ['/about/', []],
  ['/map/', mapData],
  ['/ht/articles/who-is-offering-what/', []],
  ['/ht/map/', ['/data/basemap.json', '/ht/data/countries.json']],
  ['/fr/map/', ['/data/basemap.json', '/fr/data/countries.json']],
];
for (const [path, extra] of pages) {
  const weight = pageWeight(path, extra);
  const html = weight.files.find((f) => f.path.endsWith('.html'))!.gzip;
  console.log(`  ${path.padEnd(34)} ${(weight.total / 1000).toFixed(1).padStart(6)} KB in all, HTML ${(html / 1000).toFixed(1)} KB  (${weight.files.length} files)`);
}
console.log('  (home and country pages fetch their compact map only when it nears the screen; counted here as if it did)');

if (!chromiumPath) {
  console.log('\nNo Chromium: map timings skipped.');
  process.exit(0);
}
const server = await serveDirectory(distDir);
const browser = await launchChromium();
const times: { ready: number; fcp: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/map/`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-map-ready="true"]');
  times.push(
    await page.evaluate(() => ({
      ready: performance.getEntriesByName('map-ready')[0]?.startTime ?? NaN,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    })),
  );
  await context.close();
}
await browser.close();
await server.close();
const ready = times.map((t) => t.ready);
console.log(`\n/map/ in Chromium, ${RUNS} cold runs (ms from navigation):`);
console.log(`  first contentful paint: median ${median(times.map((t) => t.fcp)).toFixed(0)}`);
console.log(`  markers interactive:    median ${median(ready).toFixed(0)}, worst ${Math.max(...ready).toFixed(0)}  (target < 1500)`);
