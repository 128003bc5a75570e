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
  /** Why the pool takes no more tasks: a worker failed, or close() was called. */
  #ended: Error | undefined;

  constructor(options: WorkerPoolOptions) {
    this.#options = { ...options, size: Math.max(1, options.size) };
  }

  run(task: Task): Promise<Result> {
    if (this.#ended) return Promise.reject(this.#ended);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ task, resolve, reject });
      this.#dispatch();
    });
  }

  /**
   * Stops every worker, and rejects the tasks not yet done so that nothing waits on them for ever.
   * Only needed to end early (tests, a dev server reload): idle workers never hold the process.
   */
  async close(): Promise<void> {
    if (!this.#ended) this.#end(new Error(`The ${this.#options.name} workers were stopped`));
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  /** Takes no more tasks, and rejects every task waiting or running with `error`. */
  #end(error: Error): void {
    this.#ended = error;
    for (const job of [...this.#busy.values(), ...this.#waiting]) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    this.#busy.clear();
    this.#waiting.length = 0;
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
    if (this.#workers.length >= size || this.#ended) return undefined;
    const worker = new Worker(url, { workerData, name });
    worker.on('message', (reply: WorkerReply<Result>) => this.#finish(worker, reply));
    const failed = (error: Error) => this.#fail(error.stack ?? error.message);
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
      else job.reject(new Error(this.#options.taskFailed(reply.error)));
    }
    worker.unref();
    this.#idle.push(worker);
    this.#dispatch();
  }

  /** `reason`: the worker's error with its stack, or what went wrong. */
  #fail(reason: string): void {
    if (this.#ended) return;
    this.#end(new Error(`A ${this.#options.name} worker failed: ${reason}`));
    void this.close();
  }
}
