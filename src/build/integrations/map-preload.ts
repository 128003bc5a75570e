/**
 * After the build: on the pages whose map is drawn at once (/map/ and /embed/map/, every
 * language), names in <head> every script chunk the map will load: its module, Leaflet and their
 * helpers (<link rel="modulepreload">). Without it the browser finds them one hop at a time (page
 * script, then the map module, then Leaflet), a round trip each; with it they all load in
 * parallel with the two data files (the basemap and the countries in the page's language), named
 * here too. Pages with a compact
 * map load it only when it nears the screen, so they get nothing here.
 */
import type { AstroIntegration } from 'astro';
import { builtHtmlFiles } from './built-pages.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASEMAP_URL } from '../../shared/map/data-paths.ts';
import { reachableChunks } from '../module-graph.ts';

/** The map's root carries data-mode="full" or "embed" on the pages that draw it at once. */
const DRAWN_AT_ONCE = /data-contributor-map[^>]*data-mode="(?:full|embed)"/;
const MODULE_SCRIPT = /<script type="module" src="\/_astro\/([\w.-]+\.js)"/g;

export function mapPreload(): AstroIntegration {
  return {
    name: 'map-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const chunks = join(out, '_astro');
        const read = (chunk: string) => {
          const path = join(chunks, chunk);
          return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        };
        let pages = 0;
        for (const file of builtHtmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          if (!DRAWN_AT_ONCE.test(html)) continue;
          const entries = [...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]!);
          const countries = /data-map-data="([^"]+)"/.exec(html)?.[1];
          // as="fetch" with crossorigin matches what fetch() asks for, so the preloaded copy is used.
          const data = [BASEMAP_URL, ...(countries ? [countries] : [])].map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin>`);
          const scripts = reachableChunks(entries, read).map((chunk) => `<link rel="modulepreload" href="/_astro/${chunk}">`);
          const links = [...scripts, ...data];
          writeFileSync(file, html.replace('</head>', `${links.join('')}</head>`));
          pages++;
        }
        logger.info(`script and data preloads added to ${pages} map pages`);
      },
    },
  };
}
