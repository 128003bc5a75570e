/**
 * Ids a content heading may not take. rehype-slug gives each heading of an article an id made
 * from its words ("## Main" → id="main"); if that id is one the page already uses, the page has
 * two elements with one id, and every link to it ("Skip to content", the contents list, a
 * section's own link) jumps to whichever comes first. So a heading whose id would be one of these
 * is refused: the page's own ids (tests/unit/content-safety.test.ts checks that every id="…" in
 * src/ is listed here), the footnotes' ids, and the names a browser also gives to window and
 * document properties ("document", "location"…), which an element id can shadow in scripts.
 */
export const PAGE_IDS = [
  'articles-title',
  'as-of',
  'background',
  'contributors-title',
  'corrections',
  'country-links-title',
  'data-title',
  'dates',
  'embed-code',
  'embed-credit',
  'embed-title',
  'figures',
  'filters-title',
  'footnote-label',
  'kinds',
  'list-title',
  'main',
  'map-help',
  'map-panel-title',
  'map-title',
  'oc-title',
  'paragraph-numbers',
  'save-offline-title',
  'search-input',
  'share-title',
  'source',
  'sources',
  'statuses',
  't',
  'takeaways-title',
  'toc-title',
  'translations',
] as const;

/** Prefixes of ids the page makes from data: "not-found-fr", "row-kenya", GFM's "user-content-fn-p7". */
export const PAGE_ID_PREFIXES = ['not-found-', 'row-', 'user-content-', 'fn-', 'fnref-', 'footnote-'] as const;

/** Names scripts reach through window or document, which an element's id would shadow. */
const CLOBBERABLE = ['document', 'window', 'location', 'top', 'self', 'parent', 'frames', 'history', 'navigator', 'opener', 'body', 'head', 'forms', 'images', 'links', 'cookie', 'domain', 'anchors', 'scripts'];

const RESERVED = new Set<string>([...PAGE_IDS, ...CLOBBERABLE]);

/** Why a heading may not have this id, or undefined when it may. */
export function reservedIdProblem(id: string): string | undefined {
  if (id === '') return 'makes no id (it has no letters or digits): write words in the heading';
  if (RESERVED.has(id) || PAGE_ID_PREFIXES.some((prefix) => id.startsWith(prefix))) {
    return `would get the id "${id}", which the page already uses for its own parts (links to it would jump to the wrong place): reword the heading`;
  }
  return undefined;
}
