// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { MARKDOWN_SETTINGS, markdownProcessor } from './src/build/markdown/processor.ts';
import { buildGuard } from './src/build/integrations/build-guard.ts';
import { contentGuard } from './src/build/integrations/content-guard.ts';
import { styleHashesInHeaders } from './src/build/integrations/style-hashes.ts';
import { mapPreload } from './src/build/integrations/map-preload.ts';
import { shareCardsLast } from './src/build/integrations/share-cards-last.ts';
import { typesetting } from './src/build/integrations/typeset.ts';
import { offlineReading } from './src/build/integrations/offline.ts';
import { embedResizeScript } from './src/build/integrations/embed-resize.ts';
import { languageNotFoundPages } from './src/build/integrations/language-404.ts';
import { DEFAULT_SITE_URL } from './src/domain/consts.ts';
import { DEFAULT_LANG, LANGUAGE_INFO, LANGUAGES } from './src/i18n/languages.ts';

// No telemetry: the site makes no call home, at build time either (Astro reads this variable
// whenever it would send an event, which happens after the config is loaded).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// The public address the site is deployed at; canonical links and share cards use it.
const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Stylesheets inlined as <style> (about 4 KB gzip on most pages, 7 KB on the map's): the page
  // paints from its first response, with no render-blocking request. Astro hashes them into each
  // page's meta policy; the style-hashes integration writes the same hashes into dist/_headers.
  // Eight pages in flight at once: a warm build mostly waits on files (cached share cards read,
  // pages written), and the waits overlap. Measured on the 1,000-article site (npm run bench --
  // --scale): the pages and cards of a warm build took 16.4 s one at a time, 13.4 s four, 11.9 s eight.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  // GFM through the unified processor (see src/build/markdown/processor.ts). No code blocks on this
  // site, and Shiki's inline styles would break the CSP, so no syntax highlighting. Articles are
  // rendered by the content loader with their own language's processor; this one is English.
  markdown: { processor: markdownProcessor(DEFAULT_LANG), ...MARKDOWN_SETTINGS },
  // Every page carries a Content-Security-Policy with hashes of its own scripts and styles, so no
  // inline script or style="" can ever slip in. public/_headers sends the same policy as a real
  // header (plus frame-ancestors, which a meta tag cannot carry); tests/build/headers.test.ts keeps
  // the two in step.
  security: {
    csp: {
      directives: [
        // Nothing the site loads or talks to lives on another origin: no CDN, font host or tracker.
        "default-src 'self'",
        // data: only for Leaflet's 1x1 blank GIF (L.Util.emptyImageUrl); every real image is ours.
        "img-src 'self' data:",
        // The map's two JSON files and the search index, all from this site.
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        // The only form (search) submits to /search/ on this site.
        "form-action 'self'",
        // No page frames anything (the embed snippet on /map/ is text in a textarea).
        "frame-src 'none'",
        // The offline-reading service worker (/sw.js, src/client/sw/worker.ts), from this site only.
        "worker-src 'self'",
      ],
      // Site search (Pagefind) runs a WebAssembly module, which CSP allows only with 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    // First: one build of this folder at a time, and the places it writes are writable.
    buildGuard(),
    contentGuard(),
    styleHashesInHeaders(),
    mapPreload(),
    // French and Kreyòl typography over dist/fr and dist/ht, before Pagefind indexes them.
    typesetting(),
    shareCardsLast(),
    languageNotFoundPages(),
    embedResizeScript(),
    // After every integration that changes pages: it measures them and writes dist/sw.js.
    offlineReading(),
    // The embed page is for iframes and the 404 is not a page to find: neither belongs in search results.
    // Each page is listed with its other languages as alternates (hreflang), as the pages' heads do.
    sitemap({
      filter: (page) => !page.includes('/embed/') && !page.endsWith('/404/') && !page.endsWith('/offline/'),
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGUAGES.map((lang) => [lang, LANGUAGE_INFO[lang].tag])) },
    }),
  ],
  // Leaflet's stylesheet names icons this site never shows (layer switcher, default marker); as
  // separate files they are never downloaded, inlined they would weigh on every map page.
  vite: { build: { assetsInlineLimit: 0 } },
});
