/** Reading the built site: every page in dist/, parsed. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './paths.ts';

export interface BuiltPage {
  /** URL path, e.g. "/countries/belize/". */
  path: string;
  file: string;
  html: string;
  dom: HTMLElement;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

let cache: BuiltPage[] | undefined;

/** Every HTML file in dist/ with the URL path it is served at (read and parsed once). */
export function builtPages(): BuiltPage[] {
  cache ??= [...walk(distDir)]
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(distDir, file).split('\\').join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, dom: parse(html) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  return cache;
}

export function builtPage(path: string): BuiltPage {
  const page = builtPages().find((p) => p.path === path);
  if (!page) throw new Error(`No built page at ${path}`);
  return page;
}
