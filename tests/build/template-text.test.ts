/**
 * Issue 14: text that templates build reads right in every language. Every built page's title,
 * meta description, og:* and twitter:* tags (their image alt text too), JSON-LD strings and visible text, and every string
 * of the data files, is held to four rules: no doubled punctuation ("..", ".,"), no space before
 * a comma or full stop in English, no proper noun of the glossary (or Congress) in lower case,
 * and no text cut mid-word (a description must end a sentence; no word runs into "…" unless the
 * interface itself writes it so, like "Share…"). Each page is parsed once (tests/support/dist.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/dictionaries/en.ts';
import { fr } from '../../src/i18n/dictionaries/fr.ts';
import { ht } from '../../src/i18n/dictionaries/ht.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { builtPages, type BuiltPage } from '../support/dist.ts';
import { distDir, projectRoot } from '../support/paths.ts';

/** One piece of text and where it was read. */
interface Piece {
  where: string;
  text: string;
  lang: Lang;
  /** A description, which must end a sentence (a cut one would not). */
  description?: boolean;
}

const langOf = (path: string): Lang => (path.startsWith('/fr/') ? 'fr' : path.startsWith('/ht/') ? 'ht' : 'en');

/** Every string inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function pagePieces(page: BuiltPage): Piece[] {
  const lang = langOf(page.path);
  const pieces: Piece[] = [];
  const add = (where: string, text: string | undefined, description = false) => {
    if (text) pieces.push({ where: `${page.path} ${where}`, text, lang, description });
  };
  add('<title>', page.dom.querySelector('title')?.text);
  for (const meta of page.dom.querySelectorAll('meta')) {
    const key = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
    if (key === 'description' || key.startsWith('og:') || key.startsWith('twitter:')) {
      const content = meta.getAttribute('content') ?? '';
      // URLs, types and locales are not prose; an image's alt text (og:image:alt, twitter:image:alt) is.
      if (/^(https?:|\/)/.test(content) || (/:(url|type|locale|image|card|site)(:|$)/.test(key) && !key.endsWith(':alt'))) continue;
      add(`meta ${key}`, content, key.endsWith('description'));
    }
  }
  for (const script of page.dom.querySelectorAll('script[type="application/ld+json"]')) {
    const data = JSON.parse(script.text) as unknown;
    for (const text of strings(data)) if (!/^(https?:|\/|\d{4}-\d\d)/.test(text)) add('JSON-LD', text);
  }
  const body = page.dom.querySelector('body')?.clone() as BuiltPage['dom'] | undefined;
  body?.querySelectorAll('script, style, code, pre, noscript, template').forEach((el) => el.remove());
  // Block elements end a run of text; inline ones do not (so "Belize</a>, Peru" stays one run).
  for (const block of body?.querySelectorAll('p, li, td, th, h1, h2, h3, h4, caption, figcaption, legend, label, dt, dd, summary, button, output, blockquote') ?? []) {
    add(`<${block.tagName.toLowerCase()}>`, block.text.replace(/\s+/g, ' ').trim());
  }
  return pieces;
}

function dataPieces(): Piece[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/countries\.(json|csv)$/.test(name)) files.push(path);
    }
  };
  walk(distDir);
  return files.flatMap((file) => {
    const rel = `/${relative(distDir, file)}`;
    const lang = langOf(rel);
    const text = readFileSync(file, 'utf8');
    const values = file.endsWith('.json') ? strings(JSON.parse(text)) : text.split(/\r?\n/).flatMap((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((cell) => cell.replace(/^"|"$/g, '').replace(/""/g, '"')));
    return values.filter((value) => /\p{L}/u.test(value) && !/^(https?:|\/)/.test(value)).map((value) => ({ where: rel, text: value, lang }));
  });
}

/** Proper nouns of the glossary, in each language, with the UN wrapper taken off, and Congress. */
const GLOSSARY_FILES: Record<Lang, string> = { en: 'content/glossary.json', fr: 'content/translations/fr/glossary.json', ht: 'content/translations/ht/glossary.json' };
const PROPER_NOUN_TERMS = ['security-council', 'general-assembly'];
const CONGRESS: Record<Lang, string> = { en: 'Congress', fr: 'Congrès', ht: 'Kongrè' };
const properNouns = (lang: Lang): string[] => {
  const glossary = JSON.parse(readFileSync(join(projectRoot, GLOSSARY_FILES[lang]), 'utf8')) as { id: string; term: string }[];
  const names = glossary.filter((g) => PROPER_NOUN_TERMS.includes(g.id)).map((g) => g.term.replace(/^UN /, '').replace(/ de l['’]ONU$/, '').replace(/ Nasyonzini$/, ''));
  expect(names).toHaveLength(PROPER_NOUN_TERMS.length);
  return [...names, CONGRESS[lang]];
};

/** Words the interface itself runs into "…" ("Share…", "Searching…"): not cut text. */
const uiEllipses = new Set(
  [en, fr, ht].flatMap((dictionary) => strings(JSON.parse(JSON.stringify(dictionary)))).flatMap((text) => [...text.matchAll(/(\p{L}+)…/gu)].map((m) => m[1]!)),
);

/** What is wrong with one piece of text, if anything. */
function problems(piece: Piece, nouns: Record<Lang, string[]>): string[] {
  const found: string[] = [];
  const { text } = piece;
  for (const match of text.matchAll(/(?<!\.)\.\.(?!\.)|\.,|,,|,\.|;\.|:\./g)) found.push(`doubled punctuation “${match[0]}”`);
  if (piece.lang === 'en') for (const match of text.matchAll(/\S\s+[,.](?=\s|$)/g)) found.push(`a space before “${match[0].trim().slice(-1)}”`);
  for (const noun of nouns[piece.lang]) {
    const lower = noun.toLowerCase();
    if (new RegExp(`(^|[^\\p{L}])${lower}(?![\\p{L}])`, 'u').test(text)) found.push(`“${lower}” in lower case`);
  }
  for (const match of text.matchAll(/(\p{L}+)…/gu)) if (!uiEllipses.has(match[1]!)) found.push(`text cut mid-word: “${match[0]}”`);
  if (piece.description && !/[.!?"”»)]$/.test(text.trim())) found.push('a description that does not end a sentence (cut?)');
  return found;
}

const pages = builtPages();
const pieces = [...pages.flatMap(pagePieces), ...dataPieces()];
const nouns = { en: properNouns('en'), fr: properNouns('fr'), ht: properNouns('ht') };

describe('template text in every language', () => {
  it('reads every page and data file in each language', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const lang of ['en', 'fr', 'ht'] as const) {
      expect(pieces.filter((p) => p.lang === lang && p.where.includes('meta')).length, lang).toBeGreaterThan(100);
      expect(pieces.some((p) => p.lang === lang && p.where.includes('countries.csv')), lang).toBe(true);
    }
    expect(pieces.some((p) => p.where.includes('JSON-LD'))).toBe(true);
  });

  it('has no doubled punctuation, no space before a comma or full stop in English, no proper noun in lower case, no text cut mid-word', () => {
    const wrong = pieces.flatMap((piece) => problems(piece, nouns).map((problem) => `${piece.where}: ${problem}: “${piece.text.slice(0, 160)}”`));
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('catches each kind of mistake it is there for', () => {
    const bad = (text: string, lang: Lang = 'en', description = false) => problems({ where: 'sample', text, lang, description }, nouns);
    expect(bad('Spain and the mission. The report does not say..')).toEqual([expect.stringMatching(/doubled punctuation/)]);
    expect(bad('Kenya offered police., and troops')).toEqual([expect.stringMatching(/doubled punctuation “\.,”/)]);
    expect(bad('Kenya , the lead nation')).toEqual([expect.stringMatching(/space before “,”/)]);
    expect(bad('Kenya , la nation', 'fr')).toEqual([]);
    expect(bad('would work with congress to secure funding')).toEqual([expect.stringMatching(/“congress” in lower case/)]);
    expect(bad('le conseil de sécurité a voté', 'fr')).toEqual([expect.stringMatching(/lower case/)]);
    expect(bad('drew international condemnatio…')).toEqual([expect.stringMatching(/cut mid-word/)]);
    expect(bad('The report does not say what form its help would', 'en', true)).toEqual([expect.stringMatching(/does not end a sentence/)]);
    expect(bad('Share…')).toEqual([]);
  });
});
