/**
 * Entry bodies rendered on a worker per core (render-worker.ts through src/lib/worker-pool.ts):
 * rendering Markdown is most of a large site's content sync, and one core would otherwise do it
 * all while the other waits. Each worker loads the Markdown pipeline once.
 *
 * Rendering can start early: the content guard asks for the bodies as soon as it has read
 * content/ (renderAhead), so the workers render while the content check runs, and the loaders
 * later collect what they need (renderBody) or call off what they do not (skipBody: an entry
 * unchanged since the last build keeps what it was rendered to then). So that a rebuild does not
 * render ahead what it will not need, each loader notes which bodies its store holds
 * (noteRendered, in .cache/markdown-rendered/), and renderAhead leaves those out. A wrong note
 * costs only time: a body not rendered ahead is rendered when the loader asks for it.
 *
 * The guard is loaded with astro.config.mjs and the loaders with src/content.config.ts: two
 * separate copies of this module in one process. So the pool and the bodies rendered ahead live
 * on globalThis, not in module variables, and are made afresh when the project or the rendering
 * code (renderingCodeVersion) changes, as in `astro dev` after an edit.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../i18n/languages';
import type { ContentFile, ContentFiles } from '../content-check/read-content';
import { sourceVersion } from '../source-version';
import { WorkerPool } from '../worker-pool';
import type { RenderedContent } from './render-body';

/** A body at about 10 ms takes far less; a minute means the worker is stuck. */
const RENDER_TIMEOUT_MS = 60_000;

interface Body {
  body: string;
  lang: Lang;
}

interface Ahead {
  rendered: Promise<RenderedContent>;
  cancel: AbortController;
}

interface Rendering {
  root: string;
  version: string;
  workers: WorkerPool<Body, RenderedContent>;
  ahead: Map<string, Ahead>;
}

const SHARED = Symbol.for('haiti-mission-explainer/markdown-rendering');
const shared = globalThis as { [SHARED]?: Rendering };

/**
 * What rendered HTML depends on besides the body: the Markdown pipeline and its plugins
 * (src/lib/markdown/) and the words they add in each language (src/i18n/). A change to any of
 * them renders every entry afresh.
 */
export function renderingCodeVersion(root: string): string {
  return sourceVersion(root, ['src/lib/markdown', 'src/i18n']);
}

const keyOf = ({ body, lang }: Body) => `${lang}\n${body}`;

/** The workers for `root`'s rendering code at `version` (from renderingCodeVersion). */
function rendering(root: string, version: string): Rendering {
  const current = shared[SHARED];
  if (current?.root === root && current.version === version) return current;
  if (current) void closeRendering(current);
  const fresh: Rendering = {
    root,
    version,
    workers: new WorkerPool({
      name: 'Markdown rendering',
      url: pathToFileURL(join(root, 'src', 'lib', 'markdown', 'render-worker.ts')),
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
  for (const { cancel } of state.ahead.values()) cancel.abort();
  state.ahead.clear();
  await state.workers.close();
}

/** Every Markdown body content/ holds, with its language: English originals and each translation. */
export function bodiesOf(files: ContentFiles): Body[] {
  const withBodies = (tree: Record<string, ContentFile[]>, lang: Lang) =>
    Object.values(tree).flatMap((collection) => collection.flatMap((file) => (file.body === undefined ? [] : [{ body: file.body, lang }])));
  const { translations, ...originals } = files;
  return [...withBodies(originals, 'en'), ...Object.entries(translations).flatMap(([lang, tree]) => withBodies({ ...tree }, lang as Lang))];
}

const notesDir = (root: string) => join(root, '.cache', 'markdown-rendered');
const noteOf = (version: string, { body, lang }: Body) => createHash('sha256').update(`${version}\n${lang}\n`).update(body).digest('base64url');

/** Notes that the loader `name` holds these bodies rendered with the code at `version`. */
export function noteRendered(root: string, version: string, name: string, bodies: readonly Body[]): void {
  mkdirSync(notesDir(root), { recursive: true });
  writeFileSync(join(notesDir(root), `${name}.json`), JSON.stringify(bodies.map((body) => noteOf(version, body))));
}

function renderedBefore(root: string): Set<string> {
  const notes = new Set<string>();
  try {
    for (const file of readdirSync(notesDir(root))) for (const note of JSON.parse(readFileSync(join(notesDir(root), file), 'utf8')) as string[]) notes.add(note);
  } catch {
    // No notes (a first build) or unreadable ones: render everything ahead.
  }
  return notes;
}

/** Starts rendering these bodies now, for the loaders to collect later; not those the last build's loaders noted. */
export function renderAhead(root: string, version: string, bodies: readonly Body[]): void {
  const { workers, ahead } = rendering(root, version);
  const before = renderedBefore(root);
  for (const body of bodies) {
    if (before.has(noteOf(version, body))) continue;
    const key = keyOf(body);
    if (ahead.has(key)) continue;
    const cancel = new AbortController();
    const rendered = workers.run(body, cancel.signal);
    // Reported when collected; one never collected (called off) must not count as unhandled.
    rendered.catch(() => {});
    ahead.set(key, { rendered, cancel });
  }
}

/** The body rendered: collected if it was asked for ahead, otherwise rendered now. */
export function renderBody(root: string, version: string, body: string, lang: Lang): Promise<RenderedContent> {
  const { workers, ahead } = rendering(root, version);
  const key = keyOf({ body, lang });
  const early = ahead.get(key);
  ahead.delete(key);
  return early?.rendered ?? workers.run({ body, lang });
}

/** The body will not be needed after all: if it was asked for ahead and not started, it never is. */
export function skipBody(root: string, version: string, body: string, lang: Lang): void {
  const { ahead } = rendering(root, version);
  const key = keyOf({ body, lang });
  ahead.get(key)?.cancel.abort();
  ahead.delete(key);
}

/** Stops the workers. Only needed to end early (tests): idle workers never hold the process. */
export async function closeRenderPool(): Promise<void> {
  const current = shared[SHARED];
  delete shared[SHARED];
  if (current) await closeRendering(current);
}
