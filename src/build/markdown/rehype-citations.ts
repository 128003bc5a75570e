/**
 * Footnote markers show the report paragraph they cite ("¶7") instead of GFM's running number,
 * so a reader can check a claim against the report without opening the notes. Footnotes are
 * labelled "[^p7]" in the Markdown (the content check enforces it). Markers that stand side by
 * side get a comma between them, so "¶1¶2" never reads as one number.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Dictionary } from '../../i18n/dictionaries/en.ts';

const LABEL = /fn-p(\d+)$/;

function isCitation(node: ElementContent | undefined): boolean {
  return node?.type === 'element' && node.tagName === 'sup' && node.children.some((c) => c.type === 'element' && (c.properties['className'] as string[] | undefined)?.includes('cite'));
}

/** `citeLabel`: the marker's name read aloud, in the article's language. */
export function rehypeCitations({ citeLabel }: Pick<Dictionary['source'], 'citeLabel'>) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || node.properties['dataFootnoteRef'] === undefined) return;
      const match = LABEL.exec(String(node.properties['href'] ?? ''));
      if (!match) return;
      node.children = [{ type: 'text', value: `¶${match[1]}` }];
      node.properties['ariaLabel'] = citeLabel(Number(match[1]));
      node.properties['className'] = ['cite'];
    });
    visit(tree, 'element', (node: Element) => {
      for (let i = node.children.length - 1; i > 0; i--) {
        if (isCitation(node.children[i]) && isCitation(node.children[i - 1])) {
          node.children.splice(i, 0, { type: 'element', tagName: 'sup', properties: { className: ['cite-sep'], ariaHidden: 'true' }, children: [{ type: 'text', value: ',' }] });
        }
      }
    });
  };
}
