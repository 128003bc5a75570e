/**
 * Rendered article bodies, kept on disk beside Astro's data store rather than in it
 * (.cache/rendered/<collection>/<id>.json). Astro bundles its whole data store into the build as
 * one JavaScript module and compiles it before the first page: with 3,000 rendered articles that
 * module was 107 MB, two thirds of it rendered HTML and most of the rest the Markdown it came from,
 * and compiling it took 10 s of a cold build (bundling it a few more, cold or warm). Each page now
 * reads only its own body; the store keeps neither the HTML nor the Markdown.
 *
 * Each collection's index.json notes, per entry, the key of what its body was rendered from
 * (bodyKey: the Markdown, its language and the rendering code's version). The loader renders a
 * body only when its key has changed or its file is gone, so an edit to an article's front matter
 * alone renders nothing; the content guard renders ahead only bodies no index holds
 * (renderedBodyKeys). Pages read with readRenderedBody; a missing file is an error, never an
 * empty article. The project root is the working directory, as for the share-card cache: every
 * script runs Astro from there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../../i18n/languages.ts';
import type { RenderedContent } from './render-body.ts';
import { withWritePath } from '../write-failure.ts';

/** A body as its page needs it: the rendered HTML and headings, and how long it takes to read. */
export type RenderedBody = RenderedContent & { readingMinutes: number };

/** What a body is rendered from: equal keys, equal renderings. `version`: the build fingerprint (build-fingerprint.ts). */
export const bodyKey = (version: string, body: string, lang: Lang) => createHash('sha256').update(`${version}\n${lang}\n`).update(body).digest('base64url');

const renderedDir = (root: string) => join(root, '.cache', 'rendered');
const dirOf = (root: string, collection: string) => join(renderedDir(root), collection);
// Ids are file names, or "fr/slug" for translations: a folder per language, as in content/.
const fileOf = (root: string, collection: string, id: string) => join(dirOf(root, collection), `${id}.json`);
const indexOf = (root: string, collection: string) => join(dirOf(root, collection), 'index.json');

function readIndex(root: string, collection: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(indexOf(root, collection), 'utf8')) as Record<string, string>;
  } catch {
    // No index yet (a first build) or an unreadable one: every body is rendered afresh.
    return {};
  }
}

/** One collection's bodies as the loader keeps them: which key each was rendered from. */
export class RenderedBodies {
  readonly #root: string;
  readonly #collection: string;
  readonly #keys: Map<string, string>;

  constructor(root: string, collection: string) {
    this.#root = root;
    this.#collection = collection;
    this.#keys = new Map(Object.entries(readIndex(root, collection)));
  }

  /** Whether the body of `id` is on disk as rendered from `key`. */
  has(id: string, key: string): boolean {
    return this.#keys.get(id) === key && existsSync(fileOf(this.#root, this.#collection, id));
  }

  write(id: string, key: string, rendered: RenderedBody): void {
    const file = fileOf(this.#root, this.#collection, id);
    withWritePath(file, () => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(rendered));
    });
    this.#keys.set(id, key);
  }

  /** Forgets every body but those of `ids` (deleting their files), then saves the index. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of [...this.#keys.keys()]) {
      if (ids.has(id)) continue;
      rmSync(fileOf(this.#root, this.#collection, id), { force: true });
      this.#keys.delete(id);
    }
    const index = indexOf(this.#root, this.#collection);
    // A collection without bodies (countries, people...) gets no folder at all.
    if (this.#keys.size === 0 && !existsSync(index)) return;
    withWritePath(index, () => {
      mkdirSync(dirname(index), { recursive: true });
      writeFileSync(index, JSON.stringify(Object.fromEntries(this.#keys)));
    });
  }
}

/** The key of every body any collection holds rendered (a body whose file is gone since is rendered by its loader). */
export function renderedBodyKeys(root: string): Set<string> {
  const collections = existsSync(renderedDir(root)) ? readdirSync(renderedDir(root)) : [];
  return new Set(collections.flatMap((collection) => Object.values(readIndex(root, collection))));
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
