/** French typography and the Kreyòl house style (src/i18n/typography.ts, src/i18n/typeset-files.ts). */
import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/i18n/typography.ts';
import { englishQuotationTest, typesetJson, typesetMarkup } from '../../src/i18n/typeset-files.ts';

const NN = '\u202f';
const NB = '\u00a0';

describe('typeset (French)', () => {
  it('puts a narrow no-break space before ; ! ? whatever was typed', () => {
    expect(typeset('Vraiment? Oui; non! Et ?', 'fr')).toBe(`Vraiment${NN}? Oui${NN}; non${NN}! Et${NN}?`);
  });
  it('puts a no-break space before a colon followed by a space or the end', () => {
    expect(typeset('Source: Miami Herald', 'fr')).toBe(`Source${NB}: Miami Herald`);
    expect(typeset('Clavier :', 'fr')).toBe(`Clavier${NB}:`);
    expect(typeset('« vendredi »: 22 septembre', 'fr')).toBe(`«${NN}vendredi${NN}»${NB}: 22 septembre`);
  });
  it('puts narrow no-break spaces inside guillemets', () => {
    expect(typeset('« Non précisé »', 'fr')).toBe(`«${NN}Non précisé${NN}»`);
    expect(typeset('«non»', 'fr')).toBe(`«${NN}non${NN}»`);
  });
  it('groups thousands and spaces the percent sign with no-break spaces', () => {
    expect(typeset('1 000 policiers et 2 000 000 dollars, 80 % et 80%', 'fr')).toBe(`1${NN}000 policiers et 2${NN}000${NN}000 dollars, 80${NN}% et 80${NN}%`);
    expect(typeset('paragraphes 5 000', 'fr')).toBe(`paragraphes 5${NN}000`);
  });
  it('does not join a year to the number after it, or touch years and paragraph lists', () => {
    expect(typeset('en 2023 500 policiers', 'fr')).toBe('en 2023 500 policiers');
    expect(typeset('26 septembre 2023, paragraphes 1, 5, 8 et 9', 'fr')).toBe('26 septembre 2023, paragraphes 1, 5, 8 et 9');
  });
  it('uses one apostrophe', () => {
    expect(typeset("l'article d’aujourd'hui", 'fr')).toBe('l’article d’aujourd’hui');
  });
  it('leaves URLs, paths, addresses, times and query strings alone', () => {
    expect(typeset('Voir https://example.org/fr/map/?country=kenya&x=1 ici', 'fr')).toBe('Voir https://example.org/fr/map/?country=kenya&x=1 ici');
    expect(typeset('https://example.org/a:b?c=d', 'fr')).toBe('https://example.org/a:b?c=d');
    expect(typeset('ouvrez /fr/map/?country=kenya', 'fr')).toBe('ouvrez /fr/map/?country=kenya');
    expect(typeset('écrire à contact_1000@example.org ?', 'fr')).toBe('écrire à contact_1000@example.org ?');
    expect(typeset('à 10:30', 'fr')).toBe('à 10:30');
  });
  it('is idempotent', () => {
    const once = typeset("Qu'en est-il ? « 1 000 » : 80 % ; oui !", 'fr');
    expect(typeset(once, 'fr')).toBe(once);
  });
  it('leaves English alone', () => {
    expect(typeset("Source: it's 1 000 ?", 'en')).toBe("Source: it's 1 000 ?");
  });
});

describe('typeset (Kreyòl house style)', () => {
  it('spaces ; : ! ? and numbers as French does, « » inside, and keeps an English “ ” unspaced', () => {
    expect(typeset('Sous: paragraf 7. Kisa? “1 000 moun” « semèn pase »', 'ht')).toBe(`Sous${NB}: paragraf 7. Kisa${NN}? “1${NN}000 moun” «${NN}semèn pase${NN}»`);
  });
});

describe('typesetMarkup', () => {
  it('typesets text nodes and human attributes, not href, id, class or data-*', () => {
    const html = `<a href="/fr/map/?country=x:y" id="p-1000" class="a:b" data-x="1 000" title="Lien: ici">Source: 1 000</a>`;
    expect(typesetMarkup(html, 'fr')).toBe(`<a href="/fr/map/?country=x:y" id="p-1000" class="a:b" data-x="1 000" title="Lien${NB}: ici">Source${NB}: 1${NN}000</a>`);
  });
  it('typesets the content of description and og/twitter text metas, not og:url or og:image', () => {
    const head = `<meta name="description" content="Qui: quoi"><meta property="og:url" content="https://x.org/fr/?a=b: c"><meta property="og:title" content="Titre ?"><meta name="twitter:card" content="summary_large_image">`;
    expect(typesetMarkup(head, 'fr')).toBe(`<meta name="description" content="Qui${NB}: quoi"><meta property="og:url" content="https://x.org/fr/?a=b: c"><meta property="og:title" content="Titre${NN}?"><meta name="twitter:card" content="summary_large_image">`);
  });
  it('leaves <script>, <style>, <textarea> and code byte for byte, and English quotations', () => {
    const html = `<style>a::after{content:"1 000 : ?"}</style><script>var a = "<div>x: y</div>";</script><p>a: b</p><textarea><iframe title="Carte: x"></iframe></textarea><q lang="en">Hello: <b>world</b>?</q><p>c ?</p>`;
    expect(typesetMarkup(html, 'fr')).toBe(`<style>a::after{content:"1 000 : ?"}</style><script>var a = "<div>x: y</div>";</script><p>a${NB}: b</p><textarea><iframe title="Carte: x"></iframe></textarea><q lang="en">Hello: <b>world</b>?</q><p>c${NN}?</p>`);
  });
  it('decodes entities before typesetting and re-encodes only what it changed', () => {
    expect(typesetMarkup('<p>l&#39;article &amp; lui</p><p>&lt;rien&gt;</p>', 'fr')).toBe('<p>l’article &amp; lui</p><p>&lt;rien&gt;</p>');
  });
  it('typesets an RSS feed’s text but not its links or dates', () => {
    const rss = `<item><title>Qui : quoi</title><link>https://x.org/fr/a/</link><pubDate>Thu, 26 Nov 2026 00:00:00 GMT</pubDate><description>d&apos;après</description></item>`;
    expect(typesetMarkup(rss, 'fr')).toBe(`<item><title>Qui${NB}: quoi</title><link>https://x.org/fr/a/</link><pubDate>Thu, 26 Nov 2026 00:00:00 GMT</pubDate><description>d’après</description></item>`);
  });
});

