/**
 * Stops `astro build` (and dev, and check) before anything renders when content/ has a mistake,
 * with one message naming every file and field at fault. Astro's own schema errors stop at the
 * first file and its broken references only log, so this runs first and checks across files.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { assertContentValid } from '../lib/content-check/index.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        assertContentValid(fileURLToPath(config.root));
        logger.info('content/ checked: no problems found');
      },
    },
  };
}
