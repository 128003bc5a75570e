/**
 * Entry bodies rendered on a worker per core (render-worker.ts through src/build/worker-pool.ts):
 * rendering Markdown is most of a large site's content sync, and one core would otherwise do it
 * all while the other waits. Each worker loads the Markdown pipeline once.
 *
 * Rendering starts before the content check: the content guard asks for the bodies as soon as it
 * has read content/ (renderAhead, through parse-once.ts), each worker runs the Markdown safety
 * rules on the parse it renders from, and the loaders later collect the rendered bodies
 * (renderBody). The guard leaves out bodies already on disk as the last build rendered them
 * (rendered-bodies.ts), so a rebuild renders ahead only what changed. A body the loader needs that
 * was not rendered ahead is rendered when it asks.
 *
 * The guard is loaded with astro.config.mjs and the loaders with src/content.config.ts: two
 * separate copies of this module in one process. So the pool and the bodies rendered ahead live
 * on globalThis, not in module variables, and are made afresh when the project or the rendering
 * code (its build fingerprint, build-fingerprint.ts) changes, as in `astro dev` after an edit.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../i18n/languages.ts';
import type { MarkdownProblem } from '../content-check/markdown-safety.ts';
import type { ContentFile, ContentFiles } from '../content-check/read-content.ts';
import { WorkerPool } from '../worker-pool.ts';
import type { BodyRendering, RenderedContent } from './render-body.ts';

/** A body at about 10 ms takes far less; a minute means the worker is stuck. */
const RENDER_TIMEOUT_MS = 60_000;

interface Body {
  body: string;
  lang: Lang;
}

interface Rendering {
  root: string;
  version: string;
  workers: WorkerPool<Body, BodyRendering>;
  /** Bodies asked for ahead and not yet collected, by keyOf. */
  ahead: Map<string, Promise<BodyRendering>>;
}

const SHARED = Symbol.for('haiti-mission-explainer/markdown-rendering');
const shared = globalThis as { [SHARED]?: Rendering };

const keyOf = ({ body, lang }: Body) => `${lang}\n${body}`;

/** The workers for `root`'s rendering code at `version` (its build fingerprint). */
function rendering(root: string, version: string): Rendering {
  const current = shared[SHARED];
  if (current?.root === root && current.version === version) return current;
  if (current) void closeRendering(current);
  const fresh: Rendering = {
    root,
    version,
    workers: new WorkerPool({
      name: 'Markdown rendering',
      url: pathToFileURL(join(root, 'src', 'build', 'markdown', 'render-worker.ts')),
      size: availableParallelism(),
      workerData: undefined,
      timeoutMs: RENDER_TIMEOUT_MS,
      taskFailed: (error) => `Could not render Markdown: ${error}`,
    }),
    ahead: new Map(),
  };
  shared[SHARED] = fresh;
  return fresh;
}

async function closeRendering(state: Rendering): Promise<void> {
  state.ahead.clear();
  await state.workers.close();
}

/** Every Markdown body content/ holds, with its language: English originals and each translation. */
export function bodiesOf(files: ContentFiles): Body[] {
  const withBodies = (tree: Record<string, ContentFile[]>, lang: Lang) =>
    Object.values(tree).flatMap((collection) => collection.flatMap((file) => (file.body === undefined ? [] : [{ body: file.body, lang }])));
  const { translations, refused: _refused, ...originals } = files;
  return [...withBodies(originals, 'en'), ...Object.entries(translations).flatMap(([lang, tree]) => withBodies({ ...tree }, lang as Lang))];
}

/**
 * Starts rendering these bodies now, for the loaders to collect later, and gives each one's
 * Markdown safety problems once it is rendered (in the same order). Undefined where they are not
 * known: the body failed to render (the loader reports why when it collects it), or its lines are
 * not the file's (render-body.ts).
 */
export function renderAhead(root: string, version: string, bodies: readonly Body[]): Promise<(MarkdownProblem[] | undefined)[]> {
  const { workers, ahead } = rendering(root, version);
  return Promise.all(
    bodies.map((body) => {
      const key = keyOf(body);
      let rendered = ahead.get(key);
      if (!rendered) {
        rendered = workers.run(body);
        // Reported when collected; one never collected (its pool replaced in `astro dev`) must not count as unhandled.
        rendered.catch(() => {});
        ahead.set(key, rendered);
      }
      return rendered.then(
        ({ problems }) => problems,
        () => undefined,
      );
    }),
  );
}

/** The body rendered: collected if it was asked for ahead, otherwise rendered now. */
export async function renderBody(root: string, version: string, body: string, lang: Lang): Promise<RenderedContent> {
  const { workers, ahead } = rendering(root, version);
  const key = keyOf({ body, lang });
  const early = ahead.get(key);
  ahead.delete(key);
  return (await (early ?? workers.run({ body, lang }))).rendered;
}

/** Stops the workers. Only needed to end early (tests): idle workers never hold the process. */
export async function closeRenderPool(): Promise<void> {
  const current = shared[SHARED];
  delete shared[SHARED];
  if (current) await closeRendering(current);
}
