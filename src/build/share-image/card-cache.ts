/**
 * Drawn share cards on disk, one `<key>.png` per card (key: cache-key.ts), kept between builds so
 * a card whose content has not changed is never drawn again.
 *
 * Where: `<project root>/.cache/share-cards/`, or the directory in SHARE_CARD_CACHE_DIR (a CI cache
 * path, say). The project root is the working directory: every script runs Astro from there.
 *
 * Safe to interrupt: a card is written to a temporary file and renamed into place, so a `.png` in
 * the directory is always whole. Safe to delete at any time: cards are drawn again.
 *
 * Bounded: a build keeps only the cards it uses (prune), so the directory holds one site's cards.
 * (`astro dev` only adds cards; the next build trims them.)
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { namePathOf } from '../write-failure.ts';

/** A temporary file older than this belongs to a build that was interrupted, not to one running now. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export function shareCardCacheDir(): string {
  return process.env['SHARE_CARD_CACHE_DIR'] || join(process.cwd(), '.cache', 'share-cards');
}

export class CardCache {
  readonly dir: string;
  #made = false;
  #written = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  path(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  /** The card's PNG, or undefined when it is not in the cache. */
  async read(key: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
    try {
      return new Uint8Array(await readFile(this.path(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async write(key: string, png: Uint8Array): Promise<void> {
    if (!this.#made) {
      await mkdir(this.dir, { recursive: true }).catch((error: unknown) => namePathOf(error, this.dir));
      this.#made = true;
    }
    // Unique per process, thread and write, so two builds sharing the directory never mix files.
    const temp = join(this.dir, `${key}.${process.pid}-${threadId}-${++this.#written}.tmp`);
    try {
      await writeFile(temp, png);
      await rename(temp, this.path(key));
    } catch (error) {
      await rm(temp, { force: true });
      // A write that fills the disk names no file: name it, so the build's message can (build/write-failure.ts).
      if (!(error as NodeJS.ErrnoException).path) (error as NodeJS.ErrnoException).message += ` '${temp}'`;
      throw new Error(`Could not store a share card in ${this.dir} (set SHARE_CARD_CACHE_DIR to a writable directory): ${(error as Error).message}`, { cause: error });
    }
  }

  /** Deletes every card not in `keep`, and temporary files left by interrupted builds. Returns how many cards went. */
  async prune(keep: ReadonlySet<string>): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    let removed = 0;
    await Promise.all(
      names.map(async (name) => {
        const file = join(this.dir, name);
        if (name.endsWith('.png') && !keep.has(name.slice(0, -'.png'.length))) {
          await rm(file, { force: true });
          removed++;
        } else if (name.endsWith('.tmp')) {
          const age = Date.now() - (await stat(file).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
          if (age > STALE_TEMP_MS) await rm(file, { force: true });
        }
      }),
    );
    return removed;
  }
}
