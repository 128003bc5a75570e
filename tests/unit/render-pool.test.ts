/** Entry bodies rendered on worker threads, as the content loader renders them in a build. */
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check/read-content.ts';
import { markdownProblems } from '../../src/build/content-check/markdown-safety.ts';
import { createBodyRenderer } from '../../src/build/markdown/render-body.ts';
import { bodiesOf, closeRenderPool, renderAhead, renderBody } from '../../src/build/markdown/render-pool.ts';
import { buildFingerprint } from '../../src/build/build-fingerprint.ts';
import { projectRoot } from '../support/paths.ts';

afterAll(() => closeRenderPool());

const version = buildFingerprint(projectRoot);
const render = (body: string, lang: 'en' | 'fr' | 'ht') => renderBody(projectRoot, version, body, lang);

describe('Markdown rendered on worker threads', () => {
  const { files } = readContent(projectRoot);
  const bodies = bodiesOf(files);

  it('finds every article body, in every language', () => {
    const articles = files.articles.length;
    expect(articles).toBeGreaterThanOrEqual(7);
    expect(bodies.filter((body) => body.lang === 'en')).toHaveLength(articles);
    for (const lang of ['fr', 'ht'] as const) expect(bodies.filter((body) => body.lang === lang)).toHaveLength(files.translations[lang].articles.length);
  });

  it('gives every article, in every language, exactly what rendering in the build process gives', async () => {
    const here = await createBodyRenderer();
    const [inWorkers, inProcess] = await Promise.all([Promise.all(bodies.map(({ body, lang }) => render(body, lang))), Promise.all(bodies.map(async ({ body, lang }) => (await here(body, lang)).rendered))]);
    expect(inWorkers).toEqual(inProcess);
  });

  it('hands over what was rendered ahead, and renders what was not', async () => {
    const [first, second] = bodies;
    const ahead = renderAhead(projectRoot, version, [first!]);
    const here = await createBodyRenderer();
    expect(await render(first!.body, first!.lang)).toEqual((await here(first!.body, first!.lang)).rendered);
    expect(await render(second!.body, second!.lang)).toEqual((await here(second!.body, second!.lang)).rendered);
    expect(await ahead).toEqual([[]]);
  });

  it('renders with Astro’s defaults besides the site’s settings: typographic quotes and dashes, GFM, heading list', async () => {
    const rendered = await render('## Kenya\'s "offer"\n\nIt was 1,000 -- not more.\n\n| a |\n|---|\n| 1 |\n', 'en');
    expect(rendered.html).toContain('Kenya’s “offer”');
    expect(rendered.html).toContain('1,000 — not more');
    expect(rendered.html).toContain('<table>');
    expect(rendered.metadata?.headings).toEqual([{ depth: 2, slug: 'kenyas-offer', text: 'Kenya’s “offer”' }]);
  });

  it('puts the pipeline’s own words into the entry’s language', async () => {
    const rendered = await render('Texte.[^p3]\n\n[^p3]: Paragraphe 3.\n', 'fr');
    expect(rendered.html).toContain('aria-label="Source : paragraphe 3 de l’article"');
    expect(rendered.html).not.toContain('of the report');
  });

  it('fails with the worker’s error, not a hang, when the worker cannot start', async () => {
    await expect(renderBody('/nowhere', version, 'Text.', 'en')).rejects.toThrow(/Markdown rendering worker failed: .*render-worker/s);
  });

  it('finds, on the parse it renders from, exactly the Markdown problems the content check’s own parse finds', async () => {
    const hostile = [
      { body: 'Hi <b>there</b>.\n\n[x](javascript:alert(1)) and ![map](https://evil.example/x.png)\n', lang: 'en' as const },
      { body: '## Sources\n\nVoir [la carte](/map/) et [ceci](https://example.org "le 5").\n\n[ref]: /fr/../about/\n', lang: 'fr' as const },
      { body: 'Text &#x202E; here.\n\n![a][nowhere]\n\nWith "quotes" -- and dashes... in a [link](/ht/map/).\n', lang: 'ht' as const },
    ];
    const cases = [...bodies, ...hostile];
    const found = await renderAhead(projectRoot, version, cases);
    expect(found).toHaveLength(cases.length);
    cases.forEach(({ body, lang }, index) => expect(found[index], `${lang}: ${body.slice(0, 40)}`).toEqual(markdownProblems(body, 0, lang)));
    // The hostile ones really are caught: one problem at least each.
    for (const problems of found.slice(bodies.length)) expect(problems!.length).toBeGreaterThan(0);
  });
});
