/**
 * One build of a folder at a time. Two builds writing one dist/ at once both "succeed" with a
 * mixed result (duplicated preload links, a search index of the other build's pages), so a build
 * takes .cache/build.lock, holding its process id, and a second build refuses with a message
 * saying which process holds it. A lock left by a build that died (its process is gone) is taken
 * over. `npm run build` (scripts/build.ts) holds the lock over Astro and Pagefind both; a bare
 * `astro build` takes it for itself (src/build/integrations/build-guard.ts).
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { writeProblem } from './writable.ts';

export const lockPath = (root: string) => join(root, '.cache', 'build.lock');

interface LockRecord {
  pid: number;
  host: string;
  started: string;
}

/** Whether a process with this id is running (on this machine). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockRecord>;
    return typeof record.pid === 'number' && typeof record.host === 'string' ? (record as LockRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Whoever holds the lock now, if anyone alive does. */
export function lockHolder(root: string): LockRecord | undefined {
  const record = readLock(lockPath(root));
  return record && record.host === hostname() && running(record.pid) ? record : undefined;
}

export type LockResult = { release: () => void } | { problem: string };

/** Takes the lock for process `pid` (default: this one), or says why not in plain words. */
export function acquireBuildLock(root: string, pid = process.pid): LockResult {
  const path = lockPath(root);
  const shown = relative(root, path);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    return { problem: writeProblem(dirname(path), error) };
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify({ pid, host: hostname(), started: new Date().toISOString() } satisfies LockRecord));
      } finally {
        closeSync(fd);
      }
      return {
        release: () => {
          // Only our own lock: never one another build took over after ours was thought stale.
          if (readLock(path)?.pid === pid) unlinkSync(path);
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return { problem: writeProblem(dirname(path), error) };
    }
    const record = readLock(path);
    if (record && record.host === hostname() && running(record.pid)) {
      return {
        problem: `Another build of this folder is running (process ${record.pid}, started ${record.started}). Wait for it to finish, then build again. Two builds at once would mix their files in dist/. If no build is running, delete ${shown}.`,
      };
    }
    if (!record) {
      // Being written this very moment by another build: a lock younger than 10 s is held.
      try {
        if (Date.now() - statSync(path).mtimeMs < 10_000) return { problem: `Another build of this folder is starting (${shown} was just created). Wait for it to finish, then build again.` };
      } catch {
        continue;
      }
    }
    // Stale: the build that held it is gone. Take it over.
    try {
      unlinkSync(path);
    } catch {
      // Another build removed it first; try again.
    }
  }
  return { problem: `Could not take ${shown}: other builds keep taking it. Wait for them to finish, then build again.` };
}
