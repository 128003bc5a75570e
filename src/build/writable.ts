/**
 * A build writes to dist/ and to the caches under .cache/. When it cannot (a full disk, a
 * read-only file system, no permission), the editor needs the path and what to do, not a stack
 * trace from deep inside Astro: the build checks the places it writes before it starts.
 */
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What went wrong writing to `path`, in plain words with what to do. */
export function writeProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOSPC':
      return `Cannot write to ${path}: the disk is full. Free some space (delete old builds or .cache/), then build again.`;
    case 'EDQUOT':
      return `Cannot write to ${path}: your disk quota is used up. Free some of your space (delete old builds or .cache/) or ask for a larger quota, then build again.`;
    case 'EROFS':
      return `Cannot write to ${path}: it is on a read-only file system. Build in a writable copy of the project, or make ${path} writable.`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot write to ${path}: no permission. Make it writable by this user (or delete it so the build can make it again), then build again.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `Cannot write to ${path}: a file stands where a folder should be. Delete that file, then build again.`;
    default:
      return `Cannot write to ${path} (${code ?? (error as Error)?.message ?? 'unknown error'}). Check the disk and the folder's permissions, then build again.`;
  }
}

/** Problems writing a small file into each folder (made if missing); an empty list means all are writable. */
export function unwritableFolders(folders: readonly string[]): string[] {
  return folders.flatMap((folder) => {
    const probe = join(folder, `.write-check-${process.pid}`);
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(probe, 'ok');
      unlinkSync(probe);
      return [];
    } catch (error) {
      return [writeProblem(folder, error)];
    }
  });
}
