/** After the build: bundles the host page's optional resize script (src/client/embed/resize-host.ts) into dist/embed/resize.js. */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

export function embedResizeScript(): AstroIntegration {
  return {
    name: 'embed-resize-script',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'embed');
        const result = await build({ input: fileURLToPath(new URL('../../client/embed/resize-host.ts', import.meta.url)), write: false, output: { format: 'iife', minify: true } });
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'resize.js'), `// The map's resize script for host pages: see src/client/embed/resize-host.ts\n${result.output[0].code}`);
        logger.info(`embed/resize.js: ${result.output[0].code.length} bytes`);
      },
    },
  };
}
