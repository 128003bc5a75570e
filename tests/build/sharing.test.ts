/** What link previews, feed readers and search engines get from the built site. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ogs from 'open-graph-scraper';
import { FEED_ITEMS } from '../../src/shared/paginate.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/domain/consts.ts';
import { t } from '../../src/i18n/index.ts';
import { readContent } from '../../src/build/content-check/read-content.ts';
import { builtPage, builtPages, type BuiltPage } from '../support/dist.ts';
import { distDir, projectRoot } from '../support/paths.ts';

const site = process.env['SITE_URL'] ?? DEFAULT_SITE_URL;
const pages = builtPages().filter((p) => !p.path.endsWith('/404.html'));
const articleIds = readContent(projectRoot).files.articles.map((a) => a.id);
const xml = new XMLParser({ ignoreAttributes: false });

const meta = (page: BuiltPage, key: string) =>
  page.dom.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? page.dom.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

/** dist/ path of an absolute URL on this site, or undefined for another origin. */
function distPath(url: string): string | undefined {
  if (!url.startsWith(site)) return undefined;
  const path = new URL(url).pathname;
  return join(distDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const jsonLd = (page: BuiltPage) => page.dom.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text) as Record<string, unknown>);

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
  it('has a canonical URL, Open Graph and X tags that agree with each other', () => {
    const canonical = page.dom.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(new URL(path, site).href);
    expect(meta(page, 'og:url')).toBe(canonical);
    expect(meta(page, 'og:title')).toBeTruthy();
    // The tab's title is og:title (or, for a long headline, its first words) and the site's name.
    // The header's site name, in the page's language (the embed has no header: its title names the site).
    const siteName = page.dom.querySelector('.site-name')?.text.trim() ?? /· (.+)$/.exec(page.dom.querySelector('title')?.text ?? '')?.[1] ?? '';
    const title = page.dom.querySelector('title')?.text ?? '';
    expect(title.length).toBeLessThanOrEqual(70);
    expect(meta(page, 'og:title')).toContain(title.replace(` · ${siteName}`, '').replace(/…$/, ''));
    expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
    expect(meta(page, 'og:site_name')).toBe(siteName);
    expect(meta(page, 'og:locale')).toBe({ fr: 'fr_FR', ht: 'ht_HT' }[/^\/(fr|ht)\//.exec(path)?.[1] ?? ''] ?? 'en_GB');
    expect(meta(page, 'og:type')).toBe(/^(\/(fr|ht))?\/articles\/[^/]+\/$/.test(path) ? 'article' : 'website');
    expect(page.dom.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    expect(meta(page, 'twitter:image')).toBe(meta(page, 'og:image'));
  });

  it('points og:image at a 1200x630 PNG under 300 KB in dist/', () => {
    const image = meta(page, 'og:image') ?? '';
    const file = distPath(image);
    expect(file && existsSync(file), image).toBe(true);
    expect(pngSize(file!)).toEqual({ width: 1200, height: 630 });
    expect(statSync(file!).size).toBeLessThan(300_000);
    expect(meta(page, 'og:image:width')).toBe('1200');
    expect(meta(page, 'og:image:height')).toBe('630');
    expect(meta(page, 'og:image:alt')?.length).toBeGreaterThan(10);
  });

  it('puts its preview tags in the first 32 KB, where Slack stops reading', () => {
    const cut = page.html.slice(0, 32_000);
    for (const key of ['og:title', 'og:description', 'og:image', 'og:url']) expect(cut).toContain(`property="${key}"`);
  });

  it('unfurls in a link-preview library as a chat app would show it', async () => {
    const { result } = await ogs({ html: page.html });
    expect(result.ogTitle).toBe(meta(page, 'og:title'));
    expect(result.ogDescription).toBe(meta(page, 'description'));
    expect(result.ogImage?.[0]?.url).toBe(meta(page, 'og:image'));
    expect(result.twitterCard).toBe('summary_large_image');
  });

  it('has JSON-LD that parses, with breadcrumbs matching the visible ones', () => {
    const data = jsonLd(page);
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { name: string; item: string }[] } | undefined;
    const visible = page.dom.querySelectorAll('nav.breadcrumbs li').map((li) => li.text.trim());
    if (visible.length) expect(crumbs?.itemListElement.map((i) => i.name)).toEqual(visible);
    for (const item of crumbs?.itemListElement ?? []) expect(existsSync(distPath(item.item)!), item.item).toBe(true);
  });
});

