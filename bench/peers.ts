/**
 * The same generated articles built by two peers, for the scale benchmark's comparison
 * (`scale.peers` in bench/results.json): vanilla Astro 7 with remark-gfm (the project's own
 * Markdown engine, through the same unified processor, and nothing else: no checks, cards, maps,
 * translations of the interface or search) and Eleventy 3 (markdown-it with footnotes). Each
 * builds one page per article file, in every language, footnotes included, in a temporary project
 * whose node_modules/ links to this project's packages (scripts/project-copy.ts says why it is not
 * one link).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtHtmlFiles } from '../src/build/integrations/built-pages.ts';

export interface PeerResult {
  coldSeconds: number;
  /** .html files written: one per article file. */
  pages: number;
}

/** The article files of a generated content/ folder, by language folder: en, fr, ht. */
function copyArticles(content: string, to: string): void {
  cpSync(join(content, 'articles'), join(to, 'en'), { recursive: true });
  for (const lang of readdirSync(join(content, 'translations'))) {
    const articles = join(content, 'translations', lang, 'articles');
    try {
      cpSync(articles, join(to, lang), { recursive: true });
    } catch {
      // A language without articles: nothing to copy.
    }
  }
}

function linkPackages(projectRoot: string, dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!entry.startsWith('.')) symlinkSync(join(projectRoot, 'node_modules', entry), join(modules, entry));
  }
}

function run(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed in ${cwd} (exit ${code}):\n${errors.slice(-4000)}`))));
  });
}

async function timed(dir: string, args: string[], output: string): Promise<PeerResult> {
  const started = performance.now();
  await run(dir, args);
  return { coldSeconds: (performance.now() - started) / 1000, pages: builtHtmlFiles(join(dir, output)).length };
}

/** Vanilla Astro 7: a glob() collection of the articles and one page per entry, remark-gfm through unified(). */
export function buildVanillaAstro(projectRoot: string, content: string, dir: string): Promise<PeerResult> {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  copyArticles(content, join(dir, 'articles'));
  linkPackages(projectRoot, dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'vanilla-astro-peer', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
export default defineConfig({ markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) } });
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: './articles' }) }) };
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={entry.id.split('/')[0]}><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
  return timed(dir, ['node_modules/astro/bin/astro.mjs', 'build'], 'dist');
}

/** Eleventy 3: the article files as Markdown templates (markdown-it with footnotes) in one layout. */
export function buildEleventy(projectRoot: string, content: string, dir: string): Promise<PeerResult> {
  mkdirSync(join(dir, '_includes'), { recursive: true });
  copyArticles(content, join(dir, 'articles'));
  linkPackages(projectRoot, dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'eleventy-peer', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'eleventy.config.mjs'),
    `import footnote from 'markdown-it-footnote';
export default function (config) {
  config.amendLibrary('md', (md) => md.use(footnote));
  config.addGlobalData('layout', 'page.njk');
  return { dir: { input: 'articles', includes: '../_includes', output: '_site' }, markdownTemplateEngine: false };
}
`,
  );
  writeFileSync(join(dir, '_includes', 'page.njk'), '<html><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n');
  return timed(dir, ['node_modules/@11ty/eleventy/cmd.cjs', '--quiet'], '_site');
}
