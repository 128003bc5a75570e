/**
 * Footnote markers show the report paragraph they cite ("¶7") instead of GFM's running number,
 * so a reader can check a claim against the report without opening the notes. Footnotes are
 * labelled "[^p7]" in the Markdown (the content check enforces it).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const LABEL = /fn-p(\d+)$/;

export function rehypeCitations() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || node.properties['dataFootnoteRef'] === undefined) return;
      const match = LABEL.exec(String(node.properties['href'] ?? ''));
      if (!match) return;
      node.children = [{ type: 'text', value: `¶${match[1]}` }];
      node.properties['ariaLabel'] = `Source: paragraph ${match[1]} of the report`;
      node.properties['className'] = ['cite'];
    });
  };
}
