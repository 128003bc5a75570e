/**
 * What the embedded map and the host page's optional resize script (/embed/resize.js, from
 * src/client/embed/resize-host.ts) say to each other through postMessage. The frame says its height; the
 * host script answers once, so the frame knows its height will follow its content (without the
 * script the frame keeps the shape the embed code gives it, and the map fits inside that).
 */
export const HEIGHT_MESSAGE = 'haiti-mission:embed-height';
export const AUTO_HEIGHT_MESSAGE = 'haiti-mission:auto-height';

/** Heights outside this range are not a map's: a broken or hostile message, ignored. */
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 4000;

/** The frame's height from a message, or undefined when the message is not a valid one of ours. */
export function heightFromMessage(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

/** The two lines an editor pastes: the frame (with a shape that fits without the script) and the script. */
export function embedSnippet(embedUrl: string, title: string): string {
  const origin = new URL(embedUrl).origin;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${escape(embedUrl)}" title="${escape(title)}" style="width:100%;border:0;aspect-ratio:4/3;min-height:560px" loading="lazy"></iframe>`,
    `<script src="${escape(origin)}/embed/resize.js" async></script>`,
  ].join('\n');
}
