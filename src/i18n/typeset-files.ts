/**
 * The typography of src/i18n/typography.ts applied to whole built files: HTML pages, XML feeds,
 * JSON and CSV data. Only human text is typeset: text nodes and the attributes a reader hears or
 * sees (alt, title, aria-label, placeholder, and the content of description / og: / twitter: text
 * metas). Never <script>, <style>, <textarea>, <code>, <pre> (so the CSP hashes of inline styles and
 * scripts cannot change), never an element marked lang="en…" (a quotation kept in English), never
 * href, src, class, id, data-*, or a JSON key. Pure; unit tested.
 */
import { typeset, type TypesetLang } from './typography.ts';

/** A tag, with quoted attribute values that may hold ">". */
export const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?/]?[A-Za-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;
/** Elements whose content is code or markup, not prose. */
export const RAW = new Set(['script', 'style', 'textarea', 'code', 'pre', 'kbd', 'samp']);
export const HUMAN_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder', 'label']);
/** <meta name|property=… content=…> whose content is prose. */
export const HUMAN_META = /^(?:description|og:title|og:description|og:image:alt|og:site_name|twitter:title|twitter:description|twitter:image:alt)$/;
export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
const encodeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const encodeAttribute = (text: string) => encodeText(text).replace(/"/g, '&quot;');

/**
 * A text node typeset, with each “quotation” that `isEnglish` recognises wrapped in
 * <span lang="en"> and left as the speaker said it (screen readers switch voice, no French spacing).
 */
function typesetTextNode(raw: string, lang: TypesetLang, isEnglish?: (quotation: string) => boolean, previous = ''): string {
  if (!isEnglish || !/[“«]/.test(raw)) return typesetEncoded(raw, lang, encodeText, previous);
  const text = decode(raw);
  let out = '';
  let last = 0;
  let marked = false;
  // “English” is wrapped whole; « English » keeps its French guillemets outside the English words.
  for (const match of text.matchAll(/“([^“”]+)”|«[\s\u00a0\u202f]*([^«»]+?)[\s\u00a0\u202f]*»/g)) {
    const words = match[1] ?? match[2]!;
    if (!isEnglish(words)) continue;
    const marked_ = match[1] !== undefined ? `<span lang="en">${encodeText(match[0])}</span>` : `«\u202f<span lang="en">${encodeText(words)}</span>\u202f»`;
    // The text before a quotation follows the element before this node, or the previous quotation.
    out += encodeText(typeset(text.slice(last, match.index), lang, last === 0 ? previous : text.slice(0, last))) + marked_;
    last = match.index + match[0].length;
    marked = true;
  }
  return marked ? out + encodeText(typeset(text.slice(last), lang, text.slice(0, last))) : typesetEncoded(raw, lang, encodeText, previous);
}

/** Typesets the text of a text node or attribute value; leaves it byte for byte when nothing changes. */
function typesetEncoded(raw: string, lang: TypesetLang, encode: (text: string) => string, previous = ''): string {
  if (!/[;:!?'%«»\d]|&#39;|&apos;/.test(raw)) return raw;
  const text = decode(raw);
  const done = typeset(text, lang, previous);
  return done === text ? raw : encode(done);
}

function typesetTag(tag: string, lang: TypesetLang): string {
  const isMeta = /^<meta\b/i.test(tag);
  const metaName = isMeta ? /\s(?:name|property)="([^"]*)"/i.exec(tag)?.[1] : undefined;
  return tag.replace(/(\s)([\w:-]+)="([^"]*)"/g, (whole, space: string, name: string, value: string) => {
    const human = HUMAN_ATTRIBUTES.has(name.toLowerCase()) || (isMeta && name === 'content' && metaName !== undefined && HUMAN_META.test(metaName));
    return human ? `${space}${name}="${typesetEncoded(value, lang, encodeAttribute)}"` : whole;
  });
}

/**
 * Inline elements: the text after one continues the sentence before it, so a mark that opens that
 * text (`<a>…</a> :`) is spaced against the element's last character. Any other tag ends the run.
 */
