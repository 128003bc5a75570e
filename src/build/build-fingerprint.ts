/**
 * One fingerprint of the code a build runs: the lock file (every installed package's version, so
 * upgrading a Markdown plugin counts), package.json, the Astro and TypeScript configs, and all of
 * src/ (the build's own code and everything it imports: schemas, the figure check, formatters,
 * dictionaries, plugins' settings). Every cache the build keeps is keyed on it together with what
 * it caches (an entry's text, a card's drawing): the rendered Markdown bodies, the Markdown check's
 * answers, Astro's data store entries and the share cards. A change to any of those files makes
 * the next build render everything afresh, so a warm build can only ever publish what a cold build
 * of the same tree would (tests/content/warm-equals-cold.test.ts holds it to that).
 *
 * All of src/ rather than the exact import graph of each cache: a superset can cost a cold build
 * after an unrelated code edit, but can never miss a file that matters.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sourceVersion } from './source-version.ts';

export const FINGERPRINTED_PATHS = ['package-lock.json', 'package.json', 'astro.config.mjs', 'tsconfig.json', 'src'] as const;

export function buildFingerprint(root: string): string {
  // A file a project may lack (a copy without a lock file) counts as absent, not as an error.
  const present = FINGERPRINTED_PATHS.filter((path) => existsSync(join(root, path)));
  return `${sourceVersion(root, present)}:${present.length}`;
}

const SHARED = Symbol.for('haiti-mission-explainer/build-fingerprint');
const shared = globalThis as { [SHARED]?: { root: string; fingerprint: string } };

/**
 * The root and fingerprint of the build under way, recorded once by the content guard (which knows
 * the project's root) for code that runs inside the bundled build and cannot find the root itself:
 * the share cards, their cache key and their worker's file. Outside a build (unit tests) they are
 * worked out from the working directory.
 */
export function recordBuildFingerprint(root: string): string {
  shared[SHARED] = { root, fingerprint: buildFingerprint(root) };
  return shared[SHARED].fingerprint;
}

function currentBuild(): { root: string; fingerprint: string } {
  return (shared[SHARED] ??= { root: process.cwd(), fingerprint: buildFingerprint(process.cwd()) });
}

export const currentBuildFingerprint = (): string => currentBuild().fingerprint;
export const currentBuildRoot = (): string => currentBuild().root;
