import type { APIRoute } from 'astro';
import { DEFAULT_SITE_URL } from '../domain/consts.ts';

/** /robots.txt: everything may be crawled but the iframe version of the map; the sitemap says what there is. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: /embed/\n\nSitemap: ${new URL('/sitemap-index.xml', site ?? DEFAULT_SITE_URL).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
