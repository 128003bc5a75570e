// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { markdownProcessor } from './src/lib/markdown/processor.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { DEFAULT_SITE_URL } from './src/consts.ts';

// No telemetry: the site makes no call home, at build time either (Astro reads this variable
// whenever it would send an event, which happens after the config is loaded).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// The public address the site is deployed at; canonical links and share cards use it.
const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // GFM through the unified processor (see src/lib/markdown/processor.ts). No code blocks on this
  // site, and Shiki's inline styles would break the CSP, so no syntax highlighting.
  markdown: { processor: markdownProcessor(), syntaxHighlight: false },
  // Every page carries a Content-Security-Policy with hashes of its own scripts and styles, so no
  // inline script or style="" can ever slip in.
  // Site search (Pagefind) runs a WebAssembly module, which CSP allows only with 'wasm-unsafe-eval'.
  security: { csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  integrations: [
    contentGuard(),
    // The embed page is for iframes and the 404 is not a page to find: neither belongs in search results.
    sitemap({ filter: (page) => !page.includes('/embed/') && !page.endsWith('/404/') }),
  ],
  // Leaflet's stylesheet names icons this site never shows (layer switcher, default marker); as
  // separate files they are never downloaded, inlined they would weigh on every map page.
  vite: { build: { assetsInlineLimit: 0 } },
});
