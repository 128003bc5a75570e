/**
 * Loads the map's code only when a map comes near the screen, so a reader who never scrolls to a
 * compact map never downloads Leaflet. The /map/ page's map is in view at once and loads at once.
 */
export function mountMapsWhenNear(): void {
  const roots = [...document.querySelectorAll<HTMLElement>('[data-contributor-map]')];
  if (roots.length === 0) return;
  const load = (root: HTMLElement) =>
    import('./contributor-map').then(({ mountContributorMap }) => mountContributorMap(root)).catch((error: unknown) => {
      const notice = root.querySelector<HTMLElement>('[data-map-notice]');
      if (notice) {
        notice.hidden = false;
        notice.textContent = 'The interactive map could not load. The list of countries below has the same information.';
      }
      console.warn('Map failed to load', error);
    });
  if (!('IntersectionObserver' in window)) {
    roots.forEach(load);
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
  roots.forEach((root) => observer.observe(root));
}