describe('structured data', () => {
  it.each(articleIds)('article %s is a NewsArticle with the recommended fields, based on the report', (id) => {
    const page = builtPage(`/articles/${id}/`);
    const news = jsonLd(page).find((d) => d['@type'] === 'NewsArticle')!;
    expect(news['headline']).toBe(meta(page, 'og:title'));
    expect(news['description']).toBe(meta(page, 'description'));
    expect(news['image']).toEqual([meta(page, 'og:image')]);
    expect(Date.parse(news['datePublished'] as string)).not.toBeNaN();
    expect(Date.parse(news['dateModified'] as string)).toBeGreaterThanOrEqual(Date.parse(news['datePublished'] as string));
    expect((news['author'] as { name: string }[])[0]?.name).toBeTruthy();
    expect((news['publisher'] as { name: string })['name']).toBe('Haiti Mission Explained');
    expect(news['isBasedOn']).toMatchObject({ datePublished: '2023-09-26', author: { name: 'Jacqueline Charles' }, publisher: { name: 'Miami Herald' } });
    expect(meta(page, 'article:published_time')).toBe(news['datePublished']);
    expect(meta(page, 'article:modified_time')).toBe(news['dateModified']);
    expect(meta(page, 'article:section')).toBeTruthy();
  });

  it('describes the WebSite on the home page', () => {
    const website = jsonLd(builtPage('/')).find((d) => d['@type'] === 'WebSite');
    expect(website).toMatchObject({ name: 'Haiti Mission Explained', url: new URL('/', site).href });
  });
});

describe('feeds and discovery files', () => {
  it('lists the newest articles in the RSS feed (all of them, up to FEED_ITEMS), each linking to a page that exists', () => {
    const feed = xml.parse(readFileSync(join(distDir, 'rss.xml'), 'utf8'));
    const items = [feed.rss.channel.item].flat() as { title: string; link: string; pubDate: string }[];
    expect(items).toHaveLength(Math.min(articleIds.length, FEED_ITEMS));
    const linked = items.map((i) => new URL(i.link).pathname);
    for (const path of linked) expect(articleIds.map((id) => `/articles/${id}/`)).toContain(path);
    expect(new Set(linked).size).toBe(linked.length);
    for (const item of items) {
      expect(existsSync(distPath(item.link)!), item.link).toBe(true);
      expect(Date.parse(item.pubDate)).not.toBeNaN();
    }
  });

  it('lists every public page in the sitemap, and only pages that exist', () => {
    const index = xml.parse(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'));
    const maps = [index.sitemapindex.sitemap].flat() as { loc: string }[];
    const urls = maps.flatMap((m) => [xml.parse(readFileSync(distPath(m.loc)!, 'utf8')).urlset.url].flat() as { loc: string }[]).map((u) => u.loc);
    for (const url of urls) expect(existsSync(distPath(url)!), url).toBe(true);
    const paths = urls.map((u) => new URL(u).pathname);
    // The embed is for other sites' frames and the offline page for the service worker: neither is a page to find.
    const unlisted = (path: string) => /\/(embed|offline)\//.test(path);
    for (const page of pages.filter((p) => !unlisted(p.path) && !p.path.endsWith('/404.html'))) expect(paths, page.path).toContain(page.path);
    expect(paths.filter(unlisted)).toEqual([]);
  });

  it('points robots.txt at the sitemap', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
  });

  it('has a web app manifest whose icons exist at their stated sizes', () => {
    const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as { name: string; icons: { src: string; sizes: string; type: string }[] };
    expect(manifest.name).toBe('Haiti Mission Explained');
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSize(join(distDir, icon.src))).toEqual({ width: w, height: h });
    }
    const home = builtPage('/');
    for (const href of ['/favicon.svg', '/favicon-32.png', '/apple-touch-icon.png', '/manifest.webmanifest', '/rss.xml']) {
      expect(home.dom.querySelector(`link[href="${href}"]`), href).not.toBeNull();
    }
  });
});

