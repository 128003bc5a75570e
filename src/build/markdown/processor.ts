/**
 * The site's one Markdown pipeline: GitHub-flavoured Markdown (tables, footnotes) through the
 * unified processor, since Astro 7's default processor ignores remark plugins. Used by
 * astro.config.mjs, the rendering workers (render-body.ts) and the tests, so all render articles
 * the same way. One processor per language: the words the plugins write into an article (the
 * sources heading, the markers' labels, the section links…) come from that language's dictionary.
 */
import { unified, type RemarkPlugin } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import rehypeSanitize, { defaultSchema, type Options as SanitizeOptions } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/languages.ts';
import { rehypeCitations } from './rehype-citations.ts';
import { rehypeSourcesBox } from './rehype-sources-box.ts';
import { rehypeWorkedOutDates } from './rehype-worked-out-dates.ts';
import { rehypeWrapTables } from './rehype-wrap-tables.ts';
import { remarkSafetyRules } from './remark-safety-rules.ts';

/**
 * Every section heading gets a stable id and a "#" link to itself, so a reader can send a section.
 * The link has no text of its own (the "#" is drawn by CSS) so heading texts, and the table of
 * contents built from them, stay clean; its name comes from aria-label.
 */
const headingAnchors = (sectionLink: string): [typeof rehypeAutolinkHeadings, AutolinkOptions] => [
  rehypeAutolinkHeadings,
  {
    behavior: 'append',
    test: (element: Element) => element.properties['id'] !== 'footnote-label',
    properties: { className: ['heading-anchor'], ariaLabel: sectionLink },
    content: [],
  },
];

/**
 * Defence in depth behind the content check (which rejects raw HTML, unsafe links and remote
 * images with a message): whatever an article's Markdown becomes, only GitHub's safe subset of
 * HTML survives, before our own plugins add ids, classes and labels. No <script>, <iframe>, event
 * handler or style; links only to http(s), mailto or this site; images only from this site (or inline data).
 * GFM footnotes are already prefixed ("user-content-fn-p7"), so ids are not prefixed again.
 */
const sanitize: [typeof rehypeSanitize, SanitizeOptions] = [
  rehypeSanitize,
  {
    ...defaultSchema,
    clobberPrefix: '',
    protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['data'] },
  },
];

/**
 * The Markdown settings of astro.config.mjs besides the processor, also used by the rendering
 * workers (render-body.ts) so that both render with the same options.
 */
export const MARKDOWN_SETTINGS = { syntaxHighlight: false } as const;

// Typed over any unist tree; it works on Markdown's, which is what Astro's list asks of a remark plugin.
const smartypants = remarkSmartypants as RemarkPlugin<[object?]>;

/**
 * The pipeline for articles in `lang`. The content check's Markdown safety rules run on its parse
 * (remark-safety-rules.ts), before anything changes the tree; so Astro's own smartypants (typographic
 * quotes and dashes) is turned off and run here after the rules, with Astro's default settings, in
 * the place Astro gives it: right after GFM.
 */
export function markdownProcessor(lang: Lang) {
  const words = t(lang).source;
  return unified({
    smartypants: false,
    remarkPlugins: [remarkGfm, [remarkSafetyRules, { lang }], [smartypants, {}]],
    rehypePlugins: [
      sanitize,
      rehypeSlug,
      headingAnchors(words.sectionLink),
      [rehypeCitations, words],
      [rehypeSourcesBox, words],
      [rehypeWorkedOutDates, words],
      [rehypeWrapTables, words],
    ],
  });
}
