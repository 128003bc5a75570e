/**
 * The loader behind every content collection (src/content.config.ts). It publishes exactly what
 * the content check reads: both go through readContent(), so a file the check rejects or never
 * sees cannot reach a page. The content-guard integration has already stopped the build if
 * anything is wrong; should the loader meet a problem all the same (in `astro dev`, after an
 * edit), it refuses to publish and lists the problems.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatErrors } from './content-check/errors.ts';
import { readContent, type CollectionName } from './content-check/read-content.ts';

export function contentLoader(collection: CollectionName): Loader {
  let watching = false;
  const loader: Loader = {
    name: `content-${collection}`,
    load: async (context) => {
      const { store, parseData, renderMarkdown, generateDigest, config, watcher, logger } = context;
      const root = fileURLToPath(config.root);
      const { files, errors } = readContent(root);
      if (errors.length > 0) {
        logger.error(formatErrors(errors));
        return;
      }
      store.clear();
      for (const file of files[collection]) {
        const data = await parseData({ id: file.id, data: file.data as Record<string, unknown>, filePath: file.path });
        const entry = { id: file.id, data, filePath: file.path, digest: generateDigest(file.raw) };
        store.set(file.body === undefined ? entry : { ...entry, body: file.body, rendered: await renderMarkdown(file.body) });
      }
      // In `astro dev`, an edit anywhere under content/ reloads the collection from the same reader.
      if (watcher && !watching) {
        watching = true;
        const contentDir = join(root, 'content');
        watcher.add(contentDir);
        watcher.on('all', (_event, path) => {
          if (path.startsWith(contentDir)) void loader.load(context);
        });
      }
    },
  };
  return loader;
}
