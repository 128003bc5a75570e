/**
 * One hash for everything besides a card's own drawing that decides its pixels: the worker's source
 * (layout options, rasterising, pasting, PNG encoding), the satori and resvg versions, the font
 * files and the card's size. It goes into every cache key (cache-key.ts), so changing any of them
 * draws every card again. What a card shows (text, layout, colours, map) is in its CardDrawing,
 * which the key hashes too. Anything new that changes pixels must live in one of those two places.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SHARE_IMAGE } from '../../shared/head.ts';
import { drawWorkerFile } from './draw-pool.ts';
import type { FontFile } from './fonts.ts';

const require = createRequire(import.meta.url);

const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

export function drawingCodeId(fonts: readonly FontFile[]): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(drawWorkerFile()));
  hash.update(`satori ${versionOf('satori')}; resvg ${versionOf('@resvg/resvg-js')}; ${SHARE_IMAGE.width}x${SHARE_IMAGE.height}`);
  for (const font of fonts) hash.update(`${font.name} ${font.weight}`).update(readFileSync(font.path));
  return hash.digest('hex');
}
