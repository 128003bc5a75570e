/**
 * Each Markdown body parsed once: the rendering workers run the safety rules on the parse they
 * render from and keep the answers, and the content check takes those answers instead of parsing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/index.ts';
import { keepMarkdownAnswersIn, markdownAnswerKey, markdownProblems, saveMarkdownAnswers } from '../../src/build/content-check/markdown-safety.ts';
import { readContent } from '../../src/build/content-check/read-content.ts';
import { renderAndCheckMarkdown } from '../../src/build/markdown/parse-once.ts';
import { bodiesOf, closeRenderPool } from '../../src/build/markdown/render-pool.ts';
import { projectRoot } from '../support/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'parse-once-'));
const file = join(dir, 'markdown.json');
afterAll(async () => {
  await closeRenderPool();
  rmSync(dir, { recursive: true, force: true });
});

type Saved = { version: string; answers: Record<string, { line: number; message: string }[]> };

describe('one parse per Markdown body', () => {
  const bodies = bodiesOf(readContent(projectRoot).files);
  // A fingerprint of its own: no body is on disk as rendered from it, so every one is rendered here.
  const fingerprint = 'parse-once-test';

  it('keeps, for every body in every language, the answer the check’s own parse would give', async () => {
    expect(bodies.length).toBeGreaterThanOrEqual(21);
    writeFileSync(file, JSON.stringify({ version: fingerprint, answers: { stale: [] } }));
    await renderAndCheckMarkdown(projectRoot, fingerprint, file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Saved;
    expect(saved.version).toBe(fingerprint);
    // Exactly the bodies content/ holds: the answer of a text no longer there is dropped.
    expect(Object.keys(saved.answers).sort()).toEqual([...new Set(bodies.map(({ body, lang }) => markdownAnswerKey(body, lang)))].sort());
    for (const { body, lang } of bodies) expect(saved.answers[markdownAnswerKey(body, lang)]).toEqual(markdownProblems(body, 0, lang));
  });

  it('hands the answers to the content check, which reports them as its own, with the file’s line', () => {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Saved;
    const { files } = readContent(projectRoot);
    const article = files.translations.ht.articles[0]!;
    // Proof the check takes the kept answer rather than parsing: a problem only the answer file holds.
    saved.answers[markdownAnswerKey(article.body!, 'ht')] = [{ line: 2, message: 'planted by the test' }];
    writeFileSync(file, JSON.stringify(saved));
    keepMarkdownAnswersIn(file, fingerprint);
    try {
      const planted = checkContent(projectRoot).filter((error) => error.message === 'planted by the test');
      expect(planted).toEqual([{ file: article.file, field: `body (line ${article.bodyOffset! + 2})`, message: 'planted by the test', line: article.bodyOffset! + 2 }]);
    } finally {
      saveMarkdownAnswers();
    }
  });
});
