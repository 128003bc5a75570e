/**
 * dist/_headers (from public/_headers): the response headers Netlify and Cloudflare Pages apply,
 * and `npm start` too. Checked against the built pages: each gets exactly one policy, the same as
 * its meta tag's (bar the hashes) plus frame-ancestors, and only /embed/ may be framed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, ruleMatches, type HeaderRule } from '../../scripts/serve.ts';
import { DEFAULT_LANG, LANGUAGES } from '../../src/i18n/languages.ts';
import { styleHash } from '../../src/build/style-hashes.ts';
import { builtPages } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const pages = builtPages();

/** Every file in dist/ by the address it is served at; a folder's index.html also by the folder. */
function servedPaths(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const url = `/${relative(distDir, path).split('\\').join('/')}`;
        out.push(url);
        if (url.endsWith('/index.html')) out.push(url.slice(0, -'index.html'.length));
      }
    }
  };
  walk(distDir);
  return out.filter((p) => p !== '/_headers');
}

/** A policy as directive → sources, hashes left out. */
function directives(policy: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    map.set(name.toLowerCase(), sources.filter((s) => !/^'sha(256|384|512)-/.test(s)).sort().join(' '));
  }
  return map;
}

const matching = (path: string): HeaderRule[] => rules.filter((rule) => ruleMatches(rule.path, path));
const sets = (rule: HeaderRule, name: string) => rule.headers.some((h) => h.name.toLowerCase() === name.toLowerCase());
const SECTIONS = ['about', 'articles', 'countries', 'glossary', 'map', 'offline', 'people', 'search', 'timeline'];
/** English at /, each other language under /<code>/ (src/i18n/languages.ts). */
const PREFIXES = LANGUAGES.map((lang) => (lang === DEFAULT_LANG ? '' : `/${lang}`));
const PAGE_RULES = PREFIXES.flatMap((prefix) => [`${prefix}/`, `${prefix}/index.html`, `${prefix}/404.html`, ...SECTIONS.map((s) => `${prefix}/${s}/*`)]);

describe('dist/_headers', () => {
  it('has every rule: all responses, build assets, each section of pages in each language, the embed, data, share cards, search index', () => {
    const expected = ['/*', '/_astro/*', '/og/*', '/pagefind/*', '/sw.js', ...PAGE_RULES, ...PREFIXES.flatMap((prefix) => [`${prefix}/embed/*`, `${prefix}/data/*`])];
    expect(rules.map((r) => r.path).sort()).toEqual(expected.sort());
  });

  it('never sets one header in two rules that match the same address (hosts disagree on how to merge them)', () => {
    const clashes: string[] = [];
    for (const path of servedPaths()) {
      const seen = new Map<string, string>();
      for (const rule of matching(path)) {
        for (const { name } of rule.headers) {
          const key = name.toLowerCase();
          if (seen.has(key)) clashes.push(`${path}: ${name} from ${seen.get(key)} and ${rule.path}`);
          seen.set(key, rule.path);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('sends nosniff, a referrer policy and a restrictive permissions policy with every response', () => {
    for (const path of servedPaths()) {
      const headers = headersFor(rules, path);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(headers['permissions-policy'], path).toContain(`${feature}=()`);
    }
  });

  it('caches /_astro/ files for a year and makes browsers check pages on every visit', () => {
    for (const path of servedPaths()) {
      const cache = headersFor(rules, path)['cache-control'];
      if (path.startsWith('/_astro/')) expect(cache, path).toBe('public, max-age=31536000, immutable');
      else if (path.endsWith('/') || path.endsWith('.html')) expect(cache, path).toBe('public, max-age=0, must-revalidate');
    }
  });

  it.each(pages.map((p) => [p.path, p] as const))('gives %s exactly one policy: its meta tag’s, and who may frame it', (path, page) => {
    const policies = matching(path).flatMap((rule) => rule.headers.filter((h) => h.name.toLowerCase() === 'content-security-policy'));
    expect(policies, path).toHaveLength(1);
    const header = directives(policies[0]!.value);
    expect(header.get('frame-ancestors'), path).toBe(/^(\/[a-z]{2,3})?\/embed\//.test(path) ? '*' : "'none'");
    header.delete('frame-ancestors');
    const meta = directives(page.dom.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
    expect(Object.fromEntries(header), path).toEqual(Object.fromEntries(meta));
  });

  it('allows each page’s inlined stylesheets by hash in both policies, and has no inline script that runs, nor style=""', async () => {
    // The header's script-src lists no hashes: an inline script would pass the meta tag and be
    // blocked by the header. Stylesheets are inlined (astro.config.mjs), and the build writes their
    // hashes into the header's style-src (src/build/integrations/style-hashes.ts): each must be in both.
    for (const page of pages) {
      const inline = page.dom.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inline.map((s) => s.toString().slice(0, 80)), page.path).toEqual([]);
      expect(page.dom.querySelectorAll('[style]'), page.path).toHaveLength(0);
      const meta = page.dom.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const header = headersFor(rules, page.path)['content-security-policy'] ?? '';
      const styleSrc = (policy: string) => policy.split(';').find((d) => d.trim().startsWith('style-src')) ?? '';
      const styles = page.dom.querySelectorAll('style');
      if (page.path === '/' || page.path.endsWith('/map/')) expect(styles.length, page.path).toBeGreaterThan(0);
      for (const style of styles) {
        const hash = await styleHash(style.textContent);
        expect(styleSrc(meta), page.path).toContain(hash);
        if (!page.path.endsWith('404.html')) expect(styleSrc(header), page.path).toContain(hash);
      }
    }
  });

  it('lets pages register a service worker from this site only (worker-src), in the header and the meta tag alike', () => {
    const workerSrc = (policy: string) => directives(policy).get('worker-src');
    for (const rule of rules.filter((r) => sets(r, 'Content-Security-Policy'))) {
      expect(workerSrc(rule.headers.find((h) => h.name === 'Content-Security-Policy')!.value), rule.path).toBe("'self'");
    }
    for (const page of pages) expect(workerSrc(page.dom.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? ''), page.path).toBe("'self'");
    expect(headersFor(rules, '/sw.js')['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('covers the pages, the embed and the map’s picture, and leaves every page rule a policy', () => {
    for (const path of PAGE_RULES) expect(sets(rules.find((r) => r.path === path)!, 'Content-Security-Policy'), path).toBe(true);
    for (const prefix of PREFIXES) expect(headersFor(rules, `${prefix}/embed/map/`)['content-security-policy'], prefix).toMatch(/frame-ancestors \*$/);
    expect(headersFor(rules, '/map/static-map.svg')['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
  });
});
