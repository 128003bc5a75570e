// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentGuard } from './src/integrations/content-guard.ts';

// The public address the site is deployed at; canonical links and share cards use it.
const site = process.env.SITE_URL ?? 'https://haiti-mission.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default Markdown processor ignores remark plugins; the unified one runs remark-gfm
  // (tables, footnotes) the same way on every machine.
  // No code blocks on this site, and Shiki's inline styles would break the CSP.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  // Every page carries a Content-Security-Policy with hashes of its own scripts and styles, so no
  // inline script or style="" can ever slip in.
  security: { csp: true },
  integrations: [contentGuard()],
});
