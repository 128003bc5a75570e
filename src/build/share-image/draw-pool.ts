/**
 * The share-card drawing workers (draw-worker.mjs) as a worker pool (src/build/worker-pool.ts): cards
 * are drawn on every core while the main thread goes on rendering pages, and each worker loads
 * satori, resvg and the fonts once. A card takes 10-30 ms; one still unfinished after a minute
 * fails the build. A card that fails on its own (satori rejecting a layout) fails only that card.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { currentBuildRoot } from '../build-fingerprint.ts';
import { WorkerPool } from '../worker-pool.ts';
import type { CardDrawing } from './drawing.ts';
import type { FontFile } from './fonts.ts';

/**
 * The worker's own file in the project. This module is bundled into the build, where no path to a
 * neighbouring file survives, so the file is found from the project's root (recorded by the content
 * guard at the start of the build).
 */
export const drawWorkerFile = (): string => join(currentBuildRoot(), 'src', 'build', 'share-image', 'draw-worker.mjs');

/** What each worker is started with (read in draw-worker.mjs). */
export interface DrawWorkerData {
  /** A file inside the project, from which the worker resolves satori and resvg. */
  resolveFrom: string;
  fontFiles: FontFile[];
  width: number;
  height: number;
}

export class DrawPool extends WorkerPool<CardDrawing, Uint8Array> {
  constructor(size: number, workerData: DrawWorkerData) {
    super({ name: 'share-card drawing', url: pathToFileURL(drawWorkerFile()), size, workerData, timeoutMs: 60_000, taskFailed: (error) => `Could not draw a share card: ${error}` });
  }

  /** The card as PNG bytes. */
  draw(drawing: CardDrawing): Promise<Uint8Array> {
    return this.run(drawing);
  }
}
