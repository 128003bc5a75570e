/**
 * /embed/resize.js: the optional script an editor pastes after the map's iframe. It makes each of
 * this site's map frames on the page exactly as tall as its content (the map, legend, as-of date
 * and credit), from the height the frame posts. It listens only to frames of the origin it was
 * loaded from, and sets nothing but their height. Built by src/build/integrations/embed-resize.ts.
 */
import { AUTO_HEIGHT_MESSAGE, heightFromMessage } from '../../shared/embed/messages.ts';

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  const origin = new URL(script.src).origin;
  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const height = heightFromMessage(event.data);
    if (height === undefined) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (!frame.dataset['autoHeight']) {
        frame.dataset['autoHeight'] = 'true';
        frame.contentWindow?.postMessage({ type: AUTO_HEIGHT_MESSAGE }, origin);
        frame.style.aspectRatio = 'auto';
        frame.style.minHeight = '0';
      }
      frame.style.height = `${height}px`;
    }
  });
})();
