/**
 * Every link in dist/ leads somewhere: each internal href, src, srcset, share image (og:image,
 * twitter:image and the other absolute URLs on the site's own origin) and structured-data URL
 * names a file in dist/; each #fragment names an element on its target page; and each ARIA or
 * label id reference names an element on its own page. Links to other origins and mailto: are
 * not fetched (the tests run without a network). A failure lists "page  attribute  target  why".
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/domain/consts.ts';
import { builtPages } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

const site = new URL(process.env['SITE_URL'] ?? DEFAULT_SITE_URL);

interface Page {
  path: string;
  dom: HTMLElement;
  ids: Set<string>;
}

// Parsed again here so that the contents of <noscript> and <pre> are elements, not text: the
// static map inside <noscript> is what readers without JavaScript see.
const pages: Page[] = builtPages().map(({ path, html }) => {
  const dom = parse(html, { blockTextElements: { script: true, style: true } });
  const ids = new Set(dom.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
  return { path, dom, ids };
});
const byPath = new Map(pages.map((p) => [p.path, p]));

/** The dist/ file a same-origin path is served from, or why there is none. */
function resolvePath(pathname: string): { file: string; page: Page | undefined } | { error: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { error: 'malformed percent-encoding' };
  }
  if (decoded.endsWith('/')) {
    const file = join(distDir, decoded, 'index.html');
    return existsSync(file) ? { file, page: byPath.get(decoded) } : { error: 'no such page in dist/' };
  }
  const file = join(distDir, decoded);
  if (!existsSync(file)) return { error: 'no such file in dist/' };
  // The site uses trailingSlash: 'always': /about is not /about/ on every host.
  if (statSync(file).isDirectory()) return { error: 'directory without a trailing slash' };
  return { file, page: byPath.get(decoded) };
}

interface Reference {
  attribute: string;
  target: string;
}

