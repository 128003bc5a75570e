/** The offline page: names the address that is not saved and shows the pages that are. */
import { cacheNames } from '../../lib/offline/cache-names';

export async function listSavedPages(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-offline-page]');
  if (!root) return;
  root.querySelector('[data-offline-address]')!.textContent = decodeURI(location.pathname);
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  let saved = new Set<string>();
  try {
    const name = cacheNames(root.dataset['build'] ?? '').pages;
    if ('caches' in window && (await caches.has(name))) {
      saved = new Set((await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname));
    }
  } catch {
    // No cache to read: the page then says nothing is saved.
  }
  let shown = 0;
  for (const group of root.querySelectorAll<HTMLElement>('[data-offline-group]')) {
    let inGroup = 0;
    for (const item of group.querySelectorAll<HTMLElement>('[data-offline-item]')) {
      item.hidden = !saved.has(item.dataset['offlineItem'] ?? '');
      if (!item.hidden) inGroup++;
    }
    group.hidden = inGroup === 0;
    shown += inGroup;
  }
  status.hidden = shown === 0;
  status.textContent = shown === 0 ? '' : (root.dataset['savedIntro'] ?? '');
  root.querySelector<HTMLElement>('[data-offline-none]')!.hidden = shown > 0;
}
