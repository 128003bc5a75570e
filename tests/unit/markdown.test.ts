import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { markdownProcessor } from '../../src/build/markdown/processor.ts';

async function render(markdown: string, lang: Lang = 'en') {
  const renderer = await markdownProcessor(lang).createRenderer({ syntaxHighlight: false });
  return (await renderer.render(markdown)).code;
}

describe('the article Markdown pipeline', () => {
  it('renders GFM tables inside a labelled, focusable scroll region', async () => {
    const html = await render('| Country | Offer |\n|---|---|\n| Belize | up to 50 |\n');
    expect(html).toMatch(/<section class="table-scroll" aria-label="[^"]+" data-scroll-hint="[^"]+" tabindex="0"><table>/);
    expect(html).toContain('<td>Belize</td>');
  });
  it('shows footnote markers as the report paragraph they cite', async () => {
    const html = await render('Belize offered up to 50.[^p7]\n\n[^p7]: Report, paragraph 7.\n');
    expect(html).toMatch(/<a[^>]*class="cite"[^>]*>¶7<\/a>/);
    expect(html).toContain('aria-label="Source: paragraph 7 of the report"');
    expect(html).toContain('Report, paragraph 7.');
  });
  it('leaves other links alone', async () => {
    const html = await render('[Belize](/countries/belize/)');
    expect(html).toContain('<a href="/countries/belize/">Belize</a>');
  });
});

describe('section links', () => {
  it('gives each heading a stable id and a labelled link to itself, without changing its text', async () => {
    const html = await render('## Kenya’s conditions\n\nText.');
    expect(html).toMatch(/<h2 id="kenyas-conditions">Kenya’s conditions<a [^>]*href="#kenyas-conditions"[^>]*><\/a><\/h2>/);
    expect(html).toMatch(/<a [^>]*class="heading-anchor"[^>]*aria-label="Link to this section"/);
  });
});

describe('citation markers side by side', () => {
  it('get a comma between them, and only then', async () => {
    const html = await render('Both.[^p1][^p2] Later.[^p3]\n\n[^p1]: a\n[^p2]: b\n[^p3]: c\n');
    expect(html).toMatch(/¶1<\/a><\/sup><sup class="cite-sep" aria-hidden="true" data-pagefind-ignore="">,<\/sup><sup data-pagefind-ignore=""><a[^>]*>¶2/);
    expect(html.match(/cite-sep/g)).toHaveLength(1);
    expect(html).not.toMatch(/Later\.<sup class="cite-sep"/);
  });
});

describe('hostile Markdown', () => {
  // The content check rejects all of these; the pipeline must still render none of them if it is bypassed.
  it('renders no script, frame, event handler, unsafe link or remote image', async () => {
    const html = await render(
      [
        'Text <script>alert(1)</script> and <img src=x onerror=alert(1)>.',
        '<iframe src="https://evil.example/"></iframe>',
        '[one](javascript:alert(1)) [two](data:text/html,hi) [three](https://example.org/) [four](/countries/belize/)',
        '![remote](https://evil.example/x.png) <a href="#" onclick="alert(1)" style="color:red">styled</a>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script|<iframe|onerror|onclick|style=|javascript:|data:text|evil\.example/i);
    expect(html).toContain('<a href="https://example.org/">three</a>');
    expect(html).toContain('<a href="/countries/belize/">four</a>');
  });
});

describe('the sources box', () => {
  const markdown = 'Late.[^p9] Early.[^p2] Again.[^p9] And again.[^p9]\n\n[^p2]: Report, paragraph 2.\n[^p9]: Report, paragraph 9.\n';

  it('lists one entry per cited paragraph, labelled by paragraph, in paragraph order', async () => {
    const html = await render(markdown);
    expect(html).toMatch(/<section[^>]*class="footnotes sources-box"[^>]*data-pagefind-ignore=""/);
    expect(html).toMatch(/<h2 class="sources-title" id="footnote-label">Sources<\/h2>/);
    expect(html).toContain('<ul class="sources-list">');
    expect([...html.matchAll(/<li id="user-content-fn-p(\d+)"><span class="source-para">¶(\d+)<\/span>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['2', '2'],
      ['9', '9'],
    ]);
  });

  it('gives each entry one way back, to where the paragraph is first cited', async () => {
    const html = await render(markdown);
    const backs = [...html.matchAll(/<a href="#([^"]+)" data-footnote-backref=""[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(backs).toEqual([
      ['user-content-fnref-p2', '↑'],
      ['user-content-fnref-p9', '↑'],
    ]);
    expect(html).not.toMatch(/↩/);
  });

  it('keeps every citation marker out of search excerpts', async () => {
    const html = await render(markdown);
    const markers = html.match(/<sup[^>]*><a[^>]*class="cite"/g) ?? [];
    expect(markers).toHaveLength(4);
    for (const marker of markers) expect(marker).toContain('data-pagefind-ignore');
  });
});

describe('the words the pipeline writes', () => {
  // A heading, a table, a worked-out date and two citations: every place a plugin writes words of its own.
  const body = '## Offers\n\nOn [22 September 2023](/about/#dates) it said so.[^p3][^p5]\n\n| a |\n|---|\n| 1 |\n\n[^p3]: Paragraph 3.\n[^p5]: Paragraph 5.\n';
  const wordsOf = (lang: Lang) => {
    const words = DICTIONARIES[lang].source;
    return [words.footnotes, words.backToReference, words.sectionLink, words.tableScroll, words.workedOut, words.workedOutTitle, words.citeLabel(3), words.citeLabel(5)];
  };

  it('are in the article’s own language, and no English is left', async () => {
    for (const lang of ['fr', 'ht'] as const) {
      // The serialiser writes an apostrophe in an attribute as a character reference (l&#x27;article).
      const html = (await render(body, lang)).replaceAll('&#x27;', "'");
      for (const words of wordsOf(lang)) expect(html, `${lang}: ${words}`).toContain(words);
      // French and English both say "Sources"; GFM's own words ("Footnotes", "Back to reference 1") never survive.
      const english = [...wordsOf('en').filter((words) => !wordsOf(lang).includes(words)), 'Footnotes'];
      for (const words of english) expect(html, `${lang}: ${words}`).not.toContain(words);
    }
  });

  it('are the English dictionary’s in English', async () => {
    const html = await render(body, 'en');
    for (const words of wordsOf('en')) expect(html).toContain(words);
  });
});
