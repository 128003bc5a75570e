/** What goes in every page's <head>, built in one place. Pure and unit tested. */
import { SITE } from '../consts';

export interface PageMeta {
  /** The page's own title; the site name is added unless this is the home page. */
  title: string;
  description: string;
  /** Path of the page, e.g. "/countries/belize/". */
  path: string;
}

export interface HeadTags {
  title: string;
  description: string;
  canonical: string;
}

export function buildHead(meta: PageMeta, site: URL | undefined): HeadTags {
  const title = meta.title === SITE.name ? SITE.name : `${meta.title} · ${SITE.name}`;
  return { title, description: meta.description, canonical: absoluteUrl(meta.path, site) };
}

/** An absolute URL on this site; falls back to the path where no site URL is configured. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
