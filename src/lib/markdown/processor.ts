/**
 * The site's one Markdown pipeline: GitHub-flavoured Markdown (tables, footnotes) through the
 * unified processor, since Astro 7's default processor ignores remark plugins. Used by
 * astro.config.mjs and by the tests, so both render articles the same way.
 */
import { unified } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeCitations } from './rehype-citations';
import { rehypeWorkedOutDates } from './rehype-worked-out-dates';
import { rehypeWrapTables } from './rehype-wrap-tables';

/**
 * Every section heading gets a stable id and a "#" link to itself, so a reader can send a section.
 * The link has no text of its own (the "#" is drawn by CSS) so heading texts, and the table of
 * contents built from them, stay clean; its name comes from aria-label.
 */
const headingAnchors: [typeof rehypeAutolinkHeadings, AutolinkOptions] = [
  rehypeAutolinkHeadings,
  {
    behavior: 'append',
    test: (element: Element) => element.properties['id'] !== 'footnote-label',
    properties: { className: ['heading-anchor'], ariaLabel: 'Link to this section' },
    content: [],
  },
];

export function markdownProcessor() {
  return unified({
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSlug, headingAnchors, rehypeCitations, rehypeWorkedOutDates, rehypeWrapTables],
  });
}