/** Every URL a page points at, with the attribute it sits in. */
function urlReferences(dom: HTMLElement): Reference[] {
  const refs: Reference[] = [];
  const add = (attribute: string, target: string | undefined) => {
    if (target !== undefined) refs.push({ attribute, target: target.trim() });
  };
  const sourcesOf = (tag: string, attr: string) => {
    for (const el of dom.querySelectorAll(`${tag}[${attr}]`)) add(`<${el.rawTagName.toLowerCase()} ${attr}>`, el.getAttribute(attr));
  };
  sourcesOf('a', 'href');
  sourcesOf('area', 'href');
  sourcesOf('link', 'href');
  for (const tag of ['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed', 'input']) sourcesOf(tag, 'src');
  sourcesOf('video', 'poster');
  sourcesOf('object', 'data');
  sourcesOf('form', 'action');
  for (const el of dom.querySelectorAll('[srcset]')) {
    // "a.png 1x, b.png 2x": each candidate's URL is the text before its descriptor.
    for (const candidate of el.getAttribute('srcset')!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) add(`<${el.rawTagName.toLowerCase()} srcset>`, url);
    }
  }
  for (const el of dom.querySelectorAll('meta[property], meta[name]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
    const content = el.getAttribute('content') ?? '';
    // og:image, og:url, twitter:image…: any meta whose content is a URL.
    if (/^(https?:)?\/\//.test(content) || (/(image|url)$/.test(key) && content.startsWith('/'))) add(`<meta ${key}>`, content);
  }
  for (const script of dom.querySelectorAll('script[type="application/ld+json"]')) {
    const visit = (value: unknown, key: string): void => {
      if (typeof value === 'string') {
        if (/^https?:\/\//.test(value)) add(`JSON-LD ${key}`, value);
      } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
    };
    visit(JSON.parse(script.text), '');
  }
  return refs;
}

/** Why a URL on a page is broken, or undefined when it resolves (or is not ours to check). */
function brokenUrl(page: Page, target: string): string | undefined {
  if (target === '') return 'empty URL';
  if (/^javascript:/i.test(target)) return 'javascript: URL';
  let url: URL;
  try {
    url = new URL(target, new URL(page.path, site));
  } catch {
    return 'not a URL';
  }
  if (url.protocol === 'data:') return undefined;
  // Other origins, mailto:, tel:… are external: never fetched here.
  if (url.origin !== site.origin) return undefined;
  const resolved = resolvePath(url.pathname);
  if ('error' in resolved) return resolved.error;
  if (url.hash && url.hash !== '#') {
    let id: string;
    try {
      id = decodeURIComponent(url.hash.slice(1));
    } catch {
      return 'malformed fragment';
    }
    if (!resolved.page) return `#${id} on a file that is not an HTML page`;
    if (!resolved.page.ids.has(id)) return `no element with id="${id}" on ${resolved.page.path}`;
  } else if (target.startsWith('#')) {
    return 'empty fragment';
  }
  return undefined;
}

/** Attributes that hold ids of elements on the same page. */
const ID_LIST_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-flowto', 'aria-details', 'headers'];
const ID_ATTRIBUTES = ['for', 'aria-activedescendant', 'aria-errormessage', 'list', 'form'];

function brokenIdReferences(page: Page): string[] {
  const broken: string[] = [];
  for (const attribute of [...ID_LIST_ATTRIBUTES, ...ID_ATTRIBUTES]) {
    for (const el of page.dom.querySelectorAll(`[${attribute}]`)) {
      // `for` only names an element on <label> and <output>; `form` and `list` only on controls.
      const tag = el.rawTagName.toLowerCase();
      if (attribute === 'for' && !['label', 'output'].includes(tag)) continue;
      if ((attribute === 'form' || attribute === 'list') && !['input', 'button', 'select', 'textarea', 'fieldset', 'output', 'object'].includes(tag)) continue;
      const value = el.getAttribute(attribute) ?? '';
      const ids = ID_LIST_ATTRIBUTES.includes(attribute) ? value.split(/\s+/).filter(Boolean) : [value.trim()];
      if (ids.length === 0 || ids[0] === '') broken.push(`${page.path}  <${tag} ${attribute}>  ""  empty id reference`);
      for (const id of ids) if (id && !page.ids.has(id)) broken.push(`${page.path}  <${tag} ${attribute}>  ${id}  no element with this id`);
    }
  }
  return broken;
}

describe('links in dist/', () => {
  it('finds pages and links to check', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.flatMap((p) => urlReferences(p.dom)).length).toBeGreaterThan(500);
  });

  it('every internal href, src, srcset, share image and structured-data URL resolves, #fragments included', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const { attribute, target } of urlReferences(page.dom)) {
        const why = brokenUrl(page, target);
        if (why) broken.push(`${page.path}  ${attribute}  ${target}  ${why}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every aria-labelledby, aria-describedby, aria-controls and for= names an element on its page', () => {
    expect(pages.flatMap(brokenIdReferences)).toEqual([]);
  });

  it('no two elements on a page share an id', () => {
    const duplicates: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const el of page.dom.querySelectorAll('[id]')) {
        const id = el.getAttribute('id')!;
        if (seen.has(id)) duplicates.push(`${page.path}  id="${id}"`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    // The checker itself, on made-up targets: a guard against a check that passes everything.
    const page = byPath.get('/')!;
    expect(brokenUrl(page, '/no-such-page/')).toBe('no such page in dist/');
    expect(brokenUrl(page, '/about')).toBe('directory without a trailing slash');
    expect(brokenUrl(page, '/about/#no-such-id')).toMatch(/no element with id="no-such-id"/);
    expect(brokenUrl(page, `${site.origin}/og/no-such-card.png`)).toBe('no such file in dist/');
    expect(brokenUrl(page, '/about/#paragraph-numbers')).toBeUndefined();
    expect(brokenUrl(page, 'https://example.com/elsewhere')).toBeUndefined();
    expect(brokenUrl(page, 'mailto:someone@example.com')).toBeUndefined();
    const fake = { ...page, dom: parse('<label for="nowhere">x</label><div aria-labelledby="a b"></div>'), ids: new Set(['a']) };
    expect(brokenIdReferences(fake).sort()).toEqual([`/  <div aria-labelledby>  b  no element with this id`, `/  <label for>  nowhere  no element with this id`]);
  });
});
