/**
 * The loader behind every content collection (src/content.config.ts). It publishes exactly what
 * the content check reads: both go through readContent(), so a file the check rejects or never
 * sees cannot reach a page. The content-guard integration has already stopped the build if
 * anything is wrong; should the loader meet a problem all the same (in `astro dev`, after an
 * edit), it refuses to publish and lists the problems. Markdown bodies are rendered on a worker
 * thread per core (markdown/render-pool.ts), as Astro's renderMarkdown would render them, and kept
 * beside the store (markdown/rendered-bodies.ts); pages read them with getArticleBody.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRANSLATED_LANGS } from '../i18n/languages.ts';
import { formatErrors } from '../domain/errors.ts';
import { readContent, type CollectionName, type ContentFile, type ContentTree } from './content-check/read-content.ts';
import { renderBody } from './markdown/render-pool.ts';
import { buildFingerprint } from './build-fingerprint.ts';
import { bodyKey, RenderedBodies } from './markdown/rendered-bodies.ts';
import { readingMinutes } from '../shared/format.ts';

/** The English originals of one collection. */
export function contentLoader(collection: CollectionName): Loader {
  return readerLoader(`content-${collection}`, (files) => files[collection].map((file) => ({ file, id: file.id, lang: 'en' as const })));
}

/** One collection's translations in every language, with ids "fr/kenya", "ht/kenya". */
export function translationLoader(collection: keyof ContentTree): Loader {
  return readerLoader(`translations-${collection}`, (files) =>
    TRANSLATED_LANGS.flatMap((lang) => files.translations[lang][collection].map((file) => ({ file, id: `${lang}/${file.id}`, lang }))),
  );
}

/**
 * One reading of content/ for all the collections of a build (eleven loaders would otherwise read
 * every file eleven times). An edit in `astro dev` drops it, so the next load reads afresh.
 */
let snapshot: { root: string; result: ReturnType<typeof readContent> } | undefined;
function read(root: string) {
  if (snapshot?.root !== root) snapshot = { root, result: readContent(root) };
  return snapshot.result;
}

/** The build's fingerprint (build-fingerprint.ts), worked out once per build (and again after an edit in `astro dev`). */
let codeVersion: { root: string; hash: string } | undefined;
function currentCodeVersion(root: string): string {
  if (codeVersion?.root !== root) codeVersion = { root, hash: buildFingerprint(root) };
  return codeVersion.hash;
}

type Pick = (files: ReturnType<typeof readContent>['files']) => { file: ContentFile; id: string; lang: 'en' | (typeof TRANSLATED_LANGS)[number] }[];

function readerLoader(name: string, pick: Pick): Loader {
  let watching = false;
  const loader: Loader = {
    name,
    load: async (context) => {
      const { store, parseData, generateDigest, config, watcher, logger, collection } = context;
      const root = fileURLToPath(config.root);
      const { files, errors } = read(root);
      if (errors.length > 0) {
        logger.error(formatErrors(errors));
        return;
      }
      // Astro keeps the store between builds (node_modules/.astro): an entry whose file and
      // language are unchanged is kept as it is, as Astro's own glob() loader does. A body is
      // rendered only when what it is rendered from has changed (bodyKey) or its file is gone.
      const code = currentCodeVersion(root);
      const bodies = new RenderedBodies(root, collection);
      const stale = new Set(store.keys());
      const changed = [];
      const toRender = [];
      for (const { file, id, lang } of pick(files)) {
        stale.delete(id);
        if (file.body !== undefined) {
          const key = bodyKey(code, file.body, lang);
          if (!bodies.has(id, key)) toRender.push({ id, key, body: file.body, lang });
        }
        // The code's fingerprint is part of the digest: a schema transform or a plugin changed since
        // the stored entry was parsed must parse it again (Astro alone would keep it).
        const digest = generateDigest(`${code}\n${lang}\n${file.path}\n${file.raw}`);
        if (store.get(id)?.digest === digest) continue;
        const data = await parseData({ id, data: file.data as Record<string, unknown>, filePath: file.path });
        changed.push({ id, data, filePath: file.path, digest });
      }
      // Bodies are rendered on every core at once (render-pool.ts) and kept beside the store, not
      // in it (rendered-bodies.ts says why); entries are stored in file order.
      const rendered = await Promise.all(toRender.map(({ body, lang }) => renderBody(root, code, body, lang)));
      toRender.forEach(({ id, key, body }, index) => bodies.write(id, key, { ...rendered[index]!, readingMinutes: readingMinutes(body) }));
      for (const entry of changed) store.set(entry);
      for (const id of stale) store.delete(id);
      bodies.keepOnly(new Set(pick(files).flatMap(({ file, id }) => (file.body === undefined ? [] : [id]))));
      // In `astro dev`, an edit anywhere under content/ reloads the collection from the same reader.
      if (watcher && !watching) {
        watching = true;
        const contentDir = join(root, 'content');
        watcher.add(contentDir);
        watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir)) return;
          snapshot = undefined;
          codeVersion = undefined;
          void loader.load(context);
        });
      }
    },
  };
  return loader;
}