describe('typesetJson', () => {
  it('typesets human strings and leaves keys, ids, codes and URLs', () => {
    const data = { id: 'x:y', page: '/fr/countries/kenya/', note: 'Note: 1 000', 'key: a': 'b', offers: [{ kind: 'police', amount: "jusqu'à 1 000 (annoncé)" }] };
    expect(typesetJson(data, 'fr')).toEqual({ id: 'x:y', page: '/fr/countries/kenya/', note: `Note${NB}: 1${NN}000`, 'key: a': 'b', offers: [{ kind: 'police', amount: `jusqu’à 1${NN}000 (annoncé)` }] });
  });
});

describe('English quotations on translated pages', () => {
  const isEnglish = englishQuotationTest(['He said it was “one of the reasons” others waited.', '“There’s a range of how countries operate,” he said.']);
  it('marks a quotation of the English content lang="en" and leaves it unspaced', () => {
    expect(typesetMarkup('<p>Il a dit : “one of the reasons” (« l’une des raisons »).</p>', 'fr', isEnglish)).toBe(`<p>Il a dit${NB}: <span lang="en">“one of the reasons”</span> («${NN}l’une des raisons${NN}»).</p>`);
    expect(typesetMarkup("<p>“there's a range of how countries operate”</p>", 'ht', isEnglish)).toBe(`<p><span lang="en">“there's a range of how countries operate”</span></p>`);
  });
  it('leaves a Kreyòl or French quotation alone', () => {
    expect(typesetMarkup('<p>Li di “semèn pase”.</p>', 'ht', isEnglish)).toBe('<p>Li di “semèn pase”.</p>');
  });
});

describe('English words quoted in guillemets', () => {
  const isEnglish = englishQuotationTest(['The “Recommended Stories” that followed']);
  it('marks the English words lang="en" inside French guillemets', () => {
    expect(typesetMarkup('<p>Les « Recommended Stories » qui suivaient</p>', 'fr', isEnglish)).toBe(`<p>Les «${NN}<span lang="en">Recommended Stories</span>${NN}» qui suivaient</p>`);
    expect(typesetMarkup('<p>« vendredi »</p>', 'fr', isEnglish)).toBe(`<p>«${NN}vendredi${NN}»</p>`);
  });
});

describe('a mark that follows an element', () => {
  it('gets its no-break space after a link, as it does after a word', () => {
    const html = '<p>Voir <a href="/fr/articles/x/">le rôle du Kenya</a> : la suite ; <a href="/a">lien</a>; <em>mot</em> ? <strong>fin</strong>!</p>';
    expect(typesetMarkup(html, 'fr')).toBe(`<p>Voir <a href="/fr/articles/x/">le rôle du Kenya</a>${NB}: la suite${NN}; <a href="/a">lien</a>${NN}; <em>mot</em>${NN}? <strong>fin</strong>${NN}!</p>`);
  });
  it('does so after an English quotation kept in its own element or marked in the text', () => {
    const isEnglish = englishQuotationTest(['“So it’ll be an integrated force.”']);
    expect(typesetMarkup('<p><span lang="en">“so it’ll be an integrated force”</span> : oui</p>', 'fr')).toBe(`<p><span lang="en">“so it’ll be an integrated force”</span>${NB}: oui</p>`);
    expect(typesetMarkup('<p>Elle a dit “so it’ll be an integrated force” : oui</p>', 'fr', isEnglish)).toBe(`<p>Elle a dit <span lang="en">“so it’ll be an integrated force”</span>${NB}: oui</p>`);
  });
  it('leaves a mark that opens a block, script, style, code and attributes as they are', () => {
    const html = '<table><tr><td>7</td><td>: x</td></tr></table><script>a()</script>: b<style>p{}</style> ; c<code>x ;</code><pre>y</pre> : z<a title="t" href="/x?a=b">u</a><span data-x=": y"></span>';
    expect(typesetMarkup(html, 'fr')).toBe('<table><tr><td>7</td><td>: x</td></tr></table><script>a()</script>: b<style>p{}</style> ; c<code>x ;</code><pre>y</pre> : z<a title="t" href="/x?a=b">u</a><span data-x=": y"></span>');
    expect(typesetMarkup('<p><code>npm run build</code> : ok</p>', 'fr')).toBe(`<p><code>npm run build</code>${NB}: ok</p>`);
  });
  it('is idempotent', () => {
    const once = typesetMarkup('<p><a href="/a">x</a> : y ; <a href="/b">z</a> ?</p>', 'fr');
    expect(typesetMarkup(once, 'fr')).toBe(once);
  });
});
