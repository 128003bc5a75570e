/**
 * The scale benchmark's content generator (bench/scale.ts) writes content the content
 * check accepts: if a schema, a vocabulary or a rule of the check changes and the generator is
 * not taught it, this fails here rather than in the middle of a 1,000-article benchmark build.
 * A small site (20 articles, 30 countries) keeps it to a second or two.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateScaleContent } from '../../bench/scale-content.ts';
import { checkContent } from '../../src/build/content-check/index.ts';
import { formatError } from '../../src/domain/errors.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function generate(articles: number, countries: number): string {
  const root = mkdtempSync(join(tmpdir(), 'scale-content-'));
  made.push(root);
  generateScaleContent(join(root, 'content'), { articles, countries });
  return root;
}

const files = (dir: string, ext: string) => readdirSync(dir).filter((name) => name.endsWith(ext)).sort();

describe('the scale benchmark’s generated content', () => {
  const root = generate(20, 30);
  const content = join(root, 'content');

  it('passes the content check (schemas, references, figures, translations)', () => {
    // A fixed "today", as the content check's own tests use, so the result does not depend on the day.
    expect(checkContent(root, '2026-11-27').map(formatError)).toEqual([]);
  });

  it('has the number of articles and countries asked for, each translated into French and Kreyòl', () => {
    expect(files(join(content, 'articles'), '.md')).toHaveLength(20);
    expect(files(join(content, 'countries'), '.json')).toHaveLength(30);
    for (const lang of ['fr', 'ht']) {
      expect(files(join(content, 'translations', lang, 'articles'), '.md')).toEqual(files(join(content, 'articles'), '.md'));
      expect(files(join(content, 'translations', lang, 'countries'), '.json')).toEqual(files(join(content, 'countries'), '.json'));
    }
  });

  it('is the same every time', () => {
    const again = join(generate(20, 30), 'content');
    for (const dir of ['articles', 'countries', 'translations/fr/articles', 'translations/ht/countries']) {
      const names = readdirSync(join(content, dir)).sort();
      expect(readdirSync(join(again, dir)).sort()).toEqual(names);
      for (const name of names) expect(readFileSync(join(again, dir, name), 'utf8'), `${dir}/${name}`).toBe(readFileSync(join(content, dir, name), 'utf8'));
    }
  });
});
