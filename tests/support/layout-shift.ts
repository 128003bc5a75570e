/**
 * Layout shifts in a page under test (CLS is their sum), shared by the browser tests.
 */
import type { Page } from 'playwright-core';

/**
 * The layout shifts so far that no input caused (what CLS adds up), by the class of what moved:
 * the browser's buffered entries, then a mark of our own that says the buffer has been read.
 */
export const unpromptedShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const shifts: string[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.entryType === 'mark') {
              observer.disconnect();
              resolve(shifts);
              return;
            }
            const shift = entry as PerformanceEntry & { hadRecentInput: boolean; sources: { node?: Node | null }[] };
            if (!shift.hadRecentInput) shifts.push(shift.sources.map((s) => (s.node instanceof Element ? s.node.className : '?')).join(' '));
          }
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        observer.observe({ type: 'mark' });
        performance.mark('layout-shift-probe');
      }),
  );
