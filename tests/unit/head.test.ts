import { describe, expect, it } from 'vitest';
import { absoluteUrl, buildHead, jsonLdText, type PageMeta } from '../../src/shared/head.ts';

const site = 'https://example.org';
const base: PageMeta = { lang: 'en', title: 'Belize: role and offer', description: 'What Belize offered.', path: '/countries/belize/', image: '/og/countries/belize.png', imageAlt: 'Belize card' };
const article: PageMeta = {
  ...base,
  title: 'Kenya’s lead role',
  path: '/articles/kenyas-lead-role/',
  image: '/og/articles/kenyas-lead-role.png',
  article: {
    published: new Date('2026-11-26T00:00:00Z'),
    modified: new Date('2026-11-27T00:00:00Z'),
    section: 'Kenya',
    author: 'Explainer desk',
    basedOn: { headline: 'The report', outlet: 'Miami Herald', author: 'Jacqueline Charles', published: '2023-09-26' },
  },
  breadcrumbs: [
    { name: 'Home', path: '/' },
    { name: 'Articles', path: '/articles/' },
    { name: 'Kenya’s lead role', path: '/articles/kenyas-lead-role/' },
  ],
};
const tag = (head: ReturnType<typeof buildHead>, key: string) => head.meta.find((m) => m.key === key)?.content;

