/** Which headings make the table of contents. Pure and unit tested. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Section (h2) and sub-section (h3) headings, without the hidden "Footnotes" heading that GFM
 * footnotes add to `render(entry).headings`.
 */
export function tocHeadings<T extends Heading>(headings: readonly T[]): T[] {
  return headings.filter((h) => (h.depth === 2 || h.depth === 3) && h.slug !== 'footnote-label');
}