export const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** An HTML page or an XML feed with its human text typeset. Markup, URLs and code are unchanged. */
export function typesetMarkup(markup: string, lang: TypesetLang, isEnglish?: (quotation: string) => boolean): string {
  if (lang === 'en') return markup;
  const lower = markup.toLowerCase();
  // Open elements inside an English one (lang="en"), by tag name, innermost last.
  const english: string[] = [];
  const tags = new RegExp(TAG.source, 'g');
  let out = '';
  let last = 0;
  // The text just before the current point in the same run of inline text ('' after a block tag).
  let previous = '';
  const after = (text: string) => (text === '' ? previous : decode(text));
  for (let match = tags.exec(markup); match; match = tags.exec(markup)) {
    const text = markup.slice(last, match.index);
    const typeset_ = english.length ? text : typesetTextNode(text, lang, isEnglish, previous);
    out += typeset_;
    previous = after(typeset_);
    const tag = match[0];
    last = match.index + tag.length;
    if (tag.startsWith('<![CDATA[')) {
      out += english.length ? tag : `<![CDATA[${typeset(tag.slice(9, -3), lang)}]]>`;
      previous = '';
      continue;
    }
    if (tag.startsWith('<!') || tag.startsWith('<?')) {
      out += tag;
      continue;
    }
    const name = /^<\/?([A-Za-z][\w:-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (!INLINE.has(name)) previous = '';
    if (tag.startsWith('</')) {
      if (english.at(-1) === name) english.pop();
      out += tag;
      continue;
    }
    out += english.length ? tag : typesetTag(tag, lang);
    if (tag.endsWith('/>') || VOID.has(name)) continue;
    if (RAW.has(name)) {
      // Script, style and code are copied byte for byte up to their closing tag, unread.
      const end = lower.indexOf(`</${name}`, last);
      const stop = end === -1 ? markup.length : end;
      out += markup.slice(last, stop);
      // Inline code (<code>, <kbd>, <samp>) ends a word that a following mark is spaced against.
      previous = INLINE.has(name) ? decode(markup.slice(last, stop)) || previous : '';
      last = stop;
      tags.lastIndex = stop;
      continue;
    }
    if (english.length || /\slang="en(?:-[\w-]+)?"/i.test(tag)) english.push(name);
  }
  const rest = markup.slice(last);
  return out + (english.length ? rest : typesetTextNode(rest, lang, isEnglish, previous));
}

/** Keys whose string values are codes, ids, dates or addresses in the data files: never typeset. */
const MACHINE_KEYS = new Set(['id', 'iso3', 'isoNumeric', 'role', 'status', 'kinds', 'standing', 'qualifier', 'unit', 'page', 'url', 'asOf', 'published', 'language', 'lang']);

/** A JSON value with every human string typeset; keys and machine fields untouched. */
export function typesetJson(value: unknown, lang: TypesetLang, key = ''): unknown {
  if (typeof value === 'string') return MACHINE_KEYS.has(key) ? value : typeset(value, lang);
  if (Array.isArray(value)) return value.map((item) => typesetJson(item, lang, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetJson(v, lang, k)]));
  return value;
}

/**
 * Recognises a quotation kept in English on a French or Kreyòl page: its words (without a leading
 * or trailing ellipsis) are part of a quotation in the English content. Kreyòl and French quotations
 * never are, since the English content holds no French or Kreyòl.
 */
export function englishQuotationTest(englishContent: readonly string[]): (quotation: string) => boolean {
  const apostrophes = (text: string) => text.replace(/’/g, "'").toLowerCase();
  const quotations = englishContent.flatMap((text) => [...text.matchAll(/“([^“”]+)”/g)].map((match) => apostrophes(match[1]!).replace(/^…|…$/g, '').trim())).filter((q) => q.length >= 3);
  const corpus = quotations.join('\n');
  return (quotation) => {
    const words = apostrophes(quotation).replace(/^…|…$/g, '').replace(/[.,;:]$/, '').trim();
    // Two words at least: a single word (« Personnel ») may be French as well as English.
    return /\S\s+\S/.test(words) && /[a-z]/.test(words) && corpus.includes(words);
  };
}
