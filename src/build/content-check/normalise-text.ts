/**
 * Content is read as text only once it is known to be text a reader will see as it is written:
 * valid UTF-8, in Unicode normal form C, and free of characters that hide, reorder or disguise
 * what is shown. read-content.ts runs every content file through here before any parser, schema
 * or figure check sees it, so nothing downstream can be fooled by what the eye cannot see.
 *
 * What is refused, and why (each with the file, the line and the column):
 * - bytes that are not UTF-8 (a Latin-1 file would ship as replacement characters);
 * - control characters other than tab and line breaks (Cc), the line and paragraph separators;
 * - every invisible "format" character (Unicode category Cf): bidi controls (U+202A-202E,
 *   U+2066-2069, U+200E/F, U+061C) reorder text so readers see "05" where the check saw 50;
 *   zero-width spaces and joiners, word joiners and the soft hyphen split a word or a figure
 *   without a trace. None is needed by English, French or Kreyòl: zero-width joiners serve emoji
 *   sequences and scripts such as Persian or Devanagari, which this site does not publish. The one
 *   exception is a byte-order mark at the very start of a file, which is dropped (some Windows
 *   editors add it);
 * - other characters that are invisible by definition (Default_Ignorable_Code_Point: variation
 *   selectors, the Hangul fillers, the combining grapheme joiner, tag characters), the blank
 *   Braille pattern, private-use and unassigned code points;
 * - spaces other than the plain space, the no-break space and the narrow no-break space (French
 *   typography uses the last two before ; : ! ? and inside « »);
 * - digits other than 0-9 ("５００", "٥٠", "𝟓𝟎"): the figure check reads 0-9 only, so such a
 *   number would reach readers unchecked;
 * - any other "compatibility" character, one that NFKC would turn into something else
 *   (full-width letters, mathematical letters, ligatures, superscripts, "½"): each is a look-alike
 *   of plain text. The ellipsis "…" is kept, as are the two no-break spaces;
 * - letters of a script other than Latin: the site's three languages are written in Latin
 *   letters, and a Cyrillic "К" or Greek "Α" in a word makes a different word that looks the same;
 * - more than two combining marks on one letter (stacked marks draw over the lines around them);
 * - any combining mark on a digit: "50" with a strike-through (U+0336) or a keycap (U+20E3) on its
 *   0 reads as another figure, or as none, while the figure check reads a plain 50.
 *
 * Text that is not in NFC (a "ç" written as "c" + combining cedilla, as some macOS tools save it)
 * is not refused: it is the same letters, so it is normalised to NFC, and from then on two spellings
 * of "Curaçao" are one.
 */

export interface TextProblem {
  line: number;
  column: number;
  message: string;
}

/** Code points kept although NFKC would change them: they are the site's own typography. */
const KEPT_COMPATIBILITY = new Set([0x00a0, 0x202f, 0x2026]);
const KEPT_SPACES = new Set([0x0020, 0x00a0, 0x202f]);
const KEPT_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

/** Names for the characters an editor is most likely to meet, so a message says what it is. */
const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK (a bidi control)',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK (a bidi control)',
  0x200f: 'RIGHT-TO-LEFT MARK (a bidi control)',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING (a bidi control)',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING (a bidi control)',
  0x202c: 'POP DIRECTIONAL FORMATTING (a bidi control)',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE (a bidi control)',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE (a bidi control: it shows the text after it backwards)',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE (a bidi control)',
  0x2067: 'RIGHT-TO-LEFT ISOLATE (a bidi control)',
  0x2068: 'FIRST STRONG ISOLATE (a bidi control)',
  0x2069: 'POP DIRECTIONAL ISOLATE (a bidi control)',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
  0x2800: 'BRAILLE PATTERN BLANK',
  0x3164: 'HANGUL FILLER',
};

const SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic', 'Cherokee', 'Georgian', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Thai', 'Coptic', 'Canadian_Aboriginal', 'Lisu', 'Vai'];
const SCRIPT_TESTS = SCRIPTS.map((name) => [name.replace(/_/g, ' '), new RegExp(`\\p{Script=${name}}`, 'u')] as const);

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const named = (cp: number) => (NAMES[cp] ? `${hex(cp)} ${NAMES[cp]}` : hex(cp));

/** Answers already worked out, by character: text repeats the same few hundred characters. */
const answers = new Map<string, string | undefined>();

/** Why one character may not be in content, or undefined when it may. */
export function characterProblem(char: string): string | undefined {
  const cp = char.charCodeAt(0);
  if (cp >= 0x20 && cp < 0x7f) return undefined;
  if (answers.has(char)) return answers.get(char);
  const answer = characterAnswer(char);
  if (answers.size < 10_000) answers.set(char, answer);
  return answer;
}

