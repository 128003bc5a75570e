/**
 * The Content-Security-Policy in a real browser: every page in dist/, served with the headers of
 * dist/_headers as well as its own meta tag (both enforced), must run without a single violation
 * and without asking another origin for anything, maps drawn and search run included. And the
 * embeddable map, only it, may be framed by another site.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath } from '../support/browser.ts';
import { DEFAULT_LANG, LANGUAGES } from '../../src/i18n/languages.ts';
import { builtPages } from '../support/dist.ts';

const WAIT = { timeout: 10_000 };
const paths = builtPages().map((p) => p.path);
/** English at /, each other language under /<code>/. */
const PREFIXES = LANGUAGES.map((lang) => (lang === DEFAULT_LANG ? '' : `/${lang}`));

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

describe.skipIf(!chromiumPath)('the Content-Security-Policy in Chromium', () => {
  let browser: Browser;
  // The run's shared server and browser (tests/support/global-setup.ts).
  const server = { origin: '' };
  beforeAll(async () => {
    server.origin = inject('siteOrigin');
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A context that records CSP violations (as events and as console reports) and foreign requests. */
  async function recordingContext(): Promise<{ context: BrowserContext; problems: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} on ${location.pathname}`);
      });
    });
    const problems: string[] = [];
    context.on('console', (message) => {
      if (/Content.Security.Policy|Permissions.Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${server.origin}/`) && !url.startsWith('data:')) problems.push(`third-party request: ${url}`);
    });
    return { context, problems };
  }

  it('serves every page with the header policy and the meta policy together', async () => {
    for (const path of ['/', '/map/', '/embed/map/', '/404.html']) {
      const response = await fetch(server.origin + path);
      expect(response.headers.get('content-security-policy'), path).toMatch(/frame-ancestors/);
    }
  });

  /**
   * Visits each path, three tabs at a time in one context; `interact` runs on each page before its
   * violations are read.
   */
  async function visitAll(list: string[], interact: (page: Page) => Promise<void> = async () => {}) {
    const { context, problems } = await recordingContext();
    const violations: string[] = [];
    const queue = [...list];
    const tab = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.goto(server.origin + path, { waitUntil: 'load' });
        await interact(page);
        violations.push(...((await page.evaluate(() => window.cspViolations)) ?? []));
      }
    };
    await Promise.all([tab(), tab(), tab()]);
    await context.close();
    return { violations, problems };
  }

  it(`loads all ${paths.length} pages without a violation or a third-party request`, async () => {
    const { violations, problems } = await visitAll(paths);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000); // ~8 s here

  it('draws every kind of map and runs a search without a violation, the map and search in every language', async () => {
    // Everything that loads more once a page is open: the map's code, Leaflet and its stylesheet,
    // the data and the basemap; Pagefind's script, its WebAssembly and its index files. The code
    // is the same in every language; the data and the search index are not.
    const kinds = ['/', '/map/', '/embed/map/', '/countries/belize/', '/search/'];
    const others = PREFIXES.filter(Boolean).flatMap((prefix) => [`${prefix}/map/`, `${prefix}/search/`]);
    const list = [...kinds, ...others].filter((path) => paths.includes(path));
    const { violations, problems } = await visitAll(list, async (page) => {
      if (await page.locator('[data-contributor-map]').count()) {
        await page.locator('[data-contributor-map]').first().scrollIntoViewIfNeeded();
        await page.waitForSelector('[data-map-ready="true"]', WAIT);
        await page.waitForSelector('[data-basemap="drawn"]', { ...WAIT, state: 'attached' });
      }
      if (await page.locator('[data-search-form]').count()) {
        await page.fill('input[name="q"]', 'Belize');
        await page.waitForSelector('[data-search-results] li', WAIT);
      }
    });
    expect(list.length).toBeGreaterThanOrEqual(kinds.length);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000); // ~3 s here

  it('lets another site frame the embeddable map, and no other page', async () => {
    // Another site (another origin: another port; a loopback one, or Chromium's local-network
    // checks would refuse the frames before any CSP is read) that frames two of our pages.
    const newsroom = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>A newsroom</title>
        <iframe name="embed" src="${server.origin}/embed/map/" width="800" height="600"></iframe>
        <iframe name="page" src="${server.origin}/map/" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => newsroom.listen(0, '127.0.0.1', resolve));
    const browserContext = await browser.newContext();
    try {
      const page = await browserContext.newPage();
      const refused: string[] = [];
      page.on('console', (message) => /frame-ancestors/.test(message.text()) && refused.push(message.text()));
      await page.goto(`http://127.0.0.1:${(newsroom.address() as AddressInfo).port}/`, { waitUntil: 'load' });
      const frame = (name: string) => page.frames().find((f) => f.name() === name)!;
      await frame('embed').waitForSelector('[data-map-ready="true"]', WAIT);
      expect(await frame('embed').locator('h1').textContent()).toMatch(/Who is offering what/);
      // Chromium replaces a frame that frame-ancestors refuses with its own error page.
      await expect.poll(() => frame('page').url(), WAIT).toMatch(/^chrome-error:/);
      // One refusal (the page), none for the embed.
      expect(refused).toEqual([expect.stringContaining(`"frame-ancestors 'none'"`)]);
    } finally {
      await browserContext.close();
      await new Promise((resolve) => newsroom.close(resolve));
    }
  });
});
