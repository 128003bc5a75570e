import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

/**
 * `npm ci` re-resolves every dependency spec against the registry and refuses to install when
 * the lock file no longer satisfies it. A spec that names a dist-tag ("latest") is satisfied
 * only until the package publishes again: Lighthouse's trace engine asks for
 * `third-party-web@latest`, and CI broke the day 0.30.0 appeared. Each such dependency must be
 * pinned in package.json's `overrides`, so the locked version stays the one CI installs.
 */
interface LockedPackage {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(projectRoot, file), 'utf8'));

/** A dist-tag is a bare word; versions, ranges, aliases, URLs and paths all have a digit or a sign. */
const isDistTag = (spec: string): boolean => /^[A-Za-z][\w.-]*$/.test(spec) && !/^[xX]$/.test(spec);

describe('package-lock.json', () => {
  const lock = readJson('package-lock.json') as { packages: Record<string, LockedPackage> };
  const manifest = readJson('package.json') as { overrides?: Record<string, string> };
  const overrides = manifest.overrides ?? {};

  it('pins in overrides every dependency asked for by a dist-tag, so npm ci cannot drift from the lock', () => {
    const unpinned: string[] = [];
    for (const [where, locked] of Object.entries(lock.packages)) {
      const specs = { ...locked.dependencies, ...locked.optionalDependencies, ...locked.peerDependencies };
      for (const [name, spec] of Object.entries(specs)) {
        if (isDistTag(spec) && !(name in overrides)) unpinned.push(`${where || '(root)'} asks for ${name}@${spec}`);
      }
    }
    expect(unpinned).toEqual([]);
  });

  it('locks each overridden package at exactly the version its override pins', () => {
    for (const [name, version] of Object.entries(overrides)) {
      const locked = lock.packages[`node_modules/${name}`] as { version?: string } | undefined;
      expect(locked?.version, name).toBe(version);
    }
  });
});
