/**
 * Builds the production site into dist/ once before the tests that read it. Set SKIP_BUILD=1 to
 * test an existing dist/ (for example right after `npm start`).
 */
import { execFileSync } from 'node:child_process';
import { projectRoot } from './paths.ts';

export default function setup() {
  if (process.env['SKIP_BUILD'] === '1') return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
