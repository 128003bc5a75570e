/**
 * `npm run build`: Astro, then the Pagefind search index, as one build holding the folder's build
 * lock throughout (src/build/build-lock.ts), so that a second build started meanwhile refuses
 * instead of mixing its pages and search index with this one's.
 */
import { spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';
import { acquireBuildLock } from '../src/build/build-lock.ts';
import { writeFailureMessage, type WriteFailureCode } from '../src/build/write-failure.ts';

const root = process.cwd();
const lock = acquireBuildLock(root);
if ('problem' in lock) {
  console.error(`\n${lock.problem}\n`);
  process.exit(1);
}
const env = { ...process.env, BUILD_LOCK_PID: String(process.pid) };
const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit', env }).status ?? 1;
let status = run('node_modules/astro/bin/astro.mjs', ['build']);
if (status === 0) status = searchIndex();
lock.release();
process.exit(status);

/**
 * Pagefind writes dist/pagefind/. When it cannot (the disk fills), it panics with a Rust backtrace
 * that names neither the folder nor what to do: its error output is held back, and a write
 * failure in it ("Os { code: 28, ... }") is said in plain words instead, as Astro's are
 * (src/build/write-failure.ts).
 */
function searchIndex(): number {
  const out = join(root, 'dist', 'pagefind');
  const result = spawnSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'], env, encoding: 'utf8' });
  if (result.status === 0) {
    process.stderr.write(result.stderr);
    return 0;
  }
  const errno = Number(/\bOs \{ code: (\d+)/.exec(result.stderr)?.[1]);
  const code = Object.entries(constants.errno).find(([, value]) => value === errno)?.[0];
  if (code && ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EEXIST'].includes(code)) {
    console.error(`\n${writeFailureMessage({ code: code as WriteFailureCode }, out)}\n`);
  } else {
    process.stderr.write(result.stderr);
  }
  return result.status ?? 1;
}
