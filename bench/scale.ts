/**
 * The scale benchmark (`npm run bench -- --scale`): how long the site takes to build at 1,000
 * articles and 200 countries in every language, cold and warm, and how big its pages get, measured
 * against the real site's build in the same run. The content comes from scale-content.ts.
 *
 * Run directly: `npx node bench/scale.ts [--articles N] [--countries N]`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { checkContent, formatErrors } from '../src/build/content-check/index.ts';
import { builtHtmlFiles } from '../src/build/integrations/built-pages.ts';
import { generateScaleContent } from './scale-content.ts';
import { copyProject } from '../scripts/project-copy.ts';
import { buildEleventy, buildVanillaAstro, type PeerResult } from './peers.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

export interface ScaleBenchResult {
  articles: number;
  countries: number;
  /** .html files in the scale site's dist/. */
  pages: number;
  /** Scale site, `npm run build`'s two steps, empty share-card cache. */
  coldSeconds: number;
  /** Scale site again, content unchanged, same share-card cache and project caches. */
  warmSeconds: number;
  /** The real site (a copy with the real content/), built the same way, empty share-card cache. */
  realSeconds: number;
  /** gzip (level 9, as the budget tests measure) of the scale site's home page HTML. */
  homeHtmlGzipBytes?: number;
  /** gzip of the scale site's /articles/ HTML. */
  articleIndexHtmlGzipBytes?: number;
  /** gzip of the scale site's /rss.xml. */
  feedBytes?: number;
  /** How many of the scale site's HTML pages are over the 14 KB gzip budget, and the heaviest of them (up to 10). */
  overBudget?: { count: number; heaviest: { path: string; gzipBytes: number }[] };
  /** The same generated articles built cold by vanilla Astro 7 with remark-gfm and by Eleventy 3 (peers.ts), in the same run. */
  peers?: { astro: PeerResult; eleventy: PeerResult };
}

/** The HTML budget of tests/build/budgets.test.ts (its KB is 1,000 bytes): every page in the first 14 KB round trip. */
const HTML_BUDGET_BYTES = 14 * 1000;

