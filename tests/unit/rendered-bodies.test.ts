/** Rendered article bodies kept beside Astro's data store, as the content loader and the article pages use them. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyKey, RenderedBodies, readRenderedBody, renderedBodyKeys } from '../../src/build/markdown/rendered-bodies.ts';

const root = mkdtempSync(join(tmpdir(), 'rendered-bodies-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const body = (html: string) => ({ html, metadata: { headings: [{ depth: 2, slug: 'a', text: 'A' }] }, readingMinutes: 3 });

describe('RenderedBodies', () => {
  it('gives a page the body the loader wrote, translations included', () => {
    const bodies = new RenderedBodies(root, 'articleTranslations');
    bodies.write('fr/kenya', 'd1', body('<p>Kenya</p>'));
    bodies.keepOnly(new Set(['fr/kenya']));
    expect(readRenderedBody('articleTranslations', 'fr/kenya', root)).toEqual(body('<p>Kenya</p>'));
  });

  it('keeps a body for the next build only if it was rendered from the same digest and its file is there', () => {
    const first = new RenderedBodies(root, 'articles');
    first.write('kenya', 'd1', body('<p>one</p>'));
    first.write('belize', 'd1', body('<p>two</p>'));
    first.keepOnly(new Set(['kenya', 'belize']));
    const next = new RenderedBodies(root, 'articles');
    expect(next.has('kenya', 'd1')).toBe(true);
    expect(next.has('kenya', 'd2')).toBe(false);
    rmSync(join(root, '.cache', 'rendered', 'articles', 'belize.json'));
    expect(next.has('belize', 'd1')).toBe(false);
  });

  it('deletes the bodies of entries that are gone', () => {
    const bodies = new RenderedBodies(root, 'articles');
    bodies.keepOnly(new Set(['belize']));
    expect(existsSync(join(root, '.cache', 'rendered', 'articles', 'kenya.json'))).toBe(false);
    expect(new RenderedBodies(root, 'articles').has('kenya', 'd1')).toBe(false);
  });

  it('fails loudly, naming the entry, when a page asks for a body that was never written', () => {
    expect(() => readRenderedBody('articles', 'atlantis', root)).toThrow(/rendered body of articles "atlantis" is missing/);
  });

  it('tells the content guard the key of every body on disk, in every collection', () => {
    const other = mkdtempSync(join(tmpdir(), 'rendered-keys-'));
    const key = (body: string, lang: 'en' | 'fr') => bodyKey('v1', body, lang);
    const originals = new RenderedBodies(other, 'articles');
    originals.write('kenya', key('Kenya.', 'en'), body('<p>Kenya.</p>'));
    originals.keepOnly(new Set(['kenya']));
    const translations = new RenderedBodies(other, 'articleTranslations');
    translations.write('fr/kenya', key('Le Kenya.', 'fr'), body('<p>Le Kenya.</p>'));
    translations.keepOnly(new Set(['fr/kenya']));
    expect(renderedBodyKeys(other)).toEqual(new Set([key('Kenya.', 'en'), key('Le Kenya.', 'fr')]));
    rmSync(other, { recursive: true, force: true });
  });

  it('keys a body by its Markdown, its language and the rendering code, nothing else', () => {
    expect(bodyKey('v1', 'Text.', 'en')).toBe(bodyKey('v1', 'Text.', 'en'));
    expect(new Set([bodyKey('v1', 'Text.', 'en'), bodyKey('v2', 'Text.', 'en'), bodyKey('v1', 'Text!', 'en'), bodyKey('v1', 'Text.', 'fr')]).size).toBe(4);
  });

  it('makes no folder for a collection without bodies', () => {
    new RenderedBodies(root, 'people').keepOnly(new Set());
    expect(existsSync(join(root, '.cache', 'rendered', 'people'))).toBe(false);
  });
});
