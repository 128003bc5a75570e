/**
 * Everything in a page's <head> that link previews, search engines and feed readers read, built
 * in one place from one typed description of the page. Pure and unit tested; Head.astro only
 * prints what this returns.
 */
import { SITE } from '../consts';

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
}

export interface HeadTags {
  title: string;
  description: string;
  canonical: string;
  /** In the order they should appear: `property` for Open Graph, `name` for the rest. */
  meta: { attribute: 'property' | 'name'; key: string; content: string }[];
  /** JSON-LD objects, each printed in its own script tag. */
  jsonLd: object[];
}

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** An absolute URL on this site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

function pageTitle(title: string): string {
  return title === SITE.name ? SITE.name : `${title} · ${SITE.name}`;
}

export function buildHead(page: PageMeta, site: URL | string): HeadTags {
  const canonical = absoluteUrl(page.path, site);
  const image = absoluteUrl(page.image, site);
  const title = pageTitle(page.title);
  const og = (key: string, content: string) => ({ attribute: 'property' as const, key, content });
  const named = (key: string, content: string) => ({ attribute: 'name' as const, key, content });

  const meta = [
    named('description', page.description),
    og('og:type', page.article ? 'article' : 'website'),
    og('og:title', page.title),
    og('og:description', page.description),
    og('og:url', canonical),
    og('og:site_name', SITE.name),
    og('og:locale', SITE.ogLocale),
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

  const publisher = { '@type': 'Organization', name: SITE.name, url: absoluteUrl('/', site) };
  const jsonLd: object[] = [];
  if (page.isHome) {
    jsonLd.push({ '@context': 'https://schema.org', '@type': 'WebSite', name: SITE.name, url: canonical, description: page.description, inLanguage: SITE.locale });
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
      inLanguage: SITE.locale,
      mainEntityOfPage: canonical,
      author: [{ '@type': 'Organization', name: a.author, url: absoluteUrl('/about/', site) }],
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
  return { title, description: page.description, canonical, meta, jsonLd };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can end the tag. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
