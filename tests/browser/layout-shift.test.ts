/**
 * Nothing on a page moves by itself once it is drawn (layout shift 0, issue 16), on pages whose
 * bottom is inside a phone's first screen: there a block that appears late (the save-for-offline
 * block shown by its script) or a column painted before its last lines were parsed (the embed's
 * fitted map) pushed the text a reader had started on. Map pages are checked in map-phone.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser.ts';
import { useBrowser } from '../support/browser-session.ts';

const PAGES = ['/search/', '/fr/search/', '/ht/about/', '/embed/map/', '/fr/embed/map/', '/ht/embed/map/'];

describe.skipIf(!chromiumPath)('layout shift on short pages, at phone width', () => {
  const { open } = useBrowser();

  it('has pages to check', () => expect(PAGES.length).toBeGreaterThan(0));

  it.each(PAGES)('%s moves nothing after it is first drawn', async (path) => {
    const { page } = await open(path, { width: 360, height: 740, touch: true });
    await page.waitForLoadState('load');
    // Every script of the page has run by the second frame after load; shifts are buffered.
    const shifts = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const found: string[] = [];
          // Buffered: the shifts since the page started; the mark, observed after them, says the list is whole.
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              if (entry.entryType === 'mark') {
                observer.disconnect();
                resolve(found);
                return;
              }
              const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
              if (!shift.hadRecentInput) found.push(`${shift.value.toFixed(3)}: ${shift.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : '?')).join(' ')}`);
            }
          });
          observer.observe({ type: 'layout-shift', buffered: true });
          observer.observe({ type: 'mark' });
          // Two frames after load: every script of the page has run and drawn.
          requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('layout-shift-check')));
        }),
    );
    expect(shifts).toEqual([]);
  });
});
