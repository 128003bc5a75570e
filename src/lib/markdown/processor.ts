/**
 * The site's one Markdown pipeline: GitHub-flavoured Markdown (tables, footnotes) through the
 * unified processor, since Astro 7's default processor ignores remark plugins. Used by
 * astro.config.mjs and by the tests, so both render articles the same way.
 */
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeCitations } from './rehype-citations';
import { rehypeWrapTables } from './rehype-wrap-tables';

export function markdownProcessor() {
  return unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeCitations, rehypeWrapTables] });
}