describe('sharing a page or a section', () => {
  it.each(articleIds)('article %s gives every section heading an id and a link to it', (id) => {
    const page = builtPage(`/articles/${id}/`);
    const headings = page.dom.querySelectorAll('.prose h2, .prose h3').filter((h) => h.id !== 'footnote-label');
    expect(headings.length).toBeGreaterThan(1);
    for (const heading of headings) {
      expect(heading.id).toMatch(/^[a-z0-9-]+$/);
      expect(heading.querySelector(`a.heading-anchor[href="#${heading.id}"]`), heading.id).not.toBeNull();
    }
  });

  it('offers share links that carry the page’s own canonical URL and no tracking', () => {
    for (const page of pages.filter((p) => p.dom.querySelector('[data-share]'))) {
      const canonical = page.dom.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      const links = page.dom.querySelectorAll('a[data-share-link]');
      expect(links.map((a) => a.getAttribute('data-share-link'))).toEqual(['whatsapp', 'telegram', 'x', 'facebook', 'linkedin', 'email']);
      for (const link of links) {
        const href = decodeURIComponent(link.getAttribute('href')!);
        expect(href, page.path).toContain(canonical);
        expect(href).not.toMatch(/utm_|fbclid|ref=/);
      }
    }
    expect(pages.filter((p) => p.dom.querySelector('[data-share]')).length).toBeGreaterThanOrEqual(articleIds.length + 1);
  });
});

describe('share texts of country and article pages', () => {
  const countryPages = builtPages().filter((p) => /^(\/(fr|ht))?\/countries\/[a-z-]+\/$/.test(p.path));
  const articlePages = builtPages().filter((p) => /^(\/(fr|ht))?\/articles\/[a-z0-9-]+\/$/.test(p.path));
  const shareHref = (page: (typeof countryPages)[number], id: string) => new URL(page.dom.querySelector(`[data-share-link="${id}"]`)!.getAttribute('href')!);

  it('carry the country’s key figure with its standing, in the page’s language, in WhatsApp, Telegram, X and e-mail', () => {
    expect(countryPages.length).toBeGreaterThan(30);
    for (const page of countryPages) {
      const lang = (/^\/(fr|ht)\//.exec(page.path)?.[1] ?? 'en') as 'en' | 'fr' | 'ht';
      const text = shareHref(page, 'telegram').searchParams.get('text')!;
      expect(text.startsWith(page.dom.querySelector('h1')!.text), page.path).toBe(true);
      expect(text.length, page.path).toBeLessThanOrEqual(200);
      expect(shareHref(page, 'whatsapp').searchParams.get('text'), page.path).toBe(`${text} ${shareHref(page, 'telegram').searchParams.get('url')}`);
      expect(shareHref(page, 'x').searchParams.get('text'), page.path).toBe(text);
      expect(decodeURIComponent(page.dom.querySelector('[data-share-link="email"]')!.getAttribute('href')!)).toContain(text);
      // Rwanda's figure is only discussed: its share never uses the word the page uses for "offered".
      if (page.path.endsWith('/rwanda/')) expect(text, page.path).not.toContain(`(${t(lang).standing.offered})`);
      // ...and says whose word it is, as every table does.
      // The attribution as the language words it ("one source said", "selon une source"), typography aside.
      const oneSource = t(lang).attribution['one-source']('a, b').replace(/^a, /, '').replace(/[\s;,]*b$/, '');
      if (page.path.endsWith('/rwanda/')) expect(text, page.path).toContain(oneSource);
    }
  });

  it('carry a figure on the articles about a country that has one', () => {
    const kenya = articlePages.find((p) => p.path === '/articles/kenyas-lead-role/')!;
    expect(shareHref(kenya, 'telegram').searchParams.get('text')).toMatch(/ — Kenya: 1,000 police officers and troops \(expected\)/);
    for (const page of articlePages) expect(shareHref(page, 'telegram').searchParams.get('text')!.length, page.path).toBeLessThanOrEqual(200);
  });
});
