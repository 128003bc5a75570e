import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepMarkdownAnswersIn, markdownProblems, saveMarkdownAnswers } from '../../src/build/content-check/markdown-safety.ts';
import { sourceVersion } from '../../src/build/source-version.ts';
import { byDate, whenLabel } from '../../src/shared/timeline.ts';
import { tocHeadings } from '../../src/shared/toc.ts';
import { fieldPath, formatErrors } from '../../src/domain/errors.ts';
import { chunkReferences, reachableChunks } from '../../src/build/module-graph.ts';
import { addStyleHashes, metaStyleHashes, styleHash } from '../../src/build/style-hashes.ts';

describe('tocHeadings', () => {
  it('keeps h2 and h3, drops h4 and the hidden footnotes heading', () => {
    const headings = [
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 3, slug: 'one-a', text: 'One A' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
    ];
    expect(tocHeadings(headings).map((h) => h.slug)).toEqual(['one', 'one-a']);
  });
});

describe('timeline', () => {
  it('sorts oldest first and keeps the editor’s order on ties', () => {
    const events = [{ date: '2023-09-25', n: 1 }, { date: '1994-01-01', n: 2 }, { date: '2023-09-25', n: 3 }];
    expect(byDate(events).map((e) => e.n)).toEqual([2, 1, 3]);
  });
  it('puts an undated event placed with another after the events of that day, wherever it comes in', () => {
    const events = [{ date: '2023-09-22', n: 1, placedWith: 'meeting' }, { date: '2023-09-22', n: 2 }, { date: '2023-09-23', n: 3 }, { date: '2023-09-22', n: 4 }];
    expect(byDate(events).map((e) => e.n)).toEqual([2, 4, 1, 3]);
  });
  it('shows a date only as precisely as the report gives it', () => {
    expect(whenLabel({ date: '2023-09-22', precision: 'day' }, 'en')).toBe('22 September 2023');
    expect(whenLabel({ date: '2023-07-01', precision: 'month' }, 'en')).toBe('July 2023');
    expect(whenLabel({ date: '1994-01-01', precision: 'year' }, 'en')).toBe('1994');
    expect(whenLabel({ date: '2022-10-01', precision: 'approximate', when: 'Nearly a year before the report' }, 'en')).toBe('Nearly a year before the report');
  });
});

describe('content error messages', () => {
  it('write schema paths the way an editor reads them', () => {
    expect(fieldPath(['offers', 0, 'quantity', 'value'])).toBe('offers[0].quantity.value');
    expect(fieldPath([])).toBe('(record)');
  });
  it('name file and field on each line', () => {
    const text = formatErrors([{ file: 'content/countries/belize.json', field: 'iso3', message: 'bad' }]);
    expect(text).toContain('1 problem');
    expect(text).toContain('content/countries/belize.json → iso3: bad');
  });
});

describe('module graph (map preloads)', () => {
  const files: Record<string, string> = {
    'page.A.js': 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/map.B.js","_astro/fill.C.js"])))=>i;import("./map.B.js")',
    'map.B.js': 'import{t}from"./fill.C.js";import{x}from"./page.A.js";await import(`./leaflet-src.D.js`)',
    'fill.C.js': 'export const t=1',
    'leaflet-src.D.js': 'var L={};export default L',
  };
  it('finds every chunk a script reaches, static, dynamic or in the preload list, each once, not the entry', () => {
    expect(chunkReferences(files['map.B.js']!)).toEqual(['fill.C.js', 'page.A.js', 'leaflet-src.D.js']);
    expect(reachableChunks(['page.A.js'], (chunk) => files[chunk])).toEqual(['map.B.js', 'fill.C.js', 'leaflet-src.D.js']);
  });
  it('passes over a chunk it cannot read', () => {
    expect(reachableChunks(['page.A.js'], (chunk) => (chunk === 'map.B.js' ? undefined : files[chunk]))).toEqual(['map.B.js', 'fill.C.js']);
  });
});

describe('style hashes for the header policy', () => {
  it('adds the hashes to every style-src, sorted and once each, replacing any already there', () => {
    const file = "/a\n  Content-Security-Policy: default-src 'self'; style-src 'self'; img-src 'self'\n/b\n  Content-Security-Policy: style-src 'self' 'sha256-old='\n";
    const out = addStyleHashes(file, ["'sha256-b='", "'sha256-a='", "'sha256-b='"]);
    expect(out).toBe("/a\n  Content-Security-Policy: default-src 'self'; style-src 'self' 'sha256-a=' 'sha256-b='; img-src 'self'\n/b\n  Content-Security-Policy: style-src 'self' 'sha256-a=' 'sha256-b='\n");
  });
  it('reads a page’s style hashes from its meta policy', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-s='; style-src 'self' 'sha256-x=' 'sha256-y='">`;
    expect(metaStyleHashes(html)).toEqual(["'sha256-x='", "'sha256-y='"]);
  });
  it('hashes a stylesheet as CSP does (base64 sha256)', async () => {
    // The hash of the empty string, as browsers report it.
    expect(await styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('kept answers of the Markdown safety check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'markdown-answers-'));
  const file = join(dir, 'markdown.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('keeps each text’s problems between runs, with the line offset applied afresh', () => {
    keepMarkdownAnswersIn(file, 'v1');
    expect(markdownProblems('See [this](javascript:alert(1)).', 10, 'en')).toEqual([expect.objectContaining({ line: 11 })]);
    saveMarkdownAnswers();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: string; answers: Record<string, { line: number }[]> };
    expect(saved.version).toBe('v1');
    expect(Object.values(saved.answers)).toEqual([[expect.objectContaining({ line: 1 })]]);
    // Proof the kept answer is what is used: change it on disk and ask again.
    const [key] = Object.keys(saved.answers);
    writeFileSync(file, JSON.stringify({ version: 'v1', answers: { [key!]: [{ line: 3, message: 'kept' }] } }));
    keepMarkdownAnswersIn(file, 'v1');
    expect(markdownProblems('See [this](javascript:alert(1)).', 10, 'en')).toEqual([{ line: 13, message: 'kept' }]);
    saveMarkdownAnswers();
  });
  it('starts afresh when the checker has changed (another version)', () => {
    keepMarkdownAnswersIn(file, 'v2');
    expect(markdownProblems('See [this](javascript:alert(1)).', 0, 'en')).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('not allowed') })]);
    saveMarkdownAnswers();
  });
  it('checks afresh, keeping nothing, unless asked to keep', () => {
    expect(markdownProblems('[x](javascript:alert(1))', 0, 'en')).toHaveLength(1);
  });
});

describe('sourceVersion (what a cache was made with)', () => {
  it('is the same for the same files, and changes when any file in a named folder changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'source-version-'));
    try {
      mkdirSync(join(root, 'lib'));
      writeFileSync(join(root, 'lib', 'a.ts'), 'one');
      writeFileSync(join(root, 'b.json'), '{}');
      const first = sourceVersion(root, ['lib', 'b.json']);
      expect(sourceVersion(root, ['lib', 'b.json'])).toBe(first);
      writeFileSync(join(root, 'lib', 'a.ts'), 'two');
      const second = sourceVersion(root, ['lib', 'b.json']);
      expect(second).not.toBe(first);
      writeFileSync(join(root, 'lib', 'c.ts'), '');
      expect(sourceVersion(root, ['lib', 'b.json'])).not.toBe(second);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
