/** The one fingerprint every build cache is keyed on (src/build/build-fingerprint.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFingerprint, FINGERPRINTED_PATHS } from '../../src/build/build-fingerprint.ts';

const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('buildFingerprint', () => {
  mkdirSync(join(root, 'src', 'lib'), { recursive: true });
  for (const file of ['package-lock.json', 'package.json', 'astro.config.mjs', 'tsconfig.json']) writeFileSync(join(root, file), '{}');
  writeFileSync(join(root, 'src', 'lib', 'format.ts'), 'export const WORDS_A_MINUTE = 200;');

  it('is the same for the same files, so an unchanged tree keeps its caches', () => {
    expect(buildFingerprint(root)).toBe(buildFingerprint(root));
  });

  it.each(FINGERPRINTED_PATHS.map((path) => [path]))('changes when %s changes', (path) => {
    const before = buildFingerprint(root);
    const file = path === 'src' ? join(root, 'src', 'lib', 'format.ts') : join(root, path);
    writeFileSync(file, `${path} changed ${Math.random()}`);
    expect(buildFingerprint(root)).not.toBe(before);
  });

  it('counts a missing file as absent (a copy without a lock file still builds), and its arrival as a change', () => {
    rmSync(join(root, 'package-lock.json'));
    const without = buildFingerprint(root);
    writeFileSync(join(root, 'package-lock.json'), '{}');
    expect(buildFingerprint(root)).not.toBe(without);
  });

  it('changes when a file is added anywhere under src/', () => {
    const before = buildFingerprint(root);
    mkdirSync(join(root, 'src', 'lib', 'schemas'));
    writeFileSync(join(root, 'src', 'lib', 'schemas', 'country.ts'), 'export {};');
    expect(buildFingerprint(root)).not.toBe(before);
  });
});