function characterAnswer(char: string): string | undefined {
  const cp = char.codePointAt(0)!;
  if (cp < 0x80) {
    if (cp >= 0x20 && cp !== 0x7f) return undefined;
    return KEPT_CONTROLS.has(cp) ? undefined : `the control character ${hex(cp)} is not text: delete it`;
  }
  if (/\p{Cf}/u.test(char)) return `the invisible character ${named(cp)} is not allowed: it hides or reorders what readers see; delete it`;
  if (/[\p{Zl}\p{Zp}\p{Cc}]/u.test(char)) return `the control character ${named(cp)} is not text: use an ordinary line break`;
  if (/\p{Default_Ignorable_Code_Point}/u.test(char) || cp === 0x2800) return `the invisible character ${named(cp)} is not allowed: delete it`;
  if (/\p{Co}/u.test(char)) return `the private-use character ${hex(cp)} has no meaning outside one font: delete it`;
  if (/\p{Cn}/u.test(char)) return `${hex(cp)} is not a character Unicode assigns: delete it`;
  if (/\p{Zs}/u.test(char) && !KEPT_SPACES.has(cp)) return `the unusual space ${hex(cp)} is not allowed: use an ordinary space (or a no-break space, U+00A0)`;
  if (/\p{N}/u.test(char)) {
    const plain = char.normalize('NFKC');
    return `the digit-like character "${char}" (${hex(cp)}) is not allowed: write numbers with the digits 0-9${plain !== char ? ` ("${plain}")` : ''}, so the figure check reads them as readers do`;
  }
  if (!KEPT_COMPATIBILITY.has(cp) && char.normalize('NFKC') !== char) return `"${char}" (${hex(cp)}) is a look-alike of "${char.normalize('NFKC')}": write "${char.normalize('NFKC')}"`;
  if (/\p{L}/u.test(char) && !/\p{Script=Latin}/u.test(char)) {
    const script = SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0];
    return `the letter "${char}" (${hex(cp)}${script ? `, ${script}` : ''}) is not a Latin letter: the site is written in Latin letters, and a letter from another script makes a word that looks right but is not`;
  }
  return undefined;
}

/**
 * Decodes a file's bytes as UTF-8, refusing anything else; the line of the first bad byte is given.
 * A leading byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: TextProblem } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    // Find the first byte sequence that is not UTF-8, to point at its line.
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i]!;
      const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      const valid = length > 0 && i + length <= bytes.length && tryDecode(bytes.subarray(i, i + length));
      if (!valid) {
        return { problem: { line, column: i - lineStart + 1, message: `is not UTF-8 text (byte 0x${b.toString(16).toUpperCase().padStart(2, '0')}): save the file as UTF-8` } };
      }
      if (b === 0x0a) {
        line += 1;
        lineStart = i + 1;
      }
      i += length;
    }
    return { problem: { line, column: 1, message: 'is not UTF-8 text: save the file as UTF-8' } };
  }
}

function tryDecode(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** At most this many combining marks on one letter; French and Kreyòl need one. */
export const MAX_COMBINING_MARKS = 2;

/** Every character in `text` that content may not hold, with its line and column (1-based). */
export function textProblems(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  // Only characters outside printable ASCII (and tab, line feed, carriage return) need a look:
  // most of any file is plain ASCII, so the rest is found with one regular expression.
  // Accented Latin letters (U+00C0-00FF, with × and ÷) and typographic quotes are common and
  // always fine, so they are not matched either.
  const unusual = /[^\t\n\r\x20-\x7e\u00c0-\u00ff\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014]/gu;
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  let marks = 0;
  let lastMarkEnd = -1;
  for (const match of text.matchAll(unusual)) {
    const index = match.index;
    const char = match[0];
    for (let next = text.indexOf('\n', counted); next !== -1 && next < index; next = text.indexOf('\n', next + 1)) {
      line += 1;
      lineStart = next + 1;
    }
    counted = index;
    const at = () => ({ line, column: [...text.slice(lineStart, index)].length + 1 });
    if (MARK.test(char)) {
      marks = lastMarkEnd === index ? marks + 1 : 1;
      lastMarkEnd = index + char.length;
      if (marks === 1 && /[0-9]/.test(text[index - 1] ?? '')) problems.push({ ...at(), message: MARK_ON_DIGIT(text[index - 1]!, char) });
      if (marks === MAX_COMBINING_MARKS + 1) problems.push({ ...at(), message: `more than ${MAX_COMBINING_MARKS} accents are stacked on one letter: stacked marks draw over the lines around them` });
    }
    const message = characterProblem(char);
    if (message) problems.push({ ...at(), message });
    // One file full of one mistake needs only a few messages to be found and fixed.
    if (problems.length >= 20) break;
  }
  return problems;
}

const MARK = /^\p{M}$/u;

const MARK_ON_DIGIT = (digit: string, mark: string) =>
  `the mark U+${mark.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is drawn on the digit "${digit}": readers see another figure than the check reads; delete it`;

/** The problem with a digit that carries a combining mark in `text` (text already decoded), if any. */
export function markOnDigitProblem(text: string): string | undefined {
  const found = /([0-9])(\p{M})/u.exec(text);
  return found ? MARK_ON_DIGIT(found[1]!, found[2]!) : undefined;
}

/** Text in the form everything downstream reads: NFC, with a leading byte-order mark dropped. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}

/**
 * Character references in Markdown ("&#x202E;", "&#53;&#48;", "&shy;") are decoded only when the
 * page is rendered, so the checks that read the file would see "&#53;&#48;" where readers see
 * "50". None is needed: write the character itself. Lines inside fenced code are left alone
 * (a reference there is shown as written). Gives the 1-based line of each line that has one.
 */
export function characterReferenceProblems(body: string): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
      return;
    }
    if (mark) {
      fence = mark;
      return;
    }
    const reference = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(text.replace(/`[^`]*`/g, ''));
    if (reference && problems.length < 10) {
      problems.push({ line: index + 1, message: `the character reference "${reference[0]}" is not allowed: write the character itself (the checks read the text as written, readers see it decoded)` });
    }
  });
  return problems;
}
