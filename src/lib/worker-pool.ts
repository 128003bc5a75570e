/**
 * A pool of worker threads that each take one task at a time: the build's heavy, independent work
 * (drawing share cards, rendering Markdown) on every core while the main thread goes on.
 *
 * Workers start on first use. They never keep the process alive: a worker is unref'd whenever it
 * has nothing to do, so the build ends when Astro is done. A worker that crashes (or fails to
 * start) fails every task waiting and every task asked for afterwards, with the worker's own error,
 * so the build stops instead of hanging; so does a task still unfinished after `timeoutMs`. A task
 * that fails on its own (the worker replies with an error) fails only that task.
 *
 * The worker's side of the protocol: one reply per message, in order, `{ result }` or `{ error }`
 * (the error's stack or message as a string).
 */
import { Worker } from 'node:worker_threads';

export type WorkerReply<Result> = { result: Result } | { error: string };

export interface WorkerPoolOptions {
  /** What the workers do, for messages: "share-card drawing" gives "A share-card drawing worker failed: …". */
  name: string;
  /** The worker's module: a file: URL, or a data: URL of its source. */
  url: URL;
  /** How many workers at most (at least one). */
  size: number;
  workerData: unknown;
  timeoutMs: number;
  /** The message of a task that failed on its own, from the worker's error. */
  taskFailed: (error: string) => string;
  /** Makes a worker's stack readable (a data: URL's whole source named as a file, say). */
  readable?: (stack: string) => string;
}

interface Job<Task, Result> {
  task: Task;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

export class WorkerPool<Task, Result> {
  readonly #options: WorkerPoolOptions;
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job<Task, Result>>();
  readonly #waiting: Job<Task, Result>[] = [];
  #failure: Error | undefined;
  #closing = false;

  constructor(options: WorkerPoolOptions) {
    this.#options = { ...options, size: Math.max(1, options.size) };
  }

  /**
   * The task's result. With a `signal`, a task still waiting for a worker when it aborts is
   * dropped and rejected with the signal's reason; one already started finishes as usual.
   */
  run(task: Task, signal?: AbortSignal): Promise<Result> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const job: Job<Task, Result> = { task, resolve, reject };
      this.#waiting.push(job);
      signal?.addEventListener(
        'abort',
        () => {
          const at = this.#waiting.indexOf(job);
          if (at === -1) return;
          this.#waiting.splice(at, 1);
          reject(signal.reason);
        },
        { once: true },
      );
      this.#dispatch();
    });
  }

  /** Stops every worker. Only needed to end early (tests, a dev server reload): idle workers never hold the process. */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #readable(stack: string): string {
    return this.#options.readable?.(stack) ?? stack;
  }

  #dispatch(): void {
    while (this.#waiting.length > 0) {
      const worker = this.#idle.pop() ?? this.#start();
      if (!worker) return;
      const job = this.#waiting.shift()!;
      this.#busy.set(worker, job);
      worker.ref();
      const { timeoutMs } = this.#options;
      job.timer = setTimeout(() => this.#fail(`a task took more than ${timeoutMs / 1000} s`), timeoutMs);
      worker.postMessage(job.task);
    }
  }

  #start(): Worker | undefined {
    const { url, size, workerData, name } = this.#options;
    if (this.#workers.length >= size || this.#closing) return undefined;
    const worker = new Worker(url, { workerData, name });
    worker.on('message', (reply: WorkerReply<Result>) => this.#finish(worker, reply));
    const failed = (error: Error) => this.#fail(this.#readable(error.stack ?? error.message));
    worker.on('error', failed);
    worker.on('messageerror', failed);
    worker.on('exit', (code) => this.#fail(`a worker stopped unexpectedly (exit code ${code})`));
    this.#workers.push(worker);
    return worker;
  }

  #finish(worker: Worker, reply: WorkerReply<Result>): void {
    const job = this.#busy.get(worker);
    this.#busy.delete(worker);
    clearTimeout(job?.timer);
    if (job) {
      if ('result' in reply) job.resolve(reply.result);
      else job.reject(new Error(this.#options.taskFailed(this.#readable(reply.error))));
    }
    worker.unref();
    this.#idle.push(worker);
    this.#dispatch();
  }

  /** `reason`: the worker's error with its stack, or what went wrong. */
  #fail(reason: string): void {
    if (this.#failure || this.#closing) return;
    this.#failure = new Error(`A ${this.#options.name} worker failed: ${reason}`);
    for (const job of [...this.#busy.values(), ...this.#waiting]) {
      clearTimeout(job.timer);
      job.reject(this.#failure);
    }
    this.#busy.clear();
    this.#waiting.length = 0;
    void this.close();
  }
}
