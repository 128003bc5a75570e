/**
 * Hostile-but-legitimate content, built for real (issue 15): text the check lets through must
 * reach dist/ harmless and right. One build of a copy of the project, with a condition that a
 * spreadsheet would run as a formula (in English and French), a French translation saved in
 * decomposed form (NFD, as some macOS tools write it), French no-break spaces, and a byte-order
 * mark; and text that tries to break out of its markup (a title closing the JSON-LD script and the
 * feed's CDATA, a glossary term closing its attribute). The refusals are tested without building
 * (tests/content/hostile-content.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

const copy = mkdtempSync(join(tmpdir(), 'hostile-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const dist = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');
const edit = (path: string, change: (text: string) => string) => {
  const full = join(copy, path);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after, `${path} was not changed`).not.toBe(before);
  writeFileSync(full, after);
};
// No digits: a title's figures must be the report's.
const BREAKOUT_TITLE = 'Why Haiti asked </script><script>alert(one)</script> ]]> <b>x</b> & "q"';
const BREAKOUT_TERM = 'UN Security Council"><img src=x onerror=alert(one)>';
const FORMULA = '=HYPERLINK("https://evil.example","A UN Security Council resolution")';

let output = '';
let status: number | null = null;
beforeAll(() => {
  for (const entry of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'public']) {
    if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  edit('content/countries/kenya.json', (text) => text.replace('"text": "A UN Security Council resolution, President William Ruto has said."', `"text": ${JSON.stringify(FORMULA)}`));
  edit('content/translations/fr/countries/kenya.json', (text) => `\uFEFF${text.replace('"text": "Une résolution', '"text": "-Une résolution').replace('du Conseil de sécurité', 'du Conseil de sécurité\u00a0')}`);
  edit('content/translations/fr/articles/why-haiti-asked.md', (text) => text.normalize('NFD').replace(/« /g, '«\u202f'));
  edit('content/articles/why-haiti-asked.md', (text) => text.replace(/^title: ".*"$/m, `title: ${JSON.stringify(BREAKOUT_TITLE)}`));
  edit('content/glossary.json', (text) => text.replace('"term": "UN Security Council"', `"term": ${JSON.stringify(BREAKOUT_TERM)}`));
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: copy, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  output = run.stdout + run.stderr;
  status = run.status;
}, 180_000);

describe('a build of hostile-but-legitimate content', () => {
  it('builds', () => {
    expect(status, output.slice(-3000)).toBe(0);
  });

  it('neutralises spreadsheet formulas in every language’s CSV', () => {
    const english = dist('data/countries.csv').split('\r\n').find((row) => row.startsWith('kenya,'));
    expect(english).toContain(`"'=HYPERLINK(""https://evil.example"",""A UN Security Council resolution"")`);
    const french = dist('fr/data/countries.csv').split('\r\n').find((row) => row.startsWith('kenya,'));
    expect(french).toContain(`"'-Une résolution`);
    // No text cell anywhere starts a formula (our own numbers, such as a longitude of -98.4, are numbers).
    for (const file of ['data/countries.csv', 'fr/data/countries.csv', 'ht/data/countries.csv']) {
      for (const row of dist(file).trim().split('\r\n')) {
        const cells = (row.match(/("(?:[^"]|"")*"|[^,]*)(?=,|$)/g) ?? []).filter((cell) => !/^-?\d+(?:\.\d+)?$/.test(cell));
        for (const cell of cells) expect(cell.replace(/^"/, ''), `${file}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('publishes NFC text, with the no-break spaces French typography uses', () => {
    const page = dist('fr/articles/why-haiti-asked/index.html');
    expect(page).not.toMatch(/\p{M}/u);
    expect(page).toContain('é');
    expect(page).toContain('«\u202f');
  });

  it('keeps text that tries to close its markup as text, in the page, its JSON-LD and the feed', () => {
    const page = parse(dist('articles/why-haiti-asked/index.html'));
    expect(page.querySelector('h1')!.textContent).toBe(BREAKOUT_TITLE);
    // The page's own scripts only: every one is a file of this site or JSON-LD, none carries the title's.
    const scripts = page.querySelectorAll('script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.getAttribute('src') ?? script.getAttribute('type'), script.toString().slice(0, 80)).toMatch(/^\/|application\/ld\+json/);
    expect(page.querySelectorAll('h1 b, title b')).toHaveLength(0);
    const headlines = scripts.filter((script) => script.getAttribute('type') === 'application/ld+json').map((script) => JSON.parse(script.textContent) as { headline?: string });
    expect(headlines.map((data) => data.headline)).toContain(BREAKOUT_TITLE);

    const feed = dist('rss.xml');
    // Out of its CDATA or escaping, the title would put these elements into the feed itself.
    expect(feed).not.toMatch(/<script|<b>/i);
    const items = new XMLParser().parse(feed).rss.channel.item as { title: string }[];
    expect(items.map((item) => item.title)).toContain(BREAKOUT_TITLE);

    const glossary = parse(dist('glossary/index.html'));
    expect(glossary.querySelectorAll('img')).toHaveLength(0);
    expect(glossary.querySelectorAll('dt').map((term) => term.textContent)).toContain(BREAKOUT_TERM);
  });

  it('ships no invisible or bidi control characters in any text file', () => {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(html|json|csv|xml|txt|webmanifest)$/.test(name)) texts.push(path);
      }
    };
    walk(join(copy, 'dist'));
    expect(texts.length).toBeGreaterThan(50);
    for (const path of texts) expect(readFileSync(path, 'utf8'), path).not.toMatch(/[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/);
  });
});
