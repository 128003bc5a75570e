/** Entry bodies rendered on worker threads, as the content loader renders them in a build. */
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-check/read-content';
import { createBodyRenderer } from '../../src/lib/markdown/render-body';
import { closeRenderPool, renderBody } from '../../src/lib/markdown/render-pool';
import { projectRoot } from '../support/paths';

afterAll(() => closeRenderPool());

describe('Markdown rendered on worker threads', () => {
  it('gives every article, in every language, exactly what rendering in the build process gives', async () => {
    const { files } = readContent(projectRoot);
    const bodies = [
      ...files.articles.map((file) => ({ body: file.body!, lang: 'en' as const })),
      ...Object.entries(files.translations).flatMap(([lang, tree]) => tree.articles.map((file) => ({ body: file.body!, lang: lang as 'fr' | 'ht' }))),
    ];
    expect(bodies.length).toBeGreaterThanOrEqual(21);
    const here = await createBodyRenderer();
    const [inWorkers, inProcess] = await Promise.all([
      Promise.all(bodies.map(({ body, lang }) => renderBody(projectRoot, body, lang))),
      Promise.all(bodies.map(({ body, lang }) => here(body, lang))),
    ]);
    expect(inWorkers).toEqual(inProcess);
  });

  it('renders with Astro’s defaults besides the site’s settings: typographic quotes and dashes, GFM, heading list', async () => {
    const rendered = await renderBody(projectRoot, '## Kenya\'s "offer"\n\nIt was 1,000 -- not more.\n\n| a |\n|---|\n| 1 |\n', 'en');
    expect(rendered.html).toContain('Kenya’s “offer”');
    expect(rendered.html).toContain('1,000 — not more');
    expect(rendered.html).toContain('<table>');
    expect(rendered.metadata?.headings).toEqual([{ depth: 2, slug: 'kenyas-offer', text: 'Kenya’s “offer”' }]);
  });

  it('puts the pipeline’s own words into the entry’s language', async () => {
    const rendered = await renderBody(projectRoot, 'Texte.[^p3]\n\n[^p3]: Paragraphe 3.\n', 'fr');
    expect(rendered.html).toContain('aria-label="Source : paragraphe 3 de l\'article"');
    expect(rendered.html).not.toContain('of the report');
  });

  it('fails with the worker’s error, not a hang, when the worker cannot start', async () => {
    await expect(renderBody('/nowhere', 'Text.', 'en')).rejects.toThrow(/Markdown rendering worker failed: .*render-worker/s);
  });
});
