/**
 * The stylesheets are inlined into each page (one request fewer before the first paint), so the
 * Content-Security-Policy must name them by hash. Astro writes each page's hashes into its meta
 * tag; the header policy in _headers (public/_headers, copied to dist/) must allow them too, since
 * a resource has to pass both. These helpers read the hashes off the built pages and write them
 * into the header policy's style-src.
 */

const HASH = /'sha(?:256|384|512)-[A-Za-z0-9+/=]+'/g;

/** The hashes a page's meta policy allows for styles. */
export function metaStyleHashes(html: string): string[] {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const styleSrc = policy.split(';').find((part) => part.trim().toLowerCase().startsWith('style-src')) ?? '';
  return styleSrc.match(HASH) ?? [];
}

/** The sha256 of an inline stylesheet as CSP writes it ('sha256-…'). */
export async function styleHash(css: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return `'sha256-${Buffer.from(digest).toString('base64')}'`;
}

/**
 * Every `style-src 'self'` of a _headers file, with `hashes` added (sorted, so the file only
 * changes when the styles do). Any hashes already there are replaced.
 */
export function addStyleHashes(headersFile: string, hashes: Iterable<string>): string {
  const list = [...new Set(hashes)].sort().join(' ');
  return headersFile.replace(/style-src 'self'(?: 'sha(?:256|384|512)-[A-Za-z0-9+/=]+')*/g, list ? `style-src 'self' ${list}` : "style-src 'self'");
}