/** Runs a Node script in `cwd` as `npm run build` would; rejects with the end of its output on failure. */
function run(cwd: string, args: string[], env: NodeJS.ProcessEnv, onLine: (line: string) => void = () => {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    let partial = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${tail}`))));
  });
}

/** `astro build` then `pagefind --site dist`, timed together, with the share-card cache in `cardCache`. */
async function build(dir: string, cardCache: string, log: (line: string) => void): Promise<number> {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SHARE_CARD_CACHE_DIR: cardCache };
  const started = performance.now();
  let routes = 0;
  const progress = (line: string) => {
    // Astro lists each file it writes as "  ├─ /path (+12ms)"; say how far it is every 1,000.
    const at = `${((performance.now() - started) / 1000).toFixed(0)} s`;
    if (/^\s*(?:\S+\s+)?[├└]─ /.test(line)) {
      if (++routes % 1000 === 0) log(`    ${routes} files written (${at})`);
    } else if (/\[content-guard\]|Synced content|Building static entrypoints|generating static routes|\[share-cards\]|page\(s\) built/.test(line)) {
      // Astro's own milestones, with the time since the build started: where the time goes.
      log(`    ${at}: ${line.replace(/^\d\d:\d\d:\d\d\s*/, '').trim()}`);
    }
  };
  await run(dir, ['node_modules/astro/bin/astro.mjs', 'build'], env, progress);
  log(`    astro build done: ${routes} files in ${((performance.now() - started) / 1000).toFixed(1)} s; search index next`);
  await run(dir, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'], env);
  return (performance.now() - started) / 1000;
}

const gzipBytes = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : undefined);

/**
 * Builds the scale site cold and warm, and the real site, each in a temporary copy of the project.
 * The real site is built from a copy too, not in place: the same kind of folder, the same linked
 * packages and an equally empty cache make its time comparable with the scale site's, and
 * the project's own dist/ and caches (which tests and other builds use) are left alone.
 * Temporary folders are removed afterwards (set SCALE_BENCH_KEEP=1 to keep them).
 *
 * The copies take src/, public/ and the config from the working tree, as they are now; with
 * SCALE_BENCH_GIT_REV=HEAD (or any revision) they take them as committed instead, for a
 * consistent snapshot while files are being edited. content/ always comes from the working tree.
 */
export async function runScaleBench(options: { articles?: number; countries?: number; log?: (line: string) => void } = {}): Promise<ScaleBenchResult> {
  const articles = options.articles ?? 1000;
  const countries = options.countries ?? 200;
  const log = options.log ?? ((line: string) => console.log(line));
  const base = mkdtempSync(join(tmpdir(), 'scale-bench-'));
  const seconds = (s: number) => `${s.toFixed(1)} s`;
  try {
    const real = join(base, 'real');
    const scale = join(base, 'scale');
    const revision = process.env['SCALE_BENCH_GIT_REV'] || undefined;
    log(`Temporary projects in ${base}, with the project's files ${revision ? `as committed at ${revision}` : 'as they are in the working tree'}`);
    copyProject(projectRoot, real, revision);
    cpSync(join(projectRoot, 'content'), join(real, 'content'), { recursive: true });
    copyProject(projectRoot, scale, revision);
    let started = performance.now();
    generateScaleContent(join(scale, 'content'), { articles, countries });
    log(`Generated ${articles} articles and ${countries} countries (with fr and ht translations) in ${seconds((performance.now() - started) / 1000)}`);

    started = performance.now();
    const problems = checkContent(scale);
    if (problems.length > 0) throw new Error(`The generated content fails the content check (${problems.length} problems):\n${formatErrors(problems.slice(0, 30))}`);
    log(`Content check on the generated tree: no problems (${seconds((performance.now() - started) / 1000)})`);

    log('Building the real site (cold share-card cache)...');
    const realSeconds = await build(real, join(base, 'cards-real'), log);
    log(`  real site: ${seconds(realSeconds)}`);
    rmSync(real, { recursive: true, force: true });

    const cards = join(base, 'cards-scale');
    log('Building the scale site, cold...');
    const coldSeconds = await build(scale, cards, log);
    log(`  cold: ${seconds(coldSeconds)}`);
    log('Rebuilding the scale site, warm (content unchanged)...');
    const warmSeconds = await build(scale, cards, log);
    log(`  warm: ${seconds(warmSeconds)}`);

    log('Building the same articles with vanilla Astro 7 + remark-gfm, cold...');
    const astro = await buildVanillaAstro(projectRoot, join(scale, 'content'), join(base, 'peer-astro'));
    log(`  vanilla Astro: ${seconds(astro.coldSeconds)} for ${astro.pages} pages`);
    log('Building the same articles with Eleventy 3, cold...');
    const eleventy = await buildEleventy(projectRoot, join(scale, 'content'), join(base, 'peer-eleventy'));
    log(`  Eleventy: ${seconds(eleventy.coldSeconds)} for ${eleventy.pages} pages`);

    const dist = join(scale, 'dist');
    const homeHtmlGzipBytes = gzipBytes(join(dist, 'index.html'));
    const articleIndexHtmlGzipBytes = gzipBytes(join(dist, 'articles', 'index.html'));
    const feedBytes = gzipBytes(join(dist, 'rss.xml'));
    const pages = builtHtmlFiles(dist).map((file) => file.slice(dist.length));
    const heavy = pages
      .map((path) => ({ path, gzipBytes: gzipBytes(join(dist, path)) ?? 0 }))
      .filter((page) => page.gzipBytes > HTML_BUDGET_BYTES)
      .sort((a, b) => b.gzipBytes - a.gzipBytes || (a.path < b.path ? -1 : 1));
    return {
      articles,
      countries,
      pages: pages.length,
      overBudget: { count: heavy.length, heaviest: heavy.slice(0, 10) },
      coldSeconds,
      warmSeconds,
      realSeconds,
      peers: { astro, eleventy },
      ...(homeHtmlGzipBytes !== undefined ? { homeHtmlGzipBytes } : {}),
      ...(articleIndexHtmlGzipBytes !== undefined ? { articleIndexHtmlGzipBytes } : {}),
      ...(feedBytes !== undefined ? { feedBytes } : {}),
    };
  } finally {
    if (process.env['SCALE_BENCH_KEEP'] === '1') log(`Kept ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
}

/** Per page, the project's cold build against each peer's (1.00x: as fast per page). */
function peerLines(result: ScaleBenchResult): string[] {
  const ours = result.coldSeconds / result.pages;
  return Object.entries(result.peers ?? {}).map(([name, peer]) => {
    const perPage = peer.coldSeconds / peer.pages;
    return `  ${name.padEnd(12)}  ${peer.coldSeconds.toFixed(1)} s for ${peer.pages} pages (${(peer.pages / peer.coldSeconds).toFixed(1)} pages/s; ours ${(ours / perPage).toFixed(2)}x its time per page)`;
  });
}

/** The result as the table `npm run bench -- --scale` prints. */
export function formatScaleBench(result: ScaleBenchResult): string {
  const kb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1000).toFixed(1)} KB gzip${bytes > HTML_BUDGET_BYTES ? ' (over the 14 KB budget)' : ''}`);
  return [
    `Scale site: ${result.articles} articles, ${result.countries} countries, ${result.pages} HTML pages`,
    `  cold build:   ${result.coldSeconds.toFixed(1)} s`,
    `  warm rebuild: ${result.warmSeconds.toFixed(1)} s`,
    `  real site:    ${result.realSeconds.toFixed(1)} s (cold; scale is ${(result.coldSeconds / result.realSeconds).toFixed(1)}x)`,
    ...(result.peers ? peerLines(result) : []),
    `  / HTML:          ${kb(result.homeHtmlGzipBytes)}`,
    `  /articles/ HTML: ${kb(result.articleIndexHtmlGzipBytes)}`,
    `  /rss.xml:        ${kb(result.feedBytes)}`,
    `  HTML pages over 14 KB gzip: ${result.overBudget?.count ?? 'n/a'}`,
    ...(result.overBudget?.heaviest ?? []).map((page) => `    ${page.path.padEnd(40)} ${(page.gzipBytes / 1000).toFixed(1)} KB`),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const option = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : undefined;
  };
  const articles = option('articles');
  const countries = option('countries');
  const result = await runScaleBench({ ...(articles ? { articles } : {}), ...(countries ? { countries } : {}) });
  console.log(`\n${formatScaleBench(result)}`);
}
