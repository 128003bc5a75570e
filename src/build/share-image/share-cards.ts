/**
 * Share cards as the /og/ endpoint serves them: from the on-disk cache (card-cache.ts) when a card
 * with the same key was drawn before, otherwise drawn by the worker pool (draw-pool.ts) and cached.
 *
 * In a build, prepareShareCards queues every missing card at once, from getStaticPaths, and each
 * card's GET then waits only for its own file. So every core draws however few pages Astro has in
 * flight. Drawing starts while Astro is still calling the other routes' getStaticPaths, and goes on
 * while it renders every other page: the cards' GETs come last (src/build/integrations/share-cards-last.ts).
 * In `astro dev` nothing is queued ahead; a card is drawn when it is requested.
 */
import { availableParallelism } from 'node:os';
import { SHARE_IMAGE } from '../../shared/head.ts';
import { cardCacheKey } from './cache-key.ts';
import { CardCache, shareCardCacheDir } from './card-cache.ts';
import { DrawPool } from './draw-pool.ts';
import type { CardDrawing } from './drawing.ts';
import { drawingCodeId } from './drawing-code.ts';
import { currentBuildFingerprint } from '../build-fingerprint.ts';
import { cardFonts } from './fonts.ts';

const cache = new CardCache(shareCardCacheDir());
/** Cards being drawn and stored, or found in the cache, by key: each card is drawn at most once per build. */
const ready = new Map<string, Promise<void>>();
const keys = new WeakMap<CardDrawing, string>();
let pool: DrawPool | undefined;
let drawingCode: string | undefined;

// In `astro dev`, an edit reloads this module with a new pool: stop the old one's workers.
import.meta.hot?.dispose(() => pool?.close());

function drawPool(): DrawPool {
  // One worker per core. Measured on 2 cores (3,606 cards, /og/ routes): 1 worker 54 s, 2 workers
  // 43 s, 3 workers 43 s. The main thread mostly waits on the workers while /og/ is generated.
  pool ??= new DrawPool(availableParallelism(), { resolveFrom: import.meta.url, fontFiles: cardFonts(), ...SHARE_IMAGE });
  return pool;
}

function keyOf(drawing: CardDrawing): string {
  let key = keys.get(drawing);
  if (!key) {
    // The drawing code, fonts and library versions, and the build's fingerprint (a card's text is
    // worked out by src/ code that the drawing itself does not record).
    drawingCode ??= `${drawingCodeId(cardFonts())}:${currentBuildFingerprint()}`;
    key = cardCacheKey(drawing, drawingCode);
    keys.set(drawing, key);
  }
  return key;
}

function ensureCached(key: string, drawing: CardDrawing): Promise<void> {
  let card = ready.get(key);
  if (!card) {
    card = cache.has(key)
      ? Promise.resolve()
      : drawPool()
          .draw(drawing)
          .then((png) => cache.write(key, png))
          .catch((error: unknown) => {
            // Forgotten, so that `astro dev` tries again on the next request.
            ready.delete(key);
            throw error;
          });
    ready.set(key, card);
  }
  return card;
}

/**
 * Queues every card of the build that the cache lacks, without waiting for them, and removes
 * cached cards this build no longer uses (so the cache never outgrows one site).
 */
export async function prepareShareCards(drawings: readonly CardDrawing[]): Promise<void> {
  const wanted = new Set<string>();
  let toDraw = 0;
  for (const drawing of drawings) {
    const key = keyOf(drawing);
    if (wanted.has(key)) continue;
    wanted.add(key);
    if (!ready.has(key) && !cache.has(key)) toDraw++;
    // A failure is reported by the card's own request (shareCardPng), not here as an unhandled rejection.
    ensureCached(key, drawing).catch(() => {});
  }
  const removed = await cache.prune(wanted);
  console.info(`[share-cards] ${wanted.size} cards: ${wanted.size - toDraw} from ${cache.dir}, ${toDraw} to draw${removed ? `; ${removed} unused cards removed from the cache` : ''}`);
}

/** The card's PNG. `name` (its URL path) is for error messages. */
export async function shareCardPng(drawing: CardDrawing, name: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = keyOf(drawing);
  try {
    await ensureCached(key, drawing);
    const png = await cache.read(key);
    if (png) return png;
    // Gone since it was found or written: another build sharing the cache directory pruned it.
    return new Uint8Array(await drawPool().draw(drawing));
  } catch (error) {
    // The message says it all; a `cause` would only make Astro print it twice.
    throw new Error(`Share card ${name}: ${(error as Error).message}`);
  }
}
