/**
 * Issue 19: a page's language is never a default or a guess. Functions that put words on a page
 * take the language as a required argument, pages take it typed from getStaticPaths, and components
 * take it as a prop from the page. A default ('en') or a cast would let a French page fall back to
 * English without any test noticing; this reads the source so it cannot come back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

const src = join(projectRoot, 'src');
const files = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => /\.(ts|astro)$/.test(file))
  .map((file) => ({ path: relative(projectRoot, join(src, file)), text: readFileSync(join(src, file), 'utf8') }));

const offences = (pattern: RegExp) => files.flatMap(({ path, text }) => text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])));

describe('the language of a page', () => {
  it('reads the source files (a wrong root would check nothing)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.path.endsWith('.astro'))).toBe(true);
  });

  it('is never given a default value', () => {
    expect(offences(/\blang\w*\s*(:\s*\w+)?\s*=\s*'(en|fr|ht)'\s*[,)]/)).toEqual([]);
  });

  it('is never cast from Astro.props', () => {
    expect(offences(/Astro\.props\s+as\b/)).toEqual([]);
  });

  it('is never re-read from the address by a component', () => {
    expect(offences(/splitLocale\(Astro\.url\.pathname\)\.lang|langOf\(/)).toEqual([]);
  });

  it('is a required prop of every component that writes words', () => {
    const components = files.filter(({ path, text }) => path.endsWith('.astro') && !path.startsWith('src/pages/') && /\bt\(lang\)/.test(text));
    expect(components.length).toBeGreaterThan(10);
    for (const { path, text } of components) expect(text, path).toMatch(/^\s*lang: Lang;/m);
  });
});
