/**
 * What a page makes the browser download, worked out from dist/ alone: the HTML, its stylesheets,
 * icon and scripts, every chunk those scripts import (statically or dynamically), and the data
 * files the map fetches. Sizes are gzip at level 9, as a CDN would send them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { distDir } from './paths.ts';

export interface Weight {
  files: { path: string; gzip: number }[];
  total: number;
}

const gzipSize = (path: string) => gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length;

/** Every JS file a script pulls in, following `import ... from "./x.js"` and `import("./x.js")`. */
export function scriptGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(join(distDir, path))) return;
    seen.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const match of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'`](\.{1,2}\/[^"'`]+\.(?:js|css))["'`]/g)) {
      visit(new URL(match[1]!, `http://x${dir}`).pathname);
    }
    // Vite lists a dynamic import's chunks and styles by their path from the site root, with or
    // without its leading slash (a `?url` import, such as Leaflet's stylesheet, keeps it).
    for (const match of code.matchAll(/["'`]\/?(_astro\/[^"'`]+\.(?:js|css))["'`]/g)) visit(`/${match[1]}`);
  };
  visit(entry);
  return [...seen];
}

export function pageWeight(pagePath: string, extra: string[] = []): Weight {
  const htmlFile = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
  const dom = parse(readFileSync(join(distDir, htmlFile), 'utf8'));
  const paths = new Set<string>([htmlFile]);
  // Preloaded scripts and data (the map pages name them in their head) are downloaded at once too.
  for (const link of dom.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"], link[rel="preload"]')) paths.add(link.getAttribute('href')!);
  // A browser fetches one of the icons a page offers: the first (the SVG, which Chromium takes).
  const icon = dom.querySelector('link[rel="icon"]')?.getAttribute('href');
  if (icon) paths.add(icon);
  for (const script of dom.querySelectorAll('script[src]')) scriptGraph(script.getAttribute('src')!).forEach((p) => paths.add(p));
  extra.forEach((p) => paths.add(p));
  const files = [...paths].map((path) => ({ path, gzip: gzipSize(path) }));
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}
