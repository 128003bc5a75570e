/**
 * Registers the service worker (dist/sw.js) once the page has loaded, so it never competes with
 * the page's first paint, and shows the update notice when a newer build took over. Pages of the
 * embed never load this (it is in BaseLayout, which the embed does not use).
 */
export function registerOfflineReading(): void {
  if (!('serviceWorker' in navigator)) return;
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  notice?.querySelector('[data-update-reload]')?.addEventListener('click', () => location.reload());
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; build?: string }>) => {
    if (event.data?.type !== 'updated' || !notice) return;
    // This page is the new build's own when its id matches; an older page still open is told to reload.
    if (event.data.build !== notice.dataset['build']) {
      notice.querySelector('[data-update-text]')!.textContent = notice.dataset['updatedElsewhere'] ?? '';
      notice.querySelector<HTMLElement>('[data-update-reload]')!.hidden = false;
    }
    notice.hidden = false;
  });
  // When the worker takes over this page (first visit, or a new build), the page and the files it
  // has used so far were fetched without it: name them so it keeps them for reading offline.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const used = performance.getEntriesByType('resource').map((entry) => entry.name);
    navigator.serviceWorker.controller?.postMessage({ type: 'keep', urls: [location.href, ...used] });
  });
  const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
