/**
 * The content check is wired into the real build: `astro build` on a copy of the project with
 * bad content exits non-zero and prints every problem with its file and field (and line, for a
 * Markdown body), before rendering.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

const copy = mkdtempSync(join(tmpdir(), 'bad-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it('stops the build, naming every bad file and field', () => {
  for (const entry of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'public']) {
    if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');

  // Mistakes an editor could make: a negative head count, and an article naming a country with no record.
  const belizePath = join(copy, 'content/countries/belize.json');
  const belize = JSON.parse(readFileSync(belizePath, 'utf8'));
  belize.offers[0].quantity.value = -50;
  writeFileSync(belizePath, JSON.stringify(belize));
  // And a figure changed from what the report says: the Bahamas' 150 becomes 160.
  const bahamasPath = join(copy, 'content/countries/bahamas.json');
  writeFileSync(bahamasPath, readFileSync(bahamasPath, 'utf8').replace('"value": 150', '"value": 160'));
  const articlePath = join(copy, 'content/articles/what-happens-next.md');
  // And raw HTML in its body: the Markdown safety rules run on the rendering workers' parse, and
  // their problem is listed with the rest, at the file's own line.
  const article = `${readFileSync(articlePath, 'utf8').replace(/^countries: \[/m, 'countries: [atlantis, ').trimEnd()}\n\nSee <b>this</b>.\n`;
  writeFileSync(articlePath, article);
  const htmlLine = article.split('\n').indexOf('See <b>this</b>.') + 1;

  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const output = run.stdout + run.stderr;
  expect(run.status).not.toBe(0);
  expect(output).toContain('content/countries/belize.json → offers[0].quantity.value: must not be negative');
  expect(output).toContain('content/articles/what-happens-next.md → countries[0]: "atlantis" has no country record');
  expect(output).toContain(`content/articles/what-happens-next.md → body (line ${htmlLine}): raw HTML is not allowed ("<b>"): write it in Markdown`);
  expect(output).toMatch(/content\/countries\/bahamas\.json → offers\[0\]\.quantity\.value: 160 is not a figure stated in paragraphs [\d, ]+and \d+/);
  expect(existsSync(join(copy, 'dist/index.html'))).toBe(false);
  // Editors read this: the list of problems and nothing else.
  expect(output).not.toMatch(/unhandled error|Stack trace|^\s+at /im);
}, 120_000);
