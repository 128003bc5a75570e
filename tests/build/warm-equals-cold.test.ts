/**
 * A cache may never change what is published: after changes to the code a build runs (an installed
 * Markdown plugin's code and its locked version, a schema transform, a constant a Markdown plugin
 * imports, the reading-time rule, a dictionary string), a warm build, with the caches of a build
 * from before the change, writes exactly the dist/ that a cold build of the changed tree writes.
 *
 * The warm copy starts from the caches that this run's build of the real project left (.cache/ and
 * node_modules/.astro/, made by tests/support/global-setup.ts before the build project runs); the
 * cold copy starts with none. Both build with `astro build` alone (Pagefind reads dist/ afterwards
 * and keeps no cache).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';
import { projectRoot } from '../support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'warm-cold-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Replaces `pattern` in a copy's file, failing loudly if the code it edits has moved on. */
function edit(root: string, file: string, pattern: RegExp, replacement: string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(pattern, replacement);
  if (after === before) throw new Error(`${file}: ${pattern} not found; update this test to the code`);
  writeFileSync(path, after);
}

/** The changes a cold build sees and a stale cache would not. */
function changeCode(root: string): void {
  // An installed Markdown plugin, upgraded: its own copy (not a link into the real node_modules/),
  // new code, a new version in its package.json and in the lock file.
  const plugin = join(root, 'node_modules', 'rehype-slug');
  rmSync(plugin);
  cpSync(join(projectRoot, 'node_modules', 'rehype-slug'), plugin, { recursive: true });
  edit(root, 'node_modules/rehype-slug/lib/index.js', /prefix \+ slugs\.slug\(/, "prefix + 'h-' + slugs.slug(");
  edit(root, 'node_modules/rehype-slug/package.json', /"version": "[^"]+"/, '"version": "99.0.0"');
  edit(root, 'package-lock.json', /("node_modules\/rehype-slug": \{\s*"version": )"[^"]+"/, '$1"99.0.0"');
  // A schema transform: every country's summary is edited on its way in.
  edit(root, 'src/domain/schemas/country.ts', /(\n\s*summary: z\s*\.string\(\)[^\n]*?)(,?\n)/, "$1.transform((text: string) => `${text} (edited)`)$2");
  // A constant a Markdown plugin imports from outside src/build/markdown (with the links that use it).
  edit(root, 'src/build/figure-check/check.ts', /WORKED_OUT_HREF = '\/about\/#dates'/, "WORKED_OUT_HREF = '/about/#worked-out-dates'");
  for (const file of filesUnder(join(root, 'content'))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('/about/#dates')) writeFileSync(file, text.replaceAll('/about/#dates', '/about/#worked-out-dates'));
  }
  // The reading-time rule, and a string of the English dictionary.
  edit(root, 'src/shared/format.ts', /words \/ 200\b/, 'words / 20');
  edit(root, 'src/i18n/dictionaries/en.ts', /(\n\s*\w+: ')([A-Z][a-z]+ [a-z]+)/, '$1Changed $2');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

function build(root: string): void {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) throw new Error(`astro build failed in ${root}:\n${run.stdout}\n${run.stderr}`);
}

/** Every file of a dist/, by path, with its bytes. */
function snapshot(dist: string): Map<string, Buffer> {
  return new Map(filesUnder(dist).map((file) => [relative(dist, file), readFileSync(file)]));
}

it('builds, after a change of code, the same dist/ warm as cold, byte for byte', () => {
  const warm = join(work, 'warm');
  const cold = join(work, 'cold');
  copyProject(projectRoot, warm);
  cpSync(join(projectRoot, 'content'), join(warm, 'content'), { recursive: true });
  // The real project's caches, as this run's build left them.
  expect(existsSync(join(projectRoot, '.cache', 'rendered')), 'the real build left its caches').toBe(true);
  cpSync(join(projectRoot, '.cache'), join(warm, '.cache'), { recursive: true });
  if (existsSync(join(projectRoot, 'node_modules', '.astro'))) cpSync(join(projectRoot, 'node_modules', '.astro'), join(warm, 'node_modules', '.astro'), { recursive: true });
  changeCode(warm);

  copyProject(projectRoot, cold);
  cpSync(join(projectRoot, 'content'), join(cold, 'content'), { recursive: true });
  changeCode(cold);

  build(warm);
  build(cold);
  const warmDist = snapshot(join(warm, 'dist'));
  const coldDist = snapshot(join(cold, 'dist'));
  expect(coldDist.size).toBeGreaterThan(90);
  expect([...warmDist.keys()].sort()).toEqual([...coldDist.keys()].sort());
  const differing = [...coldDist].filter(([path, bytes]) => !warmDist.get(path)?.equals(bytes)).map(([path]) => path);
  expect(differing).toEqual([]);
  // The changes did reach the pages (or this test would prove nothing).
  const article = coldDist.get('articles/kenyas-lead-role/index.html')!.toString();
  expect(article).toMatch(/id="h-/);
  expect(article).toContain('/about/#worked-out-dates');
}, 240_000);
