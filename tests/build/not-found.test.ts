/**
 * The 404 page: hosts serve dist/404.html at whatever address was not found, so it has no address
 * of its own. It must not claim one (no canonical link, no og:url) and must stay out of search
 * engines; every other page keeps its canonical link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

describe('the 404 page', () => {
  const page = builtPage('/404.html');

  it('has no canonical link and no og:url', () => {
    expect(page.dom.querySelectorAll('link[rel="canonical"]')).toHaveLength(0);
    expect(page.dom.querySelectorAll('meta[property="og:url"]')).toHaveLength(0);
    // Nothing in the head claims /404/ (an address that does not exist) either.
    expect(page.dom.querySelector('head')!.toString()).not.toMatch(/\/404\//);
  });

  it('asks search engines not to index it', () => {
    expect(page.dom.querySelectorAll('meta[name="robots"]').map((m) => m.getAttribute('content'))).toEqual(['noindex']);
  });

  it('is still a helpful page: a title, a description and links on', () => {
    expect(page.dom.querySelector('title')?.text).toMatch(/^Page not found/);
    expect(page.dom.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
    expect(page.dom.querySelectorAll('main a[href^="/"]').length).toBeGreaterThan(3);
  });

  it('is not in the sitemap', () => {
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).not.toMatch(/404/);
  });

  it('leaves every other page its canonical link, and noindex only on the embeds and the offline pages', () => {
    for (const other of builtPages().filter((p) => !p.path.endsWith('/404.html'))) {
      expect(other.dom.querySelectorAll('link[rel="canonical"]'), other.path).toHaveLength(1);
      const robots = other.dom.querySelector('meta[name="robots"]')?.getAttribute('content');
      expect(robots, other.path).toBe(/^(\/[a-z]{2,3})?\/(embed|offline)\//.test(other.path) ? 'noindex' : undefined);
    }
  });

  it.each(['fr', 'ht'])('has a page of its own in /%s/, in that language, that claims no address and is not indexed', (lang) => {
    const own = builtPage(`/${lang}/404.html`);
    expect(own.dom.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect(own.dom.querySelectorAll('link[rel="canonical"]')).toHaveLength(0);
    expect(own.dom.querySelectorAll('meta[name="robots"]').map((m) => m.getAttribute('content'))).toEqual(['noindex']);
    expect(own.dom.querySelector('head')!.toString()).not.toMatch(/\/404\//);
    const links = own.dom.querySelectorAll('main a[href^="/"]').map((a) => a.getAttribute('href')!);
    // Its own language's links, and one way back to the English site (the translation notice's).
    expect(links.filter((href) => href.startsWith(`/${lang}/`)).length).toBeGreaterThan(3);
    expect(links.filter((href) => !href.startsWith(`/${lang}/`))).toEqual(['/']);
    expect(existsSync(join(distDir, lang, '404'))).toBe(false);
  });
});
