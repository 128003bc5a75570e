/**
 * Nothing on a page moves by itself once it is drawn (layout shift 0, issue 16), on pages whose
 * bottom is inside a phone's first screen: there a block that appears late (the save-for-offline
 * block shown by its script) or a column painted before its last lines were parsed (the embed's
 * fitted map) pushed the text a reader had started on. Map pages are checked in map-phone.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { unpromptedShifts } from '../support/layout-shift.ts';

const PAGES = ['/search/', '/fr/search/', '/ht/about/', '/embed/map/', '/fr/embed/map/', '/ht/embed/map/'];

describe.skipIf(!chromiumPath)('layout shift on short pages, at phone width', () => {
  const { open } = useBrowser();

  it('has pages to check', () => expect(PAGES.length).toBeGreaterThan(0));

  it.each(PAGES)('%s moves nothing after it is first drawn', async (path) => {
    const { page } = await open(path, { width: 360, height: 740, touch: true });
    await page.waitForLoadState('load');
    // Two frames after load: every script of the page has run and drawn.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    const shifts = await unpromptedShifts(page);
    expect(shifts).toEqual([]);
  });
});
