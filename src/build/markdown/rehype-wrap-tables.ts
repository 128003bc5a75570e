/**
 * Wraps every Markdown table in a focusable, labelled scroll region so a wide table scrolls on
 * its own on a 360 px phone instead of widening the whole page.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Dictionary } from '../../i18n/dictionaries/en.ts';

/** `tableScroll`: the region's name, in the article's language. */
export function rehypeWrapTables({ tableScroll }: Pick<Dictionary['source'], 'tableScroll'>) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        // A labelled <section> is a region landmark of its own: no role attribute needed.
        tagName: 'section',
        properties: { className: ['table-scroll'], ariaLabel: tableScroll, dataScrollHint: tableScroll, tabIndex: 0 },
        children: [node],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
