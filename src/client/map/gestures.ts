/**
 * Cooperative gestures, as Google Maps' gestureHandling: 'cooperative' and MapLibre's
 * cooperativeGestures do, in a few lines over Leaflet's own handlers:
 * - on a touch screen one finger scrolls the page (Leaflet's one-finger drag is off, so the
 *   container keeps Leaflet's `touch-action: pan-x pan-y`) and two fingers move and zoom the map
 *   (Leaflet's pinch handler pans with the fingers' midpoint); a one-finger swipe over the map
 *   shows a short hint;
 * - with a mouse, dragging moves the map as usual, but the wheel scrolls the page unless Ctrl
 *   (⌘ on a Mac) is held, with a hint when it is not.
 * A reader scrolling down the page is never caught by the map.
 */
import type * as Leaflet from 'leaflet';

export interface GestureWords {
  twoFingers: string;
  ctrlScroll: string;
  metaScroll: string;
}

/** How long a hint stays up after the last gesture that called for it. */
const HINT_MS = 1600;

export function cooperativeGestures(map: Leaflet.Map, hint: HTMLElement | null, words: GestureWords): void {
  const container = map.getContainer();
  // Listened to on the map's parent, in the capture phase: the handler is switched before
  // Leaflet's own listeners on the container see the event.
  const parent = container.parentElement ?? container;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => hint?.classList.remove('is-shown');
  const show = (text: string) => {
    if (!hint) return;
    hint.textContent = text;
    hint.classList.add('is-shown');
    clearTimeout(timer);
    timer = setTimeout(hide, HINT_MS);
  };

  // A touch screen: the first touch must already find one-finger dragging off, since the browser
  // reads touch-action when the finger lands.
  if (navigator.maxTouchPoints > 0 || matchMedia('(pointer: coarse)').matches) map.dragging.disable();
  parent.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType === 'mouse') map.dragging.enable();
      else if (event.pointerType === 'touch' && event.isPrimary) map.dragging.disable();
    },
    { capture: true },
  );
  container.addEventListener('touchmove', (event) => (event.touches.length === 1 ? show(words.twoFingers) : hide()), { passive: true });

  const mac = /Mac|iPhone|iPad/.test(navigator.userAgent);
  parent.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey || event.metaKey) return hide();
      // Kept from Leaflet's wheel zoom, and not prevented: the page scrolls.
      event.stopPropagation();
      show(mac ? words.metaScroll : words.ctrlScroll);
    },
    { capture: true },
  );
}
