/**
 * The pieces that keep hostile content out (issue 15), tested on their own: spreadsheet formulas
 * in the CSV, the confusable-name skeleton, names against ISO codes, the strict JSON reader, the
 * link-language rule and the ids a heading may not take.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameMatchesCode, nameSkeleton, pointProblem } from '../../src/build/content-check/country-identity.ts';
import { crossLanguageProblem, markdownProblems } from '../../src/build/content-check/markdown-safety.ts';
import { characterProblem, decodeUtf8, textProblems } from '../../src/build/content-check/normalise-text.ts';
import { PAGE_IDS, reservedIdProblem } from '../../src/build/content-check/reserved-ids.ts';
import { parseStrictJson } from '../../src/build/content-check/strict-json.ts';
import { csvField } from '../../src/shared/map/export.ts';
import { projectRoot } from '../support/paths.ts';

describe('CSV cells a spreadsheet would run', () => {
  const formulas = ['=HYPERLINK("https://evil.example","Kenya")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tKenya', '\r=1+1'];
  it.each(formulas)('neutralises %j with a quote, in a quoted cell', (text) => {
    const cell = csvField(text);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(cell.endsWith('"')).toBe(true);
    // The cell holds the text itself after the quote, with quotes doubled as RFC 4180 asks.
    expect(cell.slice(2, -1).replace(/""/g, '"')).toBe(text);
  });
  it('leaves plain text and our own numbers as they are', () => {
    expect(csvField('Kenya')).toBe('Kenya');
    expect(csvField('up to 1,000')).toBe('"up to 1,000"');
    expect(csvField(-88.7)).toBe('-88.7');
    expect(csvField(null)).toBe('');
  });
});

describe('country names', () => {
  it('gives look-alike names one skeleton', () => {
    expect(nameSkeleton('\u041aenya')).toBe(nameSkeleton('Kenya'));
    expect(nameSkeleton('Curac\u0327ao')).toBe(nameSkeleton('Cura\u00e7ao'));
    expect(nameSkeleton('KENYA')).toBe(nameSkeleton('Kenya'));
    expect(nameSkeleton('Barnbados')).toBe(nameSkeleton('Bambados'));
    expect(nameSkeleton('Kenya')).not.toBe(nameSkeleton('Kenia'));
  });
  it('accepts a name its code stands for, in the forms readers know', () => {
    expect(nameMatchesCode('The Bahamas', 'BHS', 'en')).toBe(true);
    expect(nameMatchesCode('United States', 'USA', 'en')).toBe(true);
    expect(nameMatchesCode('États-Unis', 'USA', 'fr')).toBe(true);
    expect(nameMatchesCode('Jamaïque', 'JAM', 'fr')).toBe(true);
    // The everyday names, not only the ISO ones ("Syrian Arab Republic"), and either apostrophe.
    expect(nameMatchesCode('Syria', 'SYR', 'en')).toBe(true);
    expect(nameMatchesCode('Laos', 'LAO', 'en')).toBe(true);
    expect(nameMatchesCode('Brunei', 'BRN', 'en')).toBe(true);
    expect(nameMatchesCode('Côte d’Ivoire', 'CIV', 'en')).toBe(true);
    expect(nameMatchesCode('Syrie', 'SYR', 'fr')).toBe(true);
  });
  it('refuses a name of another country', () => {
    expect(nameMatchesCode('Rwanda', 'BDI', 'en')).toBe(false);
    expect(nameMatchesCode('Jamaica', 'JAM', 'fr')).toBe(false);
    expect(nameMatchesCode('Kenya Republic', 'KEN', 'en')).toBe(false);
    expect(nameMatchesCode('KENYA', 'KEN', 'en')).toBe(false);
  });
});

describe('marker points', () => {
  it('accepts a point in its code’s country, across every shape the atlas gives the code', () => {
    expect(pointProblem({ lat: -27.77, lng: 133.75 }, 'AUS')).toBeUndefined();
    expect(pointProblem({ lat: 0.3, lng: 37.9 }, 'KEN')).toBeUndefined();
  });
  it('refuses a point in another country', () => {
    // Northern Rwanda, given Burundi's code; and Kenya's point given Uganda's.
    expect(pointProblem({ lat: -1.5, lng: 30.0 }, 'BDI')).toMatch(/^\(-1\.5, 30\) is in Rwanda, not in Burundi, the country of the code BDI/);
    expect(pointProblem({ lat: 0.3, lng: 37.9 }, 'UGA')).toMatch(/is in Kenya, not in Uganda/);
    expect(pointProblem({ lat: 10, lng: -30 }, 'BLZ')).toMatch(/is not in Belize, .* far from the country shaded/);
  });
  it('accepts a point in the water between an archipelago’s islands', () => {
    expect(pointProblem({ lat: 24.4, lng: -76.6 }, 'BHS')).toBeUndefined();
  });
});

describe('characters', () => {
  it('refuses every bidi control the issue lists', () => {
    const bidi = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c];
    for (const cp of bidi) expect(characterProblem(String.fromCodePoint(cp)), cp.toString(16)).toMatch(/invisible character/);
  });
  it('keeps the letters and typography of English, French and Kreyòl', () => {
    expect(textProblems('Kreyòl: « Ayiti » — l’île, 1\u00a0000 et 50\u202f% … “quoted” naïve cœur')).toEqual([]);
  });
  it('names the line and column of a character', () => {
    expect(textProblems('one\ntwo \u200b')).toEqual([{ line: 2, column: 5, message: expect.stringMatching(/U\+200B ZERO WIDTH SPACE/) }]);
  });
  it('refuses bytes that are not UTF-8, with their line', () => {
    expect(decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0xe9, 0x0a]))).toEqual({ problem: expect.objectContaining({ line: 2 }) });
    expect(decodeUtf8(Buffer.from('é\n', 'utf8'))).toEqual({ text: 'é\n' });
  });
});

describe('the strict JSON reader', () => {
  it('reads what JSON.parse reads', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, true, null, 'x\\"y\u00e9'], b: { c: '' } }, null, 2);
    expect(parseStrictJson(text).value).toEqual(JSON.parse(text));
  });
  it('keeps "__proto__" as a plain key', () => {
    const value = parseStrictJson('{"__proto__": {"polluted": 1}}').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses a key written twice, with both lines', () => {
    expect(parseStrictJson('{\n "a": 1,\n "b": {\n  "a": 1,\n  "a": 2\n }\n}').problems).toEqual([{ line: 5, field: 'b.a', message: expect.stringMatching(/lines 4 and 5/) }]);
  });
  it('gives the line of every field', () => {
    expect(parseStrictJson('{\n "offers": [\n  {\n   "value": 1\n  }\n ]\n}').lines.get('offers[0].value')).toBe(4);
  });
});

describe('links in Markdown', () => {
  const problems = (body: string, lang: 'en' | 'fr' | 'ht' = 'en') => markdownProblems(body, 0, lang).map((p) => p.message);
  it('accepts https:, mailto: addresses, site paths and fragments', () => {
    expect(problems('[a](https://example.org/x) [b](mailto:desk@example.org) [c](/countries/kenya/) [d](#top) <https://example.org/>')).toEqual([]);
  });
  it.each(['http://example.org/', 'mailto:javascript:alert(1)', 'https://haiti-mission.example.org@evil.example/', '/\\evil.example/', '//evil.example/', 'javascript:alert(1)', 'countries/kenya/'])('refuses %s', (url) => {
    expect(problems(`[a](${url})`)).toEqual([expect.stringMatching(/is not allowed/)]);
  });
  it('refuses a cross-language link written as this site’s full address', () => {
    expect(problems('<https://haiti-mission.example.org/countries/kenya/>', 'ht')).toEqual(['the link /countries/kenya/ leads to the English page: write /ht/countries/kenya/']);
  });
});

describe('links and ids', () => {
  it('suggests the path in the article’s own language', () => {
    expect(crossLanguageProblem('/fr/countries/kenya/', 'ht')).toBe('the link /fr/countries/kenya/ leads to the French page: write /ht/countries/kenya/');
    expect(crossLanguageProblem('/countries/kenya/', 'fr')).toMatch(/write \/fr\/countries\/kenya\/$/);
    expect(crossLanguageProblem('/ht/', 'en')).toMatch(/write \/$/);
    expect(crossLanguageProblem('/fr/countries/kenya/', 'fr')).toBeUndefined();
    expect(crossLanguageProblem('/data/countries.csv', 'fr')).toBeUndefined();
    // Where the browser goes, not how the link is spelt.
    expect(crossLanguageProblem('/fr/../about/', 'fr')).toBe('the link /fr/../about/ leads to the English page: write /fr/about/');
    expect(crossLanguageProblem('/%66r/about/', 'en')).toMatch(/leads to the French page: write \/about\/$/);
    expect(crossLanguageProblem('/FR/about/', 'ht')).toMatch(/leads to the French page: write \/ht\/about\/$/);
  });

  it('reserves every id the site’s pages and components write', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(astro|ts)$/.test(name)) files.push(path);
      }
    };
    walk(join(projectRoot, 'src'));
    const ids = new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bid="([a-z][a-z0-9-]*)"|\.id = '([a-z][a-z0-9-]*)'/g)].map((m) => m[1] ?? m[2]!)));
    expect(ids.size).toBeGreaterThan(10);
    for (const id of ids) expect(reservedIdProblem(id), `id "${id}" is used in src/ but not reserved in reserved-ids.ts`).toBeDefined();
    expect(PAGE_IDS).toContain('main');
    expect(reservedIdProblem('why-haiti-asked')).toBeUndefined();
  });
});
