/** Builds dist/ the way `npm run build` does: Astro, then the Pagefind search index. */
import { execFileSync } from 'node:child_process';
import { projectRoot } from './paths.ts';

export function buildSite(): void {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = (script: string, args: string[]) =>
    execFileSync(process.execPath, [script, ...args], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'], env });
  run('node_modules/astro/bin/astro.mjs', ['build']);
  run('node_modules/pagefind/lib/runner/bin.cjs', ['--site', 'dist']);
}
