/**
 * The content check's Markdown safety rules (content-check/markdown-safety.ts: no raw HTML, safe
 * links in the article's language, images from this site, clean text, headings clear of the
 * page's ids) run on the very tree the article is rendered from, so a build parses each body once.
 * processor.ts runs this straight after the parse, before smartypants changes any text, so the
 * rules see the tree the content check's own parser gives (`npm run check:content` and the unit
 * tests still parse with that one).
 *
 * Astro's renderer gives back only the HTML and its metadata, so the problems travel back on the
 * front matter object the caller handed to render(), which Astro keeps as given: under a symbol,
 * invisible to JSON and to the copy a worker posts. render-body.ts takes them off again, and fails
 * loudly if they are missing rather than take a body as checked when it was not.
 */
import type { Root } from 'mdast';
import type { Lang } from '../../i18n/languages.ts';
import { markdownTreeProblems, type MarkdownProblem } from '../content-check/markdown-safety.ts';

export const MARKDOWN_PROBLEMS = Symbol('Markdown safety problems');

/** The front matter object a render is given, with the rules' problems once the render has run. */
export type ProblemCarrier = Record<string, unknown> & { [MARKDOWN_PROBLEMS]?: MarkdownProblem[] };

interface AstroFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export function remarkSafetyRules({ lang }: { lang: Lang }) {
  return (tree: Root, file: AstroFile) => {
    const carrier = file.data.astro?.frontmatter as ProblemCarrier | undefined;
    if (carrier) carrier[MARKDOWN_PROBLEMS] = markdownTreeProblems(tree, lang);
  };
}
