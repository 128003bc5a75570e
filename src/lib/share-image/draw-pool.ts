/**
 * A pool of drawing workers (draw-worker.mjs on worker threads): cards are drawn on every core
 * while the main thread goes on rendering pages. Workers start on first use, one card at a time
 * each, and each loads satori, resvg and the fonts once.
 *
 * They never keep the process alive: a worker is unref'd whenever it has nothing to draw, so the
 * build ends when Astro is done. A worker that crashes (or fails to start) fails every card waiting
 * and every card asked for afterwards, with the worker's own error, so the build stops instead of
 * hanging; so does a card still unfinished after DRAW_TIMEOUT_MS (a card takes 10-30 ms). A card
 * that fails on its own (satori rejecting a layout) fails only that card.
 */
import { Worker } from 'node:worker_threads';
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

type Reply = { png: Uint8Array } | { error: string };

interface Job {
  drawing: CardDrawing;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

const DRAW_TIMEOUT_MS = 60_000;

// A data: URL is how a worker runs from source text (see draw-worker.mjs for why it is text).
const workerUrl = new URL(`data:text/javascript,${encodeURIComponent(workerSource)}`);

/** An error's stack with the worker's data: URL (its whole source, kilobytes of it) named as the file it came from. */
function readable(stack: string): string {
  // The encoded source has no whitespace and no ':' (%20, %3A): the URL ends where ":line:column" starts.
  return stack.replace(/data:text\/javascript,[^\s:]*/g, 'draw-worker.mjs');
}

export class DrawPool {
  readonly #size: number;
  readonly #workerData: DrawWorkerData;
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #drawing = new Map<Worker, Job>();
  readonly #waiting: Job[] = [];
  #failure: Error | undefined;
  #closing = false;

  constructor(size: number, workerData: DrawWorkerData) {
    this.#size = Math.max(1, size);
    this.#workerData = workerData;
  }

  /** The card as PNG bytes. */
  draw(drawing: CardDrawing): Promise<Uint8Array> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ drawing, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker. Only needed to end early (tests): idle workers never hold the process. */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#waiting.length > 0) {
      const worker = this.#idle.pop() ?? this.#start();
      if (!worker) return;
      const job = this.#waiting.shift()!;
      this.#drawing.set(worker, job);
      worker.ref();
      job.timer = setTimeout(() => this.#fail(`a card took more than ${DRAW_TIMEOUT_MS / 1000} s to draw`), DRAW_TIMEOUT_MS);
      worker.postMessage(job.drawing);
    }
  }

  #start(): Worker | undefined {
    if (this.#workers.length >= this.#size || this.#closing) return undefined;
    const worker = new Worker(workerUrl, { workerData: this.#workerData, name: 'share-card drawing' });
    worker.on('message', (reply: Reply) => this.#finish(worker, reply));
    const failed = (error: Error) => this.#fail(readable(error.stack ?? error.message));
    worker.on('error', failed);
    worker.on('messageerror', failed);
    worker.on('exit', (code) => this.#fail(`a worker stopped unexpectedly (exit code ${code})`));
    this.#workers.push(worker);
    return worker;
  }

  #finish(worker: Worker, reply: Reply): void {
    const job = this.#drawing.get(worker);
    this.#drawing.delete(worker);
    clearTimeout(job?.timer);
    if (job) {
      if ('png' in reply) job.resolve(reply.png);
      else job.reject(new Error(`Could not draw a share card: ${readable(reply.error)}`));
    }
    worker.unref();
    this.#idle.push(worker);
    this.#dispatch();
  }

  /** `reason`: the worker's error with its stack, or what went wrong. */
  #fail(reason: string): void {
    if (this.#failure || this.#closing) return;
    this.#failure = new Error(`A share-card drawing worker failed: ${reason}`);
    for (const job of [...this.#drawing.values(), ...this.#waiting]) {
      clearTimeout(job.timer);
      job.reject(this.#failure);
    }
    this.#drawing.clear();
    this.#waiting.length = 0;
    void this.close();
  }
}
