/**
 * French typography for running text, and the Kreyòl house style that follows it. Pure, with no
 * imports, so the post-build step (src/build/integrations/typeset.ts), the share cards and the data files
 * all run the same function over the same kind of input: human text, never markup.
 *
 * French (Imprimerie nationale, as Le Monde and Radio-Canada print it):
 *   - a narrow no-break space (U+202F) before ; ! ? and inside « »;
 *   - a no-break space (U+00A0) before :;
 *   - numbers grouped by thousands with U+202F ("1 000"), and U+202F before % ("80 %");
 *   - one apostrophe, the typographic ’.
 *
 * Kreyòl house style (decided for issue 18, as content/translations/TERMS.md records it; Haitian
 * papers such as Le Nouvelliste and AyiboPost print Kreyòl with French spacing): the same spacing
 * before ; : ! ? and inside « », the same grouping of numbers and %, ’ for the apostrophe.
 * Quotations in Kreyòl take « »; an English quotation keeps its “ ”, with no space inside.
 * English (the site's / pages) is left as it is.
 *
 * Never touched: URLs ("https://…", "www.…", "/fr/map/?country=kenya"), e-mail addresses, a colon
 * or question mark not followed by a space or the end (URLs, "10:30", "?country="), four-digit
 * years beside another number, and a thousands group already written with a no-break space.
 */

export type TypesetLang = 'en' | 'fr' | 'ht';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
/** Any space a writer may have typed (or not) before a high punctuation mark. */
const SPACES = '[ \\u00a0\\u202f\\u2009]';

/** URLs, site paths and e-mail addresses: passed through untouched. */
const PROTECTED = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"«»“”]+|(?<![\p{L}\p{N}])\/[\p{L}\p{N}_\-./?=&#%]*[\p{L}\p{N}_\-/]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/** What may follow a mark that gets a space before it: a space, the end, or closing punctuation. */
const AFTER = '(?=$|[\\s»)\\]”’"\'.,…]|\\u202f|\\u00a0)';

function typesetPlain(text: string): string {
  return (
    text
      // One apostrophe: a straight one between letters ("l'article", "aujourd'hui") becomes ’.
      .replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
      // « … »: a narrow no-break space inside, whatever space (or none) was typed.
      .replace(new RegExp(`«${SPACES}*`, 'g'), `«${NNBSP}`)
      .replace(new RegExp(`${SPACES}*»`, 'g'), `${NNBSP}»`)
      // ; ! ? after a word, a closing bracket, quote or digit: a narrow no-break space before.
      .replace(new RegExp(`(?<=[\\p{L}\\p{N})\\]»”’"…*])${SPACES}*([;!?]+)${AFTER}`, 'gu'), `${NNBSP}$1`)
      // : a no-break space before, when a space or the end follows (so "https:" or "10:30" stay).
      .replace(new RegExp(`(?<=[\\p{L}\\p{N})\\]»”’"…*])${SPACES}*:${AFTER}`, 'gu'), `${NBSP}:`)
      // Thousands: "1 000", "2 000 000" (never "2023 500": a group before the first space has at most three digits).
      .replace(/(?<![\p{N},.]|\p{N}[ \u00a0\u202f\u2009])(\d{1,3})((?:[ \u00a0\u2009]\d{3})+)(?![\p{N}])/gu, (_, head: string, groups: string) => head + groups.replace(/[ \u00a0\u2009]/g, NNBSP))
      // Percent: "80 %", glued or spaced.
      .replace(/(?<=\d)[ \u00a0\u2009]?%/g, `${NNBSP}%`)
  );
}

/** A character that a high punctuation mark may follow (a word, a digit, a closing bracket or quote). */
const BEFORE_MARK = /[\p{L}\p{N})\]»”’"…*]$/u;

/**
 * A mark that opens the text while a word precedes it from outside: in markup, the text after an
 * element (`<a>…</a> : suite`, `<a>…</a>;`). The rules above look behind for a word inside the
 * text, which a text node cut at the tag does not hold, so the space is put here.
 */
function spaceLeadingMark(text: string, previous: string): string {
  if (!BEFORE_MARK.test(previous)) return text;
  return text
    .replace(new RegExp(`^${SPACES}*([;!?]+)${AFTER}`, 'u'), `${NNBSP}$1`)
    .replace(new RegExp(`^${SPACES}*:${AFTER}`, 'u'), `${NBSP}:`);
}

/**
 * Text typeset for its language: French and Kreyòl get the rules above, English is returned as is.
 * `previous` is the text that comes just before it on the page when that text is not part of it
 * (the end of a link before the text that follows the link): a mark opening the text gets its space.
 * Idempotent: typesetting typeset text changes nothing.
 */
export function typeset(text: string, lang: TypesetLang, previous = ''): string {
  if (lang === 'en' || text === '') return text;
  text = spaceLeadingMark(text, previous);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += typesetPlain(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + typesetPlain(text.slice(last));
}
