/**
 * After the build: makes the site readable offline (see src/client/sw/worker.ts).
 * 1. The build id: a hash of every built file, so the same content always gets the same id (a warm
 *    build equals a cold one) and any change gets a new one, which renames the worker's caches.
 * 2. Each language's list of files to save (src/build/offline/language-files.ts) with their sizes as
 *    sent gzipped, written to <lang>/data/offline-files.json; the total goes into the pages' "Save
 *    for offline reading (about N KB)" button in place of a placeholder.
 * 3. dist/sw.js: the worker bundled with the build id and each language's offline page written in.
 * Runs after the integrations that change pages (map preloads), so the sizes are the real ones.
 */
import { formatter } from '../../i18n/format.ts';
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';
import { LANGUAGES, localePath, splitLocale, type Lang } from '../../i18n/languages.ts';
import { reachableChunks } from '../module-graph.ts';
import { kilobytes, languageFiles, offlinePageFiles, type BuiltFile } from '../offline/language-files.ts';
import type { OfflineFileList } from '../../shared/offline/messages.ts';
import { BUILD_ID_PLACEHOLDER, OFFLINE_KB_PLACEHOLDER } from '../../shared/offline/placeholders.ts';
import { OFFLINE_FILES } from '../../shared/offline/strategy.ts';

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** URL path of a built file: "fr/map/index.html" → "/fr/map/". */
function urlPath(out: string, file: string): string {
  const rel = relative(out, file).split('\\').join('/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export function offlineReading(): AstroIntegration {
  return {
    name: 'offline-reading',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = [...walk(out)];
        const hash = createHash('sha256');
        for (const file of files) hash.update(relative(out, file)).update('\0').update(readFileSync(file)).update('\0');
        const buildId = hash.digest('hex').slice(0, 16);

        const pages: (BuiltFile & { file: string })[] = files.filter((f) => f.endsWith('.html')).map((file) => ({ file, path: urlPath(out, file), html: readFileSync(file, 'utf8') }));
        const readChunk = (name: string) => {
          const path = join(out, '_astro', name);
          return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        };
        const gzipBytes = (path: string) => {
          const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
          if (!existsSync(file)) throw new Error(`offline reading: ${path} is named by a page but was not built`);
          return gzipSync(readFileSync(file)).length;
        };

        // The sizes shown on the buttons are measured with the placeholders still in the pages (a
        // few bytes' difference); the lists carry the sizes of the finished files.
        const listFiles = (lang: Lang) => languageFiles(lang, pages, readChunk).map((path) => ({ path, bytes: gzipBytes(path) }));
        const total = (list: { bytes: number }[]) => list.reduce((sum, file) => sum + file.bytes, 0);
        const kb = Object.fromEntries(LANGUAGES.map((lang) => [lang, kilobytes(total(listFiles(lang)))])) as Record<Lang, number>;
        for (const page of pages) {
          const lang = splitLocale(page.path).lang;
          if (!page.html!.includes(OFFLINE_KB_PLACEHOLDER) && !page.html!.includes(BUILD_ID_PLACEHOLDER)) continue;
          writeFileSync(page.file, page.html!.replaceAll(OFFLINE_KB_PLACEHOLDER, formatter(lang).number(kb[lang])).replaceAll(BUILD_ID_PLACEHOLDER, buildId));
        }

        const offlinePages = {} as Record<Lang, string[]>;
        for (const lang of LANGUAGES) {
          const list = listFiles(lang);
          const body: OfflineFileList = { build: buildId, lang, bytes: total(list), files: list };
          const target = join(out, `.${localePath(lang, OFFLINE_FILES)}`);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, JSON.stringify(body));
          const own = offlinePageFiles(lang, pages);
          const chunks = reachableChunks(own.filter((p) => p.startsWith('/_astro/') && p.endsWith('.js')).map((p) => p.slice(8)), readChunk).map((c) => `/_astro/${c}`);
          offlinePages[lang] = [...own, ...chunks];
          logger.info(`${lang}: ${list.length} files to save for offline reading, about ${kb[lang]} KB`);
        }

        const result = await build({
          input: fileURLToPath(new URL('../../client/sw/worker.ts', import.meta.url)),
          write: false,
          transform: { define: { __BUILD_ID__: JSON.stringify(buildId), __OFFLINE_PAGE_FILES__: JSON.stringify(offlinePages) } },
          output: { format: 'iife', minify: true },
        });
        const code = result.output[0].code;
        writeFileSync(join(out, 'sw.js'), `// Build ${buildId}: see src/client/sw/worker.ts\n${code}`);
        logger.info(`sw.js: build ${buildId}, ${gzipSync(code).length} bytes gzip`);
      },
    },
  };
}
