/**
 * Inside the embedded map: tells the host page how tall the content is, and, once the host's
 * resize script answers, lets the content take its natural height (html.embed-auto) instead of
 * fitting the map into the frame's fixed shape.
 */
import { AUTO_HEIGHT_MESSAGE, HEIGHT_MESSAGE } from '../../shared/embed/messages.ts';

export function reportHeightToHost(): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  window.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.source !== window.parent || event.data?.type !== AUTO_HEIGHT_MESSAGE) return;
    document.documentElement.classList.add('embed-auto');
    send();
  });
  new ResizeObserver(send).observe(document.body);
  send();
}
