/**
 * Runs the content check on a worker thread (check-worker.ts) and gives its list of problems.
 * Rejects, with the worker's own error, if the check itself breaks (a bug, not bad content).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckWorkerData } from './check-worker.ts';
import type { ContentError } from '../../domain/errors.ts';

export function checkContentInWorker(data: CheckWorkerData): Promise<ContentError[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(pathToFileURL(join(data.root, 'src', 'build', 'content-check', 'check-worker.ts')), { workerData: data, name: 'content check' });
    let answered = false;
    worker.once('message', (errors: ContentError[]) => {
      answered = true;
      resolve(errors);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The content check stopped without an answer (exit code ${code})`));
    });
  });
}
