/**
 * A build that cannot write partway through (the disk fills, a cache folder is in the way) ends
 * with one plain message naming the path and what to do, a non-zero exit and no stack trace
 * (src/build/write-failure.ts), wherever in the build the write fails. The faults are real
 * ones, injected into a copy of the project: /dev/full, which refuses every write with ENOSPC as
 * a full disk does, stands in for a rendered article body in .cache/; a file stands where the
 * share-card cache's folder should be. Both only appear once the build is under way, after the
 * check of dist/ and .cache/ that runs before it starts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/project-copy.ts';
import { projectRoot } from '../support/paths.ts';

const copy = mkdtempSync(join(tmpdir(), 'write-failure-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
beforeAll(() => {
  copyProject(projectRoot, copy);
  cpSync(join(projectRoot, 'content'), join(copy, 'content'), { recursive: true });
});

function build(args: string[]) {
  const run = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SHARE_CARD_CACHE_DIR: '' } });
  return { status: run.status, output: run.stdout + run.stderr };
}
const NO_TRACE = /Stack trace|^\s+at |node:internal|\.ts:\d+:\d+/m;

describe.runIf(existsSync('/dev/full'))('a build that cannot write partway through', () => {
  it('names the file when the disk fills while the content is synced (npm run build)', () => {
    rmSync(join(copy, '.cache'), { recursive: true, force: true });
    const article = readdirSync(join(copy, 'content/articles')).find((name) => name.endsWith('.md'))!.replace(/\.md$/, '');
    const body = join(copy, '.cache/rendered/articles', `${article}.json`);
    mkdirSync(join(copy, '.cache/rendered/articles'), { recursive: true });
    symlinkSync('/dev/full', body);
    const { status, output } = build([join(projectRoot, 'scripts/build.ts')]);
    expect(status, output).toBe(1);
    expect(output).toContain(`Cannot write to ${body}: the disk is full. Free some space (delete old builds or .cache/), then build again.`);
    expect(output).not.toMatch(NO_TRACE);
    expect(existsSync(join(copy, 'dist/index.html'))).toBe(false);
  }, 120_000);

  it('names the folder when a file stands in the share-card cache’s place while pages are made (astro build)', () => {
    // The content check's answers from the first build stay (a warm check: the test is quicker).
    rmSync(join(copy, '.cache/rendered'), { recursive: true, force: true });
    mkdirSync(join(copy, '.cache'), { recursive: true });
    writeFileSync(join(copy, '.cache/share-cards'), 'not a folder');
    const { status, output } = build(['node_modules/astro/bin/astro.mjs', 'build']);
    expect(status, output).toBe(1);
    // Under way: the content was checked and synced before the failure.
    expect(output).toContain('Synced content');
    expect(output).toContain(`Cannot write to ${join(copy, '.cache/share-cards')}: a file stands where a folder should be. Delete that file, then build again.`);
    expect(output).not.toMatch(NO_TRACE);
  }, 120_000);
});
