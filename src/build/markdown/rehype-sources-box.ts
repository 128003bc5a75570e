/**
 * Turns GFM's footnote list into a sources box a reader can scan: a visible "Sources" heading, one
 * entry per cited paragraph labelled as the marker in the text is ("¶5" in the text goes to "¶5"
 * in the box, not to a running number), and one way back to where the paragraph is first cited
 * instead of a run of "↩ ↩2 ↩3". Citation markers and the box are kept out of search excerpts
 * (data-pagefind-ignore). Runs after rehypeCitations; its words come in the article's language
 * (processor.ts gives each language's dictionary).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Dictionary } from '../../i18n/dictionaries/en.ts';

const ENTRY = /fn-p(\d+)$/;
const hasClass = (node: Element, name: string) => ((node.properties['className'] as string[] | undefined) ?? []).includes(name);
const isBackref = (node: ElementContent) => node.type === 'element' && node.tagName === 'a' && node.properties['dataFootnoteBackref'] !== undefined;

type Words = Pick<Dictionary['source'], 'footnotes' | 'backToReference'>;

export function rehypeSourcesBox(words: Words) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      // A marker's <sup>, or the comma between two: never part of a search excerpt.
      if (node.tagName === 'sup' && (hasClass(node, 'cite-sep') || node.children.some((c) => c.type === 'element' && hasClass(c, 'cite')))) {
        node.properties['dataPagefindIgnore'] = true;
      }
      if (node.tagName !== 'section' || node.properties['dataFootnotes'] === undefined) return;
      node.properties['className'] = ['footnotes', 'sources-box'];
      node.properties['dataPagefindIgnore'] = true;
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'h2') {
          child.properties['className'] = ['sources-title'];
          child.children = [{ type: 'text', value: words.footnotes }];
        }
        if (child.tagName === 'ol') {
          child.tagName = 'ul';
          child.properties['className'] = ['sources-list'];
          for (const item of child.children) if (item.type === 'element' && item.tagName === 'li') labelEntry(item, words);
          // In paragraph order, so a reader finds ¶5 where the report has it, not where the article first cites it.
          const items = child.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
          items.sort((a, b) => paragraphOf(a) - paragraphOf(b));
          child.children = items.flatMap((item) => [{ type: 'text', value: '\n' } as const, item]).concat({ type: 'text', value: '\n' });
        }
      }
    });
  };
}

function paragraphOf(item: Element): number {
  return Number(ENTRY.exec(String(item.properties['id'] ?? ''))?.[1] ?? Infinity);
}

/** "¶5" before the entry's text, and its first way back only. */
function labelEntry(item: Element, words: Words) {
  const paragraph = ENTRY.exec(String(item.properties['id'] ?? ''))?.[1];
  if (!paragraph) return;
  item.children.unshift({ type: 'element', tagName: 'span', properties: { className: ['source-para'] }, children: [{ type: 'text', value: `¶${paragraph}` }] });
  visit(item, 'element', (node: Element) => {
    const first = node.children.findIndex(isBackref);
    if (first < 0) return;
    // Drop the later back links and the spaces between them.
    node.children = node.children.filter((c, i) => i <= first || !(isBackref(c) || (c.type === 'text' && !c.value.trim())));
    const back = node.children[first] as Element;
    back.children = [{ type: 'text', value: '↑' }];
    back.properties['ariaLabel'] = `${words.backToReference} ${paragraph}`;
  });
}
