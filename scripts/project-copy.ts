/**
 * A copy of the project that builds on its own, for the benchmark's fresh sites and for the test
 * that a warm build equals a cold one: the files a build reads, copied, and a node_modules/ of its
 * own whose entries link to the real project's packages. The folder itself is not a link because
 * Astro and Vite keep their caches inside it (node_modules/.astro holds the content layer's data
 * store, node_modules/.vite Vite's): a shared one would mix one copy's cache with another's and
 * with the real project's.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads besides content/ (which each copy gets its own of) and node_modules/. */
export const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;
/** Caches that live under node_modules/: each copy gets its own, so runs neither share nor clobber them. */
const LOCAL_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * Copies `from`'s build files into `dir` (as committed at `gitRevision`, read with git archive
 * without touching the working tree, or as they are now), with a node_modules/ of links.
 */
export function copyProject(from: string, dir: string, gitRevision?: string): void {
  mkdirSync(dir, { recursive: true });
  if (gitRevision) {
    const archive = execFileSync('git', ['archive', '--format=tar', gitRevision, '--', ...PROJECT_FILES.filter((entry) => existsSync(join(from, entry)))], { cwd: from, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  } else {
    for (const entry of PROJECT_FILES) {
      if (existsSync(join(from, entry))) cpSync(join(from, entry), join(dir, entry), { recursive: true });
    }
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(from, 'node_modules'))) {
    if (!LOCAL_CACHES.has(entry)) symlinkSync(join(from, 'node_modules', entry), join(modules, entry));
  }
}
