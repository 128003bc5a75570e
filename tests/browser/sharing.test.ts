/** Sharing and search in Chromium, against the built site. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/domain/consts.ts';
import { chromiumPath } from '../support/browser.ts';
import { useBrowser } from '../support/browser-session.ts';

const site = process.env['SITE_URL'] ?? DEFAULT_SITE_URL;

describe.skipIf(!chromiumPath)('sharing and search', () => {
  const { open, origin } = useBrowser();

  it('copies the page’s canonical link and announces it', async () => {
    const { page, context, problems } = await open('/articles/kenyas-lead-role/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = page.getByRole('button', { name: 'Copy link' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/articles/kenyas-lead-role/', site).href);
    const status = page.locator('[data-share-status]');
    expect(await status.getAttribute('role')).toBe('status');
    await expect.poll(() => status.textContent()).toContain('Link copied');
    expect(problems).toEqual([]);
  });

  it('points each share link at the right service with this page’s address', async () => {
    const { page, problems } = await open('/countries/belize/');
    const url = encodeURIComponent(new URL('/countries/belize/', site).href);
    const href = (id: string) => page.locator(`a[data-share-link="${id}"]`).getAttribute('href');
    expect(await href('whatsapp')).toMatch(new RegExp(`^https://wa\\.me/\\?text=.*${url}$`));
    // The text is the country's key figure with its standing (src/shared/share-text.ts), not a bare title.
    expect(await href('x')).toBe(`https://x.com/intent/tweet?text=${encodeURIComponent('Belize: up to 50 uniformed personnel (offered), with conditions')}&url=${url}`);
    expect(await href('telegram')).toBe(`https://t.me/share/url?url=${url}&text=${encodeURIComponent('Belize: up to 50 uniformed personnel (offered), with conditions')}`);
    expect(await href('facebook')).toBe(`https://www.facebook.com/sharer/sharer.php?u=${url}`);
    expect(await href('linkedin')).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${url}`);
    expect(await href('email')).toMatch(new RegExp(`^mailto:\\?subject=.+&body=.*${url}$`));
    expect(problems).toEqual([]);
  });

  it('leaves the share buttons hidden and the links working without JavaScript', async () => {
    const { page } = await open('/articles/kenyas-lead-role/');
    const noJs = await page.context().browser()!.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${origin()}/articles/kenyas-lead-role/`);
    expect(await plain.locator('[data-share-copy]').isVisible()).toBe(false);
    expect(await plain.locator('a[data-share-link]').count()).toBe(6);
    await noJs.close();
  });

  it.each([
    ['Belize', '/countries/belize/'],
    ['Kagame', '/articles/rwandas-possible-role/'],
  ])('finds “%s” and links to pages that exist', async (query, expected) => {
    const { page, requests, problems } = await open('/search/');
    expect(requests.some((r) => r.includes('/pagefind/'))).toBe(false);
    await page.getByLabel('Search articles and countries').fill(query);
    await page.keyboard.press('Enter');
    const links = page.locator('[data-search-results] a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.map((h) => new URL(h, 'http://x').pathname)).toContain(expected);
    for (const href of hrefs) {
      const response = await page.request.get(new URL(href, origin()).href);
      expect(response.status(), href).toBe(200);
    }
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/result/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(problems).toEqual([]);
  });
});
