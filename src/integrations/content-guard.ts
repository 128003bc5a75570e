/**
 * Stops `astro build` (and dev, and check) before anything renders when content/ has a mistake,
 * with one message naming every file and field at fault. Astro's own schema errors stop at the
 * first file and its broken references only log, so this runs first and checks across files.
 * Editors read this output: it is the list of problems and nothing else, no stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkContent, formatErrors } from '../lib/content-check/index.ts';
import { keepMarkdownAnswersIn, saveMarkdownAnswers } from '../lib/content-check/markdown-safety.ts';
import { sourceVersion } from '../lib/source-version.ts';

/** The Markdown safety check's code and its parsers' versions: kept answers from any other are not reused. */
const MARKDOWN_CHECKER = ['src/lib/content-check/markdown-safety.ts', ...['remark-parse', 'remark-gfm', 'unified'].map((name) => `node_modules/${name}/package.json`)];

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        keepMarkdownAnswersIn(join(root, '.cache', 'content-check', 'markdown.json'), sourceVersion(root, MARKDOWN_CHECKER));
        const errors = checkContent(root);
        saveMarkdownAnswers();
        if (errors.length > 0) {
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
