/**
 * After the build: writes the hashes of every inlined stylesheet into dist/_headers (see
 * src/build/style-hashes.ts), so the header policy allows exactly the styles the pages carry.
 */
import type { AstroIntegration } from 'astro';
import { builtHtmlFiles } from './built-pages.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addStyleHashes, metaStyleHashes } from '../style-hashes.ts';

export function styleHashesInHeaders(): AstroIntegration {
  return {
    name: 'style-hashes-in-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const headersPath = join(out, '_headers');
        if (!existsSync(headersPath)) return;
        const hashes = new Set(builtHtmlFiles(out).flatMap((file) => metaStyleHashes(readFileSync(file, 'utf8'))));
        writeFileSync(headersPath, addStyleHashes(readFileSync(headersPath, 'utf8'), hashes));
        // Printed whole, for hosts configured by hand (nginx, CloudFront: see the README).
        logger.info(`_headers: the ${hashes.size} inlined stylesheets allowed by style-src 'self' ${[...hashes].sort().join(' ')}`);
      },
    },
  };
}
