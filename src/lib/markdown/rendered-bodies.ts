/**
 * Rendered article bodies, kept on disk beside Astro's data store rather than in it
 * (.cache/rendered/<collection>/<id>.json). Astro bundles its whole data store into the build as
 * one JavaScript module and compiles it before the first page: with 3,000 rendered articles that
 * module was 107 MB, two thirds of it rendered HTML and most of the rest the Markdown it came from,
 * and compiling it took 10 s of a cold build (bundling it a few more, cold or warm). Each page now
 * reads only its own body; the store keeps neither the HTML nor the Markdown.
 *
 * The content loader writes a body when it renders it and notes the digest it was rendered from
 * (index.json per collection); an unchanged entry keeps its file only if the note matches.
 * Pages read with readRenderedBody; a missing file is an error, never an empty article.
 * The project root is the working directory, as for the share-card cache: every script runs
 * Astro from there.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RenderedContent } from './render-body';

/** A body as its page needs it: the rendered HTML and headings, and how long it takes to read. */
export type RenderedBody = RenderedContent & { readingMinutes: number };

const dirOf = (root: string, collection: string) => join(root, '.cache', 'rendered', collection);
// Ids are file names, or "fr/slug" for translations: a folder per language, as in content/.
const fileOf = (root: string, collection: string, id: string) => join(dirOf(root, collection), `${id}.json`);
const indexOf = (root: string, collection: string) => join(dirOf(root, collection), 'index.json');

/** One collection's bodies as the loader keeps them: which digest each was rendered from. */
export class RenderedBodies {
  readonly #root: string;
  readonly #collection: string;
  readonly #digests: Map<string, string>;

  constructor(root: string, collection: string) {
    this.#root = root;
    this.#collection = collection;
    let noted: Record<string, string> = {};
    try {
      noted = JSON.parse(readFileSync(indexOf(root, collection), 'utf8')) as Record<string, string>;
    } catch {
      // No note yet (a first build) or an unreadable one: every body is rendered afresh.
    }
    this.#digests = new Map(Object.entries(noted));
  }

  /** Whether the body of `id` is on disk as rendered from this digest. */
  has(id: string, digest: string): boolean {
    return this.#digests.get(id) === digest && existsSync(fileOf(this.#root, this.#collection, id));
  }

  write(id: string, digest: string, rendered: RenderedBody): void {
    const file = fileOf(this.#root, this.#collection, id);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(rendered));
    this.#digests.set(id, digest);
  }

  /** Forgets every body but those of `ids` (deleting their files), then saves the note of digests. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of [...this.#digests.keys()]) {
      if (ids.has(id)) continue;
      rmSync(fileOf(this.#root, this.#collection, id), { force: true });
      this.#digests.delete(id);
    }
    const index = indexOf(this.#root, this.#collection);
    // A collection without bodies (countries, people...) gets no folder at all.
    if (this.#digests.size === 0 && !existsSync(index)) return;
    mkdirSync(dirname(index), { recursive: true });
    writeFileSync(index, JSON.stringify(Object.fromEntries(this.#digests)));
  }
}

/** The rendered body of an entry, for its page. */
export function readRenderedBody(collection: string, id: string, root = process.cwd()): RenderedBody {
  const file = fileOf(root, collection, id);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RenderedBody;
  } catch (error) {
    throw new Error(`The rendered body of ${collection} "${id}" is missing from ${file}: the content sync did not write it (${(error as Error).message})`, { cause: error });
  }
}

