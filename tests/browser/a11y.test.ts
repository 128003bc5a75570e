/**
 * axe-core finds no violations on any page of the built site: on a 360 px phone and a 1280 px
 * screen, in the light and the dark colour scheme, with every map on the page drawn, with search
 * results showing, and with the map's details panel open.
 *
 * Kept fast: one browser context per width, each going from page to page, the two side by side
 * (the browser does the work, in a process per page); the colour scheme is switched on the
 * loaded page. Each page is loaded at the width it is audited at: a map chooses its view from
 * the width it starts at.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser.ts';
import { useBrowser, type OpenedPage } from '../support/browser-session.ts';
import { builtPages } from '../support/dist.ts';

// Injected with page.evaluate (DevTools), which the pages' Content-Security-Policy does not block.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const WIDTHS = [360, 1280] as const;
const HEIGHT = 800;
const SCHEMES = ['light', 'dark'] as const;
/**
 * Every English page, and search with results showing (markup the page builds as it runs). In
 * French and Kreyòl the same templates carry other words, so one page of each kind is audited
 * there (the text differs, the markup and colours do not).
 */
const englishPages = builtPages().map((p) => p.path).filter((path) => !/^\/(fr|ht)\//.test(path));
const PAGE_KINDS = ['/', '/about/', '/articles/', '/articles/kenyas-lead-role/', '/countries/', '/countries/haiti/', '/map/', '/embed/map/', '/timeline/', '/people/', '/glossary/', '/search/'];
type Scheme = (typeof SCHEMES)[number];
/**
 * What each page is audited at. Every English page at both widths in the light scheme with every
 * rule; the dark scheme changes colours only, so its colour rules run on one page of each kind
 * (the same stylesheet colours every page of a kind). The translations: one page of each kind at
 * the phone width most of their readers use, in both schemes.
 */
const PAGES: [string, readonly number[], readonly Scheme[]][] = [
  ...[...englishPages, '/search/?q=Belize'].map((path): [string, readonly number[], readonly Scheme[]] => [path, WIDTHS, PAGE_KINDS.includes(path) ? SCHEMES : ['light']]),
  ...[...['/fr', '/ht'].flatMap((prefix) => PAGE_KINDS.map((path) => prefix + path)), '/ht/search/?q=Kenya'].map((path): [string, readonly number[], readonly Scheme[]] => [path, [360], SCHEMES]),
];
/** The country whose details the /map/ panel shows: it has offers, conditions and articles. */
const PANEL_COUNTRY = 'belize';
// Bounds far above what these conditions take (well under a second each on an idle machine).
const WAIT = { timeout: 10_000 };

/**
 * Every rule axe runs by default, and target-size (WCAG 2.2 AA, off by default in axe 4): markers
 * and map controls must leave a finger room. No preloading: it only feeds css-orientation-lock,
 * which is off.
 */
const ALL_RULES = { rules: { 'target-size': { enabled: true } }, preload: false };
/**
 * The dark scheme changes colours only (custom properties, fills and a drop shadow in
 * global.css): nothing moves, appears or disappears, so only the colour rules can find anything
 * new in it.
 */
const COLOUR_RULES = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, preload: false };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Waits until the page has drawn what it draws after load: its maps and its search results. */
async function settle(page: Page): Promise<void> {
  const maps = await page.locator('[data-contributor-map]').all();
  // A compact map loads only when it nears the screen, as when a reader scrolls to it.
  for (const map of maps) await map.scrollIntoViewIfNeeded(WAIT);
  if (maps.length > 0) {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-contributor-map]')].every(
          (map) => map.dataset['mapReady'] === 'true' && (map.dataset['basemap'] === 'drawn' || map.querySelector('[data-map-notice]:not([hidden])')),
        ),
      null,
      WAIT,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  if (new URL(page.url()).searchParams.has('q')) await page.locator('[data-search-results] li').first().waitFor(WAIT);
}

type AxeOutcome = { violations: AxeViolation[] } | { scheme: string } | 'no axe';

async function audit(page: Page, label: string, scheme: (typeof SCHEMES)[number], options: object): Promise<string[]> {
  const run = () =>
    page.evaluate(
      async ([scheme, options]) => {
        const axe = (window as unknown as { axe?: { configure: (o: object) => void; run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
        if (!axe) return 'no axe';
        // A check, not a wait: the emulated scheme is in force once emulateMedia has resolved.
        if (matchMedia('(prefers-color-scheme: dark)').matches !== (scheme === 'dark')) return { scheme: String(matchMedia('(prefers-color-scheme: dark)').matches) };
        axe.configure({ noHtml: true });
        return { violations: (await axe.run(document, { resultTypes: ['violations'], ...options })).violations };
      },
      [scheme, options] as const,
    ) as Promise<AxeOutcome>;
  let outcome = await run();
  if (outcome === 'no axe') {
    await page.evaluate(axeSource);
    outcome = await run();
  }
  if (outcome === 'no axe' || 'scheme' in outcome) throw new Error(`${label}: could not run axe in the ${scheme} scheme (${JSON.stringify(outcome)})`);
  return outcome.violations.flatMap((v) =>
    v.nodes.map((node) => `${label}: ${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help}. ${(node.failureSummary ?? '').split('\n').slice(1).join(' ').trim()}`),
  );
}

/** The page as it stands, in the light scheme (every rule) and the dark one (colour rules). */
async function auditSchemes(page: Page, label: string, schemes: readonly Scheme[] = SCHEMES): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await audit(page, `${label} ${colorScheme}`, colorScheme, colorScheme === 'light' ? ALL_RULES : COLOUR_RULES)));
  }
  return found;
}

describe.skipIf(!chromiumPath)('accessibility: axe-core finds no violations', () => {
  const { open, origin } = useBrowser();
  /** One page per width, kept from test to test. */
  const sessions = new Map<number, OpenedPage>();
  beforeAll(async () => {
    for (const width of WIDTHS) sessions.set(width, await open('/', { width, height: HEIGHT }));
  });

  it.each(PAGES)('%s at %j px, %j', async (path, widths, schemes) => {
    const results = await Promise.all(
      widths.map(async (width) => {
        const { page, problems } = sessions.get(width)!;
        const before = problems.length;
        await page.goto(origin() + path, { waitUntil: 'load' });
        await settle(page);
        const violations = await auditSchemes(page, `${path} at ${width} px`, schemes);
        return { violations, problems: problems.slice(before) };
      }),
    );
    expect(results.flatMap((r) => r.violations)).toEqual([]);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
  });

  it.each(WIDTHS)(`/map/ with the details of ${PANEL_COUNTRY} open, at %i px, light and dark`, async (width) => {
    const { page, problems } = sessions.get(width)!;
    const problemsBefore = problems.length;
    await page.goto(`${origin()}/map/`, { waitUntil: 'load' });
    await settle(page);
    // Opened as a keyboard user opens it: focus the marker, press Enter.
    await page.locator(`.leaflet-marker-pane [data-country="${PANEL_COUNTRY}"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-map-panel] #map-panel-title').waitFor(WAIT);
    expect(await auditSchemes(page, `/map/ (details of ${PANEL_COUNTRY} open) at ${width} px`)).toEqual([]);
    expect(problems.slice(problemsBefore)).toEqual([]);
  });
});
