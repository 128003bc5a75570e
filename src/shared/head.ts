/**
 * Everything in a page's <head> that link previews, search engines and feed readers read, built
 * in one place from one typed description of the page. Pure and unit tested; Head.astro only
 * prints what this returns.
 */
import { DICTIONARIES } from '../i18n/index.ts';
import { DEFAULT_LANG, LANGUAGE_INFO, LANGUAGES, localePath, splitLocale, type Lang } from '../i18n/languages.ts';

export interface Breadcrumb {
  name: string;
  path: string;
}

export interface ArticleMeta {
  published: Date;
  modified: Date;
  section: string;
  author: string;
  /** The report the article explains, cited in its structured data. */
  basedOn: { headline: string; outlet: string; author: string; published: string };
}

export interface PageMeta {
  /** The page's language; its other languages are linked as alternates. */
  lang: Lang;
  /** The page's own title; the site name is added unless this is the home page. */
  title: string;
  description: string;
  /** Path of the page, e.g. "/countries/belize/". */
  path: string;
  /** Path of its 1200x630 share image, e.g. "/og/countries/belize.png". */
  image: string;
  imageAlt: string;
  /** Present on articles: og:type article and NewsArticle data. */
  article?: ArticleMeta;
  /** Home > Section > Page, where the page has a place in the site's hierarchy. */
  breadcrumbs?: Breadcrumb[];
  /** The home page describes the WebSite itself. */
  isHome?: boolean;
  /** Keep the page out of search engines (robots noindex), e.g. the iframe version of the map. */
  noindex?: boolean;
  /**
   * The "page not found" page. A host serves it at whatever address was not found, so it has no
   * address of its own: no canonical link, no og:url, and never indexed.
   */
  notFound?: boolean;
  /** On a page of a paged list (page 2 of the article index, ...): the path of the page before it. */
  prev?: string | undefined;
  /** On a page of a paged list: the path of the page after it. */
  next?: string | undefined;
}

export interface HeadTags {
  title: string;
  description: string;
  /** Undefined on the 404 page, which has no address of its own. */
  canonical: string | undefined;
  /** In the order they should appear: `property` for Open Graph, `name` for the rest. */
  meta: { attribute: 'property' | 'name'; key: string; content: string }[];
  /** JSON-LD objects, each printed in its own script tag. */
  jsonLd: object[];
  /** The same page in every language, and x-default (English), for <link rel="alternate" hreflang>. */
  alternates: { hreflang: string; href: string }[];
  /**
   * <link rel="prev"> and <link rel="next"> on a page of a paged list, in that order. Paths on this
   * site, as every link but the canonical and the alternates is (tests/build/site.test.ts checks it).
   */
  pagination: { rel: 'prev' | 'next'; href: string }[];
}

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** An absolute URL on this site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** Search results and browser tabs show about 60 to 70 characters of a title. */
export const MAX_TITLE_LENGTH = 70;

/**
 * The <title>: the page's title and the site's name, in at most MAX_TITLE_LENGTH characters. A
 * long headline keeps its own words: the whole headline alone if it fits, else its first clause
 * (up to a colon, question mark or full stop) with the site's name, or alone, else its first words and "…".
 * og:title, twitter:title and the structured data keep the whole headline.
 */
