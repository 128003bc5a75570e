/**
 * Articles are untrusted input: their Markdown may not carry raw HTML, links with a scheme other
 * than http(s) or mailto, or images from another site (a reader's browser would fetch them). Each
 * problem names its line, so an editor can find it. The Markdown pipeline also sanitises what it
 * renders (src/lib/markdown/processor.ts), so nothing unsafe reaches a page even if this is bypassed.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface MarkdownProblem {
  line: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Paths on this site, fragments, and the web and mail schemes; nothing else (no javascript:, data:, file:). */
function safeLink(url: string): boolean {
  return /^(?:\/(?!\/)|#|https?:\/\/|mailto:)/i.test(url.trim());
}

/** A path on this site; an image from anywhere else would be requested from another server. */
function localImage(url: string): boolean {
  return /^\/(?!\/)/.test(url.trim());
}

export function markdownProblems(body: string, lineOffset = 0): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const tree = parser.parse(body) as Root;
  const at = (node: Nodes) => lineOffset + (node.position?.start.line ?? 1);
  visit(tree, (node: Nodes) => {
    if (node.type === 'html') {
      problems.push({ line: at(node), message: `raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 40))}): write it in Markdown` });
    } else if ((node.type === 'link' || node.type === 'definition') && !safeLink(node.url)) {
      problems.push({ line: at(node), message: `the link to ${JSON.stringify(node.url.slice(0, 60))} is not allowed: use https:, mailto: or a path on this site starting with /` });
    } else if (node.type === 'image' && !localImage(node.url)) {
      problems.push({ line: at(node), message: `the image ${JSON.stringify(node.url.slice(0, 60))} is not on this site: images must be files of this site, as a path starting with /` });
    }
  });
  return problems;
}
