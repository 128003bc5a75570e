/**
 * A Markdown rendering worker (a worker thread, started by render-pool.ts): renders entry bodies
 * with render-body.ts, so a large site's Markdown is rendered on every core instead of one.
 *
 * It runs on plain Node (24, which strips the TypeScript), not through Vite, so it teaches Node
 * the one thing Vite does for the site's modules that Node does not: imports written without a
 * file extension ("./processor") find the .ts file, or the folder's index.ts.
 *
 * Message in: { body, lang }. Reply: { result: BodyRendering } or { error: string }, one reply
 * per message, in order (src/lib/worker-pool.ts).
 */
import { registerHooks } from 'node:module';
import { parentPort } from 'node:worker_threads';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.')) throw error;
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return nextResolve(specifier + suffix, context);
        } catch {
          // Try the next way of writing it; the original error is the one worth reporting.
        }
      }
      throw error;
    }
  },
});

const { createBodyRenderer } = (await import('./render-body.ts')) as typeof import('./render-body');
const render = await createBodyRenderer();

if (!parentPort) throw new Error('render-worker.ts runs only as a worker thread (see render-pool.ts)');
const port = parentPort;
port.on('message', async ({ body, lang }: { body: string; lang: Parameters<typeof render>[1] }) => {
  try {
    port.postMessage({ result: await render(body, lang) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
