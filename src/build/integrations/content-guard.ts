/**
 * Stops `astro build` (and dev, and check) before anything renders when content/ has a mistake,
 * with one message naming every file and field at fault. Astro's own schema errors stop at the
 * first file and its broken references only log, so this runs first and checks across files.
 * Editors read this output: it is the list of problems and nothing else, no stack trace.
 *
 * Each Markdown body is parsed once (markdown/parse-once.ts): first the rendering workers render
 * every body this build needs, on every core, running the Markdown safety rules on the parse they
 * render from; then the content check (on a worker thread) checks everything else and finds the
 * bodies' answers kept, so it parses none. Nothing rendered is used unless the check passes (the
 * loaders collect it).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentInWorker } from '../content-check/check-in-worker.ts';
import { formatErrors } from '../../domain/errors.ts';
import { renderAndCheckMarkdown } from '../markdown/parse-once.ts';
import { closeRenderPool } from '../markdown/render-pool.ts';
import { recordBuildFingerprint } from '../build-fingerprint.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        // Every cache is keyed on the one fingerprint of the code (build-fingerprint.ts).
        const fingerprint = recordBuildFingerprint(root);
        const answers = { file: join(root, '.cache', 'content-check', 'markdown.json'), version: fingerprint };
        let errors;
        try {
          await renderAndCheckMarkdown(root, fingerprint, answers.file);
          errors = await checkContentInWorker({ root, answers });
        } catch (error) {
          await closeRenderPool();
          // The check itself broke: a fault in the checking code, not in content/. Editors get a
          // sentence, not a stack trace; `npm run check:content` shows where for a developer.
          console.error(`\nThe content check could not run (${(error as Error)?.message ?? String(error)}). This is a fault in the site's code, not in content/: run \`npm run check:content\` for the details.\n`);
          process.exit(1);
        }
        if (errors.length > 0) {
          await closeRenderPool();
          // Throwing here would print Astro's "unhandled error in a hook" heading and a stack
          // trace around the list; an editor needs only the list.
          console.error(`\n${formatErrors(errors)}\n`);
          process.exit(1);
        }
        logger.info('content/ checked: no problems found');
      },
    },
  };
}
