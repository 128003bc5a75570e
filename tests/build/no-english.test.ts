/**
 * Issue 18: no English on a French or Kreyòl page or data file (text, attributes, the map's words,
 * structured data, feeds, CSV and JSON), quotations marked lang="en" excepted. Looks for every
 * English dictionary string of more than two words and every sentence of the English data note.
 * Also: French typography reached the built files, and the feeds link to their own language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { DATA_NOTE } from '../../src/shared/map/export.ts';
import { englishLeft, englishPhrases, humanTextOf } from '../../src/build/no-english.ts';
import { distDir } from '../support/paths.ts';

const phrases = englishPhrases(DICTIONARIES.en, DATA_NOTE);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** What a reader or a program reading the file is given as text. */
function textsOf(file: string): string[] {
  const body = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return [body];
  if (file.endsWith('.csv')) return body.split(/\r\n/);
  return humanTextOf(body);
}

const files = (['fr', 'ht'] as const).flatMap((lang) => filesUnder(join(distDir, lang)).filter((file) => /\.(html|xml|json|csv|svg)$/.test(file)).map((file) => ({ lang, file, path: relative(distDir, file) })));

describe('no English on French and Kreyòl pages and data', () => {
  it('has something to check', () => {
    expect(phrases.length).toBeGreaterThan(150);
    expect(phrases).toContain('Figures are as reported on the as-of date and are not updated');
    expect(files.filter((f) => f.path.endsWith('.html')).length).toBeGreaterThan(40);
    expect(files.some((f) => f.path.endsWith('countries.csv'))).toBe(true);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s', (_path, { file }) => {
    expect(englishLeft(textsOf(file), phrases)).toEqual([]);
  });

  it('fails on a page with an English dictionary string, a data note sentence or an unmarked English label', () => {
    const page = (body: string) => humanTextOf(`<html lang="fr"><head><title>Carte</title></head><body>${body}</body></html>`);
    expect(englishLeft(page('<p>Tout va bien.</p><q lang="en">Every country is in the list below, with its offer and status.</q>'), phrases)).toEqual([]);
    expect(englishLeft(page('<p>Every country is in the list below, with its offer and status.</p>'), phrases).map((hit) => hit.phrase)).toEqual(['Every country is in the list below, with its offer and status']);
    expect(englishLeft(page('<a title="Zoom out" href="#">−</a><img alt="Open the full map" src="x.png">'), phrases).map((hit) => hit.phrase)).toEqual(['Open the full map']);
    expect(englishLeft(page(`<div data-map-strings="${JSON.stringify({ close: 'Fermer', readMore: 'Copy link to this country' }).replace(/"/g, '&quot;')}"></div>`), phrases).map((hit) => hit.phrase)).toEqual(['Copy link to this country']);
    expect(englishLeft([JSON.stringify({ note: DATA_NOTE })], phrases).length).toBeGreaterThan(2);
  });
});

describe('French typography and language in the built files', () => {
  const home = readFileSync(join(distDir, 'fr/index.html'), 'utf8');
  it('puts no-break spaces before colons and inside guillemets on French pages', () => {
    const text = humanTextOf(home).join('\n');
    expect(text).not.toMatch(/[\p{L}] :/u);
    expect(text).toMatch(/\u00a0:/);
    expect(readFileSync(join(distDir, 'fr/about/index.html'), 'utf8')).toMatch(/«\u202f/);
  });
  it('labels the map’s zoom buttons in the page’s language', () => {
    const map = readFileSync(join(distDir, 'fr/map/index.html'), 'utf8');
    expect(map).toContain('Zoom avant');
    expect(map).not.toContain('Zoom in');
  });
  it('links each feed’s channel to the home page in its language', () => {
    for (const lang of ['fr', 'ht']) expect(readFileSync(join(distDir, lang, 'rss.xml'), 'utf8')).toMatch(new RegExp(`<channel>.*?<link>[^<]*/${lang}/</link>`, 's'));
  });
  it('writes the data files’ note and the spreadsheet’s header in the page’s language', () => {
    expect((JSON.parse(readFileSync(join(distDir, 'fr/data/countries.json'), 'utf8')) as { note: string }).note).toMatch(/^Chiffres de l’article/);
    expect(readFileSync(join(distDir, 'fr/data/countries.csv'), 'utf8').split('\r\n')[0]).toMatch(/^identifiant,nom,iso3,rôle,statut/);
    expect(readFileSync(join(distDir, 'ht/data/countries.csv'), 'utf8').split('\r\n')[0]).toMatch(/^idantifyan,non,iso3,wòl,estati/);
    expect(readFileSync(join(distDir, 'data/countries.csv'), 'utf8').split('\r\n')[0]).toMatch(/^id,name,iso3,role,status/);
  });
});
