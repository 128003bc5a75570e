/**
 * Before `astro build` does anything: one build of this folder at a time (lib/build/build-lock.ts),
 * and the places it writes (dist/, .cache/) are writable, each problem said in plain words with
 * the path and what to do, and no stack trace; and a write that fails later in the build (the disk
 * fills up) ends it the same way (lib/build/write-failure.ts). `npm run build` (scripts/build.ts) already holds the
 * lock for Astro and Pagefind together and says so in BUILD_LOCK_PID.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireBuildLock, lockHolder } from '../build-lock.ts';
import { unwritableFolders } from '../writable.ts';
import { endBuildOnWriteFailure } from '../write-failure.ts';

export function buildGuard(): AstroIntegration {
  let release: (() => void) | undefined;
  const stop = (message: string): never => {
    console.error(`\n${message}\n`);
    process.exit(1);
  };
  return {
    name: 'build-guard',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        // From here on, a write that fails mid-build (the disk fills) ends it with a plain message too.
        endBuildOnWriteFailure(fileURLToPath(config.outDir));
        const problems = unwritableFolders([fileURLToPath(config.outDir), join(root, '.cache')]);
        if (problems.length > 0) stop(problems.join('\n'));
        const heldBy = Number(process.env.BUILD_LOCK_PID);
        if (heldBy && lockHolder(root)?.pid === heldBy) return;
        const lock = acquireBuildLock(root);
        if ('problem' in lock) stop(lock.problem);
        else {
          release = lock.release;
          process.once('exit', () => release?.());
        }
      },
      'astro:build:done': () => {
        release?.();
        release = undefined;
      },
    },
  };
}
