/** Reading a failed write out of Node's wording and errors (src/build/write-failure.ts). */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withWritePath, writeFailureIn, writeFailureMessage, writeFailureOf } from '../../src/build/write-failure.ts';

describe('a failed write', () => {
  it('is read from Node’s wording, with its path when Node gives one', () => {
    expect(writeFailureIn("EPERM: operation not permitted, mkdir '/site/dist/fr/404/'\n  Location: …")).toEqual({ code: 'EPERM', path: '/site/dist/fr/404/' });
    expect(writeFailureIn('ENOSPC: no space left on device, write')).toEqual({ code: 'ENOSPC' });
    expect(writeFailureIn("EROFS: read-only file system, rename '/c/a.tmp' -> '/c/a.png'")).toEqual({ code: 'EROFS', path: '/c/a.tmp' });
    // Other errors, and a code merely mentioned in prose, are not write failures.
    expect(writeFailureIn("ENOENT: no such file or directory, open '/x'")).toBeUndefined();
    expect(writeFailureIn('the build saw ENOSPC once')).toBeUndefined();
  });

  it('is found behind the errors that wrap it', () => {
    const cause = Object.assign(new Error('EDQUOT: disk quota exceeded, write'), { code: 'EDQUOT', path: '/c/x.png' });
    expect(writeFailureOf(new Error('Could not store a share card', { cause }))).toEqual({ code: 'EDQUOT', path: '/c/x.png' });
    expect(writeFailureOf(new Error('unrelated'))).toBeUndefined();
  });

  it('gets the path Node left out, so the message names the file', () => {
    let thrown: unknown;
    try {
      withWritePath('/site/.cache/rendered/a.json', () => writeFileSync('/dev/full', 'x'));
    } catch (error) {
      thrown = error;
    }
    const failure = writeFailureIn((thrown as Error).message)!;
    expect(writeFailureMessage(failure, '/site/dist')).toBe('Cannot write to /site/.cache/rendered/a.json: the disk is full. Free some space (delete old builds or .cache/), then build again.');
    expect(writeFailureMessage({ code: 'EROFS' }, '/site/dist')).toMatch(/^Cannot write to \/site\/dist: it is on a read-only file system\./);
  });
});
