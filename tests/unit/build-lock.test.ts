/**
 * One build of a folder at a time (src/build/build-lock.ts), and a build that cannot write
 * says where and what to do (src/build/writable.ts).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireBuildLock, lockPath } from '../../src/build/build-lock.ts';
import { unwritableFolders, writeProblem } from '../../src/build/writable.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
  made.push(dir);
  return dir;
};

describe('the build lock', () => {
  it('refuses a second build while the first runs, naming its process and the lock file', () => {
    const root = folder();
    const first = acquireBuildLock(root);
    expect('release' in first).toBe(true);
    const second = acquireBuildLock(root, process.pid + 1);
    expect(second).toEqual({ problem: expect.stringMatching(new RegExp(`^Another build of this folder is running \\(process ${process.pid}, .*delete \\.cache/build\\.lock\\.$`)) });
    if ('release' in first) first.release();
    expect(existsSync(lockPath(root))).toBe(false);
    const third = acquireBuildLock(root);
    expect('release' in third).toBe(true);
    if ('release' in third) third.release();
  });

  it('takes over a lock whose build is gone', async () => {
    const root = folder();
    // A process that has exited: its id is free (and not reused this quickly).
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid!;
    await new Promise((resolve) => child.once('exit', resolve));
    mkdirSync(join(root, '.cache'));
    writeFileSync(lockPath(root), JSON.stringify({ pid, host: hostname(), started: '2026-01-01T00:00:00Z' }));
    const lock = acquireBuildLock(root);
    expect('release' in lock, JSON.stringify(lock)).toBe(true);
    if ('release' in lock) lock.release();
  });
});

describe('folders a build cannot write', () => {
  it('names the path and says what to do', () => {
    expect(writeProblem('/x/dist', Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toBe('Cannot write to /x/dist: the disk is full. Free some space (delete old builds or .cache/), then build again.');
    expect(writeProblem('/x/.cache', Object.assign(new Error('ro'), { code: 'EROFS' }))).toMatch(/^Cannot write to \/x\/\.cache: it is on a read-only file system\./);
  });
  it('finds a folder it cannot write into', () => {
    const root = folder();
    const blocked = join(root, 'file-not-folder');
    writeFileSync(blocked, '');
    expect(unwritableFolders([join(root, 'dist'), blocked])).toEqual([expect.stringMatching(/^Cannot write to .*file-not-folder: a file stands where a folder should be/)]);
    if (process.getuid?.() !== 0) {
      const readOnly = join(root, 'ro');
      mkdirSync(readOnly);
      chmodSync(readOnly, 0o500);
      expect(unwritableFolders([readOnly])[0]).toMatch(/no permission/);
    }
  });
});
