/**
 * `npm run build`: Astro, then the Pagefind search index, as one build holding the folder's build
 * lock throughout (src/lib/build/build-lock.ts), so that a second build started meanwhile refuses
 * instead of mixing its pages and search index with this one's.
 */
import { spawnSync } from 'node:child_process';
import { acquireBuildLock } from '../src/lib/build/build-lock.ts';

const root = process.cwd();
const lock = acquireBuildLock(root);
if ('problem' in lock) {
  console.error(`\n${lock.problem}\n`);
  process.exit(1);
}
const env = { ...process.env, BUILD_LOCK_PID: String(process.pid) };
const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit', env }).status ?? 1;
let status = run('node_modules/astro/bin/astro.mjs', ['build']);
if (status === 0) status = run('node_modules/pagefind/lib/runner/bin.cjs', ['--site', 'dist']);
lock.release();
process.exit(status);
