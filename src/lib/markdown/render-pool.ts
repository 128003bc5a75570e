/**
 * Entry bodies rendered on a worker per core (render-worker.ts through src/lib/worker-pool.ts):
 * rendering Markdown is most of a large site's content sync, and one core would otherwise do it
 * all while the other waits. Each worker loads the Markdown pipeline once.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../i18n/languages';
import { WorkerPool } from '../worker-pool';
import type { RenderedContent } from './render-body';

/** A body at about 10 ms takes far less; a minute means the worker is stuck. */
const RENDER_TIMEOUT_MS = 60_000;

let pool: { root: string; workers: WorkerPool<{ body: string; lang: Lang }, RenderedContent> } | undefined;

/** Stops the workers. Only needed to end early (tests, a dev server reload): idle workers never hold the process. */
export async function closeRenderPool(): Promise<void> {
  await pool?.workers.close();
  pool = undefined;
}

// In `astro dev`, a reload of this module starts a new pool (whose workers read the pipeline's
// files afresh): stop the old one's workers.
import.meta.hot?.dispose(() => closeRenderPool());

/** `root`: the project whose src/lib/markdown/ renders (the worker runs from there, on plain Node). */
export function renderBody(root: string, body: string, lang: Lang): Promise<RenderedContent> {
  if (pool?.root !== root) {
    void pool?.workers.close();
    pool = {
      root,
      workers: new WorkerPool({
        name: 'Markdown rendering',
        url: pathToFileURL(join(root, 'src', 'lib', 'markdown', 'render-worker.ts')),
        size: availableParallelism(),
        workerData: undefined,
        timeoutMs: RENDER_TIMEOUT_MS,
        taskFailed: (error) => `Could not render Markdown: ${error}`,
      }),
    };
  }
  return pool.workers.run({ body, lang });
}
