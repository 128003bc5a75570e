import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../src/lib/markdown/processor';

async function render(markdown: string) {
  const renderer = await markdownProcessor().createRenderer({ syntaxHighlight: false });
  return (await renderer.render(markdown)).code;
}

describe('the article Markdown pipeline', () => {
  it('renders GFM tables inside a labelled, focusable scroll region', async () => {
    const html = await render('| Country | Offer |\n|---|---|\n| Belize | up to 50 |\n');
    expect(html).toMatch(/<section class="table-scroll" aria-label="[^"]+" tabindex="0"><table>/);
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
    expect(html).toMatch(/¶1<\/a><\/sup><sup class="cite-sep" aria-hidden="true">,<\/sup><sup><a[^>]*>¶2/);
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
