/**
 * Loads the map's code only when a map comes near the screen, so a reader who never scrolls to a
 * compact map never downloads Leaflet. The /map/ page's map is in view at once and loads at once.
 *
 * The HTML is the fallback: a still picture of the map inside the map's box and a notice saying
 * the interactive map could not load. That is what a reader sees when this script never runs
 * (JavaScript files blocked or failing): the notice at once, the picture after a few seconds
 * (global.css holds it back, so that it is not downloaded while the map may still come). When this
 * script runs, it marks each map (data-map-script) so the picture is never shown nor downloaded,
 * puts the notice away, and brings both back (data-map-failed) if the interactive map then fails
 * to draw. Both live over or inside the map's fixed-height box, so neither step moves the page.
 */
export function mountMapsWhenNear(): void {
  const roots = [...document.querySelectorAll<HTMLElement>('[data-contributor-map]')];
  if (roots.length === 0) return;
  const fallbacks = new Map(roots.map((root) => [root, putFallbackAway(root)] as const));
  const load = (root: HTMLElement) =>
    import('./contributor-map.ts')
      .then(({ mountContributorMap }) => mountContributorMap(root))
      .then(() => {
        if (root.dataset['mapReady'] !== 'true') throw new Error('the map was not drawn');
      })
      .catch((error: unknown) => {
        fallbacks.get(root)?.();
        console.warn('Map failed to load', error);
      });
  // A shared link to a country must open its details at once, wherever the map lies on a phone's
  // screen (below the fold, on a small one); otherwise the map waits until it nears the screen.
  const deepLink = new URLSearchParams(window.location.search).has('country');
  const now = roots.filter((root) => deepLink && root.dataset['mode'] !== 'compact');
  now.forEach(load);
  if (!('IntersectionObserver' in window)) {
    roots.filter((root) => !now.includes(root)).forEach(load);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void load(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px 0px' },
  );
  roots.filter((root) => !now.includes(root)).forEach((root) => observer.observe(root));
}

/** Puts a map's still picture and its notice away; returns a function that shows them again. */
function putFallbackAway(root: HTMLElement): () => void {
  const notice = root.querySelector<HTMLElement>('[data-map-notice]');
  // The notice's own words (the map may reuse the element for other news, such as missing outlines).
  const words = notice ? [...notice.childNodes].map((node) => node.cloneNode(true)) : [];
  root.dataset['mapScript'] = 'running';
  if (notice) notice.hidden = true;
  return () => {
    root.dataset['mapFailed'] = 'true';
    if (notice) {
      notice.replaceChildren(...words);
      notice.hidden = false;
    }
  };
}