describe('buildHead', () => {
  it('makes the canonical URL absolute and uses it as og:url', () => {
    const head = buildHead(base, site);
    expect(head.canonical).toBe('https://example.org/countries/belize/');
    expect(tag(head, 'og:url')).toBe(head.canonical);
  });

  it('gives link previews an absolute 1200x630 image with alt text and a large card on X', () => {
    const head = buildHead(base, site);
    expect(tag(head, 'og:image')).toBe('https://example.org/og/countries/belize.png');
    expect(tag(head, 'og:image:width')).toBe('1200');
    expect(tag(head, 'og:image:height')).toBe('630');
    expect(tag(head, 'og:image:alt')).toBe('Belize card');
    expect(tag(head, 'twitter:card')).toBe('summary_large_image');
    expect(head.meta.find((m) => m.key === 'twitter:card')?.attribute).toBe('name');
    expect(head.meta.find((m) => m.key === 'og:title')?.attribute).toBe('property');
  });

  it('marks non-articles as websites, without article times', () => {
    const head = buildHead(base, site);
    expect(tag(head, 'og:type')).toBe('website');
    expect(tag(head, 'article:published_time')).toBeUndefined();
    expect(head.jsonLd).toEqual([]);
  });

  it('marks articles as articles, with times, section and NewsArticle data citing the report', () => {
    const head = buildHead(article, site);
    expect(tag(head, 'og:type')).toBe('article');
    expect(tag(head, 'article:published_time')).toBe('2026-11-26T00:00:00.000Z');
    expect(tag(head, 'article:modified_time')).toBe('2026-11-27T00:00:00.000Z');
    expect(tag(head, 'article:section')).toBe('Kenya');
    const news = head.jsonLd.find((d) => (d as { '@type': string })['@type'] === 'NewsArticle') as Record<string, unknown>;
    expect(news['headline']).toBe('Kenya’s lead role');
    expect(news['image']).toEqual(['https://example.org/og/articles/kenyas-lead-role.png']);
    expect(news['datePublished']).toBe('2026-11-26T00:00:00.000Z');
    expect((news['isBasedOn'] as Record<string, unknown>)['headline']).toBe('The report');
    expect((news['author'] as { name: string }[])[0]?.name).toBe('Explainer desk');
  });

  it('numbers breadcrumbs from 1 with absolute URLs', () => {
    const crumbs = buildHead(article, site).jsonLd.find((d) => (d as { '@type': string })['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; item: string }[] };
    expect(crumbs.itemListElement.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(crumbs.itemListElement[1]?.item).toBe('https://example.org/articles/');
  });

  it('describes the WebSite on the home page only', () => {
    const home = buildHead({ ...base, title: 'Haiti Mission Explained', path: '/', isHome: true }, site);
    expect(home.title).toBe('Haiti Mission Explained');
    expect(home.jsonLd.map((d) => (d as { '@type': string })['@type'])).toEqual(['WebSite']);
    expect(buildHead(base, site).title).toBe('Belize: role and offer · Haiti Mission Explained');
  });
});

describe('pages kept out of search engines', () => {
  it('gives the 404 page no canonical URL and no og:url, since it is served at any unknown address', () => {
    const head = buildHead({ ...base, title: 'Page not found', path: '/404/', notFound: true }, site);
    expect(head.canonical).toBeUndefined();
    expect(tag(head, 'og:url')).toBeUndefined();
    expect(tag(head, 'robots')).toBe('noindex');
    expect(head.meta.find((m) => m.key === 'robots')?.attribute).toBe('name');
    expect(head.meta.some((m) => m.content.includes('/404/'))).toBe(false);
  });

  it('keeps the canonical URL of a noindex page that has an address (the embed)', () => {
    const head = buildHead({ ...base, path: '/embed/map/', noindex: true }, site);
    expect(head.canonical).toBe('https://example.org/embed/map/');
    expect(tag(head, 'og:url')).toBe(head.canonical);
    expect(tag(head, 'robots')).toBe('noindex');
  });

  it('adds no robots tag to ordinary pages', () => {
    expect(tag(buildHead(base, site), 'robots')).toBeUndefined();
  });
});

describe('absoluteUrl and jsonLdText', () => {
  it('resolves paths on the configured site', () => {
    expect(absoluteUrl('/map/', 'https://news.example/')).toBe('https://news.example/map/');
  });
  it('escapes "<" so JSON-LD can never close its script tag', () => {
    expect(jsonLdText({ headline: '</script><b>' })).toBe('{"headline":"\\u003c/script>\\u003cb>"}');
    expect(JSON.parse(jsonLdText({ headline: '</script>' })).headline).toBe('</script>');
  });
});

describe('languages in the head', () => {
  it('links the same page in every language, reciprocally, with x-default in English', () => {
    const english = buildHead(base, site);
    const kreyol = buildHead({ ...base, lang: 'ht', path: '/ht/countries/belize/' }, site);
    const expected = [
      { hreflang: 'en', href: 'https://example.org/countries/belize/' },
      { hreflang: 'fr', href: 'https://example.org/fr/countries/belize/' },
      { hreflang: 'ht', href: 'https://example.org/ht/countries/belize/' },
      { hreflang: 'x-default', href: 'https://example.org/countries/belize/' },
    ];
    expect(english.alternates).toEqual(expected);
    expect(kreyol.alternates).toEqual(expected);
    expect(kreyol.canonical).toBe('https://example.org/ht/countries/belize/');
  });
  it('names the locale and its alternates, and the site in the page’s language', () => {
    const french = buildHead({ ...base, lang: 'fr', path: '/fr/countries/belize/' }, site);
    expect(tag(french, 'og:locale')).toBe('fr_FR');
    expect(french.meta.filter((m) => m.key === 'og:locale:alternate').map((m) => m.content)).toEqual(['en_GB', 'ht_HT']);
    expect(tag(french, 'og:site_name')).not.toBe(tag(buildHead(base, site), 'og:site_name'));
  });
  it('says a translated article’s language and the English work it translates', () => {
    const head = buildHead({ ...article, lang: 'ht', path: '/ht/articles/kenyas-lead-role/' }, site);
    const data = head.jsonLd.find((d) => (d as { '@type': string })['@type'] === 'NewsArticle') as Record<string, unknown>;
    expect(data['inLanguage']).toBe('ht');
    expect(data['translationOfWork']).toMatchObject({ url: 'https://example.org/articles/kenyas-lead-role/', inLanguage: 'en' });
  });
  it('keeps the tab title to 70 characters in the headline’s own words, and og:title whole', () => {
    const long = 'One source says Rwanda has discussed sending up to 500 personnel to Haiti. What the report says about it';
    const head = buildHead({ ...base, title: long }, site);
    expect(head.title.length).toBeLessThanOrEqual(70);
    expect(head.title).toBe('One source says Rwanda has discussed sending up to 500 personnel to…');
    expect(tag(head, 'og:title')).toBe(long);
    expect(buildHead({ ...base, title: 'Kenya’s lead role: what Washington says is expected, what Ruto asks for, and more' }, site).title).toBe('Kenya’s lead role · Haiti Mission Explained');
  });
  it('gives the not-found page no address and no alternates', () => {
    const head = buildHead({ ...base, path: '/404.html', notFound: true }, site);
    expect(head.canonical).toBeUndefined();
    expect(head.alternates).toEqual([]);
  });
});
