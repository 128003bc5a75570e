/**
 * A share card's cache key: a SHA-256 of what it shows (its CardDrawing: the laid-out text and the
 * pictures pasted on it) and of the code and fonts that draw it (drawingCodeId). Equal keys, equal
 * PNGs; any change to a shown field gives a new key, so a stale card is never served.
 */
import { createHash } from 'node:crypto';
import type { CardDrawing } from './drawing.ts';

export function cardCacheKey(drawing: CardDrawing, drawingCode: string): string {
  const hash = createHash('sha256').update(drawingCode).update('\0').update(stableJson(drawing.layout)).update(`\0${drawing.layoutWidth},${drawing.background}`);
  for (const picture of drawing.pictures) hash.update(`\0${picture.left},${picture.top},${picture.size},${svgHash(picture.svg)}`);
  return hash.digest('hex');
}

// The article cards of a language all show one world map, a 90 KB SVG: hashing it for each of them
// took 0.5 s of a 1,000-article build. Each distinct SVG is hashed once (and forgotten in bulk now
// and then, so `astro dev` does not keep every map it ever drew).
const svgHashes = new Map<string, string>();

function svgHash(svg: string): string {
  let digest = svgHashes.get(svg);
  if (!digest) {
    if (svgHashes.size >= 2000) svgHashes.clear();
    digest = createHash('sha256').update(svg).digest('hex');
    svgHashes.set(svg, digest);
  }
  return digest;
}

/** JSON with every object's keys sorted, so two equal trees built in a different key order hash alike. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, child: unknown) =>
    child && typeof child === 'object' && !Array.isArray(child)
      ? Object.fromEntries(Object.entries(child).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : child,
  );
}