export function pageTitle(title: string, siteName: string): string {
  if (title === siteName) return siteName;
  const withName = (text: string) => `${text} · ${siteName}`;
  if (withName(title).length <= MAX_TITLE_LENGTH) return withName(title);
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const clause = /^(.+?)(?:\s?:\s|(?<=[?.!])\s)/.exec(title)?.[1];
  if (clause && withName(clause).length <= MAX_TITLE_LENGTH) return withName(clause);
  // The first sentence alone, before any cut: a cut can drop the words that qualify a claim ("one source says").
  if (clause && clause.length <= MAX_TITLE_LENGTH) return clause;
  const cut = title.slice(0, MAX_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.]+$/, '')}…`;
}

export function buildHead(page: PageMeta, site: URL | string): HeadTags {
  const siteName = DICTIONARIES[page.lang].site.name;
  const inLanguage = LANGUAGE_INFO[page.lang].tag;
  const url = absoluteUrl(page.path, site);
  const canonical = page.notFound ? undefined : url;
  const image = absoluteUrl(page.image, site);
  const title = pageTitle(page.title, siteName);
  // Every page exists in every language at the same path after the prefix; the 404 has no address.
  const basePath = splitLocale(page.path).path;
  const alternates = page.notFound
    ? []
    : [
        ...LANGUAGES.map((lang) => ({ hreflang: LANGUAGE_INFO[lang].tag, href: absoluteUrl(localePath(lang, basePath), site) })),
        { hreflang: 'x-default', href: absoluteUrl(localePath(DEFAULT_LANG, basePath), site) },
      ];
  const og = (key: string, content: string) => ({ attribute: 'property' as const, key, content });
  const named = (key: string, content: string) => ({ attribute: 'name' as const, key, content });

  const meta = [
    named('description', page.description),
    ...(page.noindex || page.notFound ? [named('robots', 'noindex')] : []),
    og('og:type', page.article ? 'article' : 'website'),
    og('og:title', page.title),
    og('og:description', page.description),
    ...(canonical ? [og('og:url', canonical)] : []),
    og('og:site_name', siteName),
    og('og:locale', LANGUAGE_INFO[page.lang].ogLocale),
    ...LANGUAGES.filter((lang) => lang !== page.lang).map((lang) => og('og:locale:alternate', LANGUAGE_INFO[lang].ogLocale)),
    og('og:image', image),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(SHARE_IMAGE.width)),
    og('og:image:height', String(SHARE_IMAGE.height)),
    og('og:image:alt', page.imageAlt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', page.title),
    named('twitter:description', page.description),
    named('twitter:image', image),
    named('twitter:image:alt', page.imageAlt),
  ];
  if (page.article) {
    meta.push(
      og('article:published_time', page.article.published.toISOString()),
      og('article:modified_time', page.article.modified.toISOString()),
      og('article:section', page.article.section),
    );
  }

  const publisher = { '@type': 'Organization', name: siteName, url: absoluteUrl(localePath(page.lang, '/'), site) };
  const jsonLd: object[] = [];
  if (page.isHome) {
    jsonLd.push({ '@context': 'https://schema.org', '@type': 'WebSite', name: siteName, url, description: page.description, inLanguage });
  }
  if (page.article) {
    const a = page.article;
    jsonLd.push({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: page.title,
      description: page.description,
      image: [image],
      datePublished: a.published.toISOString(),
      dateModified: a.modified.toISOString(),
      articleSection: a.section,
      inLanguage,
      mainEntityOfPage: url,
      author: [{ '@type': 'Organization', name: a.author, url: absoluteUrl(localePath(page.lang, '/about/'), site) }],
      // A translation names the English explainer it translates.
      ...(page.lang === DEFAULT_LANG ? {} : { translationOfWork: { '@type': 'NewsArticle', url: absoluteUrl(basePath, site), inLanguage: LANGUAGE_INFO[DEFAULT_LANG].tag } }),
      publisher,
      isBasedOn: {
        '@type': 'NewsArticle',
        headline: a.basedOn.headline,
        datePublished: a.basedOn.published,
        author: { '@type': 'Person', name: a.basedOn.author },
        publisher: { '@type': 'Organization', name: a.basedOn.outlet },
      },
    });
  }
  if (page.breadcrumbs?.length) {
    jsonLd.push({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: page.breadcrumbs.map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        item: absoluteUrl(crumb.path, site),
      })),
    });
  }
  const pagination = [
    ...(page.prev ? [{ rel: 'prev' as const, href: page.prev }] : []),
    ...(page.next ? [{ rel: 'next' as const, href: page.next }] : []),
  ];
  return { title, description: page.description, canonical, meta, jsonLd, alternates, pagination };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can end the tag. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
