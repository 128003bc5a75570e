/** The worker pool behind share-card drawing and Markdown rendering, with a tiny worker of its own. */
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/build/worker-pool.ts';

// Doubles a number and says how many tasks it has had; fails on "bad"; never answers "hang"; stops its thread on "exit".
const source = `
import { parentPort } from 'node:worker_threads';
let seen = 0;
parentPort.on('message', (task) => {
  seen++;
  if (task === 'hang') return;
  if (task === 'exit') process.exit(3);
  parentPort.postMessage(task === 'bad' ? { error: 'Error: bad task' } : { result: { doubled: task * 2, seen } });
});`;
const url = new URL(`data:text/javascript,${encodeURIComponent(source)}`);

let pool: WorkerPool<unknown, { doubled: number; seen: number }>;
const make = (timeoutMs = 30_000) => (pool = new WorkerPool({ name: 'test', url, size: 1, workerData: undefined, timeoutMs, taskFailed: (error) => `Task failed: ${error}` }));
afterEach(() => pool.close());

describe('WorkerPool', () => {
  it('runs tasks in order on its workers', async () => {
    make();
    expect(await Promise.all([pool.run(1), pool.run(2), pool.run(3)])).toEqual([
      { doubled: 2, seen: 1 },
      { doubled: 4, seen: 2 },
      { doubled: 6, seen: 3 },
    ]);
  });

  it('fails only the task whose worker replies with an error', async () => {
    make();
    const [bad, good] = await Promise.allSettled([pool.run('bad'), pool.run(5)]);
    expect(bad).toMatchObject({ status: 'rejected', reason: { message: 'Task failed: Error: bad task' } });
    expect(good).toMatchObject({ status: 'fulfilled', value: { doubled: 10 } });
  });

  it('rejects the tasks not yet done when it is closed, and every task asked for afterwards', async () => {
    make();
    const running = expect(pool.run('hang')).rejects.toThrow('The test workers were stopped');
    const waiting = expect(pool.run(2)).rejects.toThrow('The test workers were stopped');
    await pool.close();
    await running;
    await waiting;
    await expect(pool.run(3)).rejects.toThrow('The test workers were stopped');
  });

  it('fails every task, instead of waiting for ever, when one outlives the time limit', async () => {
    make(300);
    const results = await Promise.allSettled([pool.run('hang'), pool.run(1)]);
    for (const result of results) expect(result).toMatchObject({ status: 'rejected', reason: { message: 'A test worker failed: a task took more than 0.3 s' } });
    await expect(pool.run(2)).rejects.toThrow('A test worker failed');
  });

  // The reason the project keeps this pool rather than tinypool (1.1.1 and 2.2.0 tried): there a
  // worker thread that exits leaves its task, and destroy(), waiting for ever.
  it('fails every task, instead of waiting for ever, when a worker stops', async () => {
    make();
    const results = await Promise.allSettled([pool.run('exit'), pool.run(1)]);
    for (const result of results) expect(result).toMatchObject({ status: 'rejected', reason: { message: 'A test worker failed: a worker stopped unexpectedly (exit code 3)' } });
    await expect(pool.run(2)).rejects.toThrow('A test worker failed');
  });
});
