/**
 * A Markdown rendering worker (a worker thread, started by render-pool.ts): renders entry bodies
 * with render-body.ts, so a large site's Markdown is rendered on every core instead of one.
 *
 * It runs on plain Node (24, which strips the TypeScript), not through Vite: every relative import
 * in the project names its file with its extension (a unit test checks), so Node finds them as Vite does.
 *
 * Message in: { body, lang }. Reply: { result: BodyRendering } or { error: string }, one reply
 * per message, in order (src/build/worker-pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { createBodyRenderer } from './render-body.ts';

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
