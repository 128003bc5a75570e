/**
 * A date an article works out from the report's date ("Friday" → 22 September 2023) is written as
 * a link to the method page's section on dates: `[22 September 2023](/about/#dates)`. The figure
 * check accepts such a date only if it follows from a cited paragraph; here the link gets a small
 * "(worked out)" tag, read aloud with the date, so the marking explains itself and leads to how.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Dictionary } from '../../i18n/dictionaries/en.ts';
import { TRANSLATED_LANGS } from '../../i18n/languages.ts';
import { WORKED_OUT_HREF } from '../figure-check/check.ts';

/** The method page's dates section in every language: /about/#dates, /fr/about/#dates, … */
const HREFS = new Set([WORKED_OUT_HREF, ...TRANSLATED_LANGS.map((lang) => `/${lang}${WORKED_OUT_HREF}`)]);

/** The tag and its title come in the article's language. */
export function rehypeWorkedOutDates({ workedOut, workedOutTitle }: Pick<Dictionary['source'], 'workedOut' | 'workedOutTitle'>) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || !HREFS.has(String(node.properties['href']))) return;
      node.properties['className'] = ['worked-out-date'];
      node.properties['title'] = workedOutTitle;
      node.children.push({ type: 'element', tagName: 'span', properties: { className: ['worked-out-tag'] }, children: [{ type: 'text', value: ` ${workedOut}` }] });
    });
  };
}
