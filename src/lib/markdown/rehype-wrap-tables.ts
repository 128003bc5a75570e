/**
 * Wraps every Markdown table in a focusable, labelled scroll region so a wide table scrolls on
 * its own on a 360 px phone instead of widening the whole page.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeWrapTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', ariaLabel: 'Table (scrolls sideways)', tabIndex: 0 },
        children: [node],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
