/** The offline page: names the address that is not saved and shows the pages that are. */

export async function listSavedPages(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-offline-page]');
  if (!root) return;
  root.querySelector('[data-offline-address]')!.textContent = decodeURI(location.pathname);
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  // Only this build's caches exist (the worker deletes older ones), so any cache that holds a page
  // holds the current version of it.
  const saved = new Set<string>();
  try {
    for (const item of root.querySelectorAll<HTMLElement>('[data-offline-item]')) {
      const path = item.dataset['offlineItem'] ?? '';
      if (await caches.match(path)) saved.add(path);
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
