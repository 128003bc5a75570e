/**
 * The share-card drawing workers (draw-worker.mjs) as a worker pool (src/lib/worker-pool.ts): cards
 * are drawn on every core while the main thread goes on rendering pages, and each worker loads
 * satori, resvg and the fonts once. A card takes 10-30 ms; one still unfinished after a minute
 * fails the build. A card that fails on its own (satori rejecting a layout) fails only that card.
 */
import { WorkerPool } from '../worker-pool';
import type { CardDrawing } from './drawing';
import workerSource from './draw-worker.mjs?raw';
import type { FontFile } from './fonts';

/** What each worker is started with (read in draw-worker.mjs). */
export interface DrawWorkerData {
  /** A file inside the project, from which the worker resolves satori and resvg. */
  resolveFrom: string;
  fontFiles: FontFile[];
  width: number;
  height: number;
}

// A data: URL is how a worker runs from source text (see draw-worker.mjs for why it is text).
const workerUrl = new URL(`data:text/javascript,${encodeURIComponent(workerSource)}`);

/** An error's stack with the worker's data: URL (its whole source, kilobytes of it) named as the file it came from. */
function readable(stack: string): string {
  // The encoded source has no whitespace and no ':' (%20, %3A): the URL ends where ":line:column" starts.
  return stack.replace(/data:text\/javascript,[^\s:]*/g, 'draw-worker.mjs');
}

export class DrawPool extends WorkerPool<CardDrawing, Uint8Array> {
  constructor(size: number, workerData: DrawWorkerData) {
    super({ name: 'share-card drawing', url: workerUrl, size, workerData, timeoutMs: 60_000, readable, taskFailed: (error) => `Could not draw a share card: ${error}` });
  }

  /** The card as PNG bytes. */
  draw(drawing: CardDrawing): Promise<Uint8Array> {
    return this.run(drawing);
  }
}
