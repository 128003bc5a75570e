import { describe, expect, it } from 'vitest';
import { absoluteUrl, buildHead, jsonLdText, type PageMeta } from '../../src/lib/head';

const site = 'https://example.org';
const base: PageMeta = { title: 'Belize: role and offer', description: 'What Belize offered.', path: '/countries/belize/', image: '/og/countries/belize.png', imageAlt: 'Belize card' };
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

describe('absoluteUrl and jsonLdText', () => {
  it('resolves paths on the configured site', () => {
    expect(absoluteUrl('/map/', 'https://news.example/')).toBe('https://news.example/map/');
  });
  it('escapes "<" so JSON-LD can never close its script tag', () => {
    expect(jsonLdText({ headline: '</script><b>' })).toBe('{"headline":"\\u003c/script>\\u003cb>"}');
    expect(JSON.parse(jsonLdText({ headline: '</script>' })).headline).toBe('</script>');
  });
});
