/**
 * Size and depth limits, checked on a file's text BEFORE any parser reads it: a parser given
 * 10,000 nested blockquotes or a 200,000-deep array recurses until the stack breaks, and one given
 * a 50,000-row table or 10,000 footnotes builds a page no phone can open. Each limit is far above
 * what the real content uses (noted beside it) and far below what hurts; each message names the
 * limit, the line and what to do.
 */
import { MAX_JSON_DEPTH } from './strict-json.ts';

/** How long an article may be: 3,000 words, some 15 minutes at the 200 words a minute a phone reader manages. */
export const MAX_ARTICLE_WORDS = 3000;

export interface LimitProblem {
  line: number;
  field: string;
  message: string;
}

/** An article file, front matter and body: the longest real one is about 10 KB; 3,000 words of French are about 25 KB. */
export const MAX_ARTICLE_BYTES = 60_000;
/** Front matter: the longest real one is 1.6 KB. */
export const MAX_FRONT_MATTER_BYTES = 8_000;
/** One country file: the longest real one is about 3 KB. */
export const MAX_RECORD_FILE_BYTES = 40_000;
/** A list file (timeline, people, glossary, sources): the longest real one is 13 KB. */
export const MAX_LIST_FILE_BYTES = 1_000_000;
/** One text field (a summary, a description): the longest real one is about 850 characters. */
export const MAX_FIELD_CHARS = 5_000;
/** A word, split at spaces, hyphens and slashes: longer ones run off a phone's screen (the longest real one is 18). */
export const MAX_WORD_CHARS = 50;
/** Lists and quotes inside each other, on one line (">", "-", "1."): articles use one. */
export const MAX_MARKDOWN_NESTING = 6;
/** Indentation of a Markdown line, in columns (a tab counts 4): six levels of list. */
export const MAX_INDENT_COLUMNS = 24;
/** Rows of one table: the real tables have 15 to 18. */
export const MAX_TABLE_ROWS = 200;
/** Columns of one table: the real tables have 4; a phone shows a few. */
export const MAX_TABLE_COLUMNS = 12;
/** Footnote definitions in one article: the report has fewer than 40 paragraphs to cite. */
export const MAX_FOOTNOTES = 100;
/** Footnote references in one article (the same paragraph cited again counts again). */
export const MAX_FOOTNOTE_REFERENCES = 500;
/**
 * Closing square brackets in one paragraph (a link or a footnote mark has one): the Markdown
 * parser's time grows with the square of their number (28,000 take 35 s), and a real paragraph
 * has a few. Opening brackets too: 25,000 "[ " (50 KB, under the size limit) took 12 s.
 */
export const MAX_BRACKETS_PER_PARAGRAPH = 100;
/** Brackets inside brackets in front matter ("[[…]]"): the real front matter uses one level. */
export const MAX_FRONT_MATTER_DEPTH = 4;

const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;

/** The file as a whole, by kind: more bytes than this are refused before anything reads them. */
export function fileSizeProblem(bytes: number, kind: 'article' | 'record' | 'list'): LimitProblem | undefined {
  const limit = kind === 'article' ? MAX_ARTICLE_BYTES : kind === 'record' ? MAX_RECORD_FILE_BYTES : MAX_LIST_FILE_BYTES;
  if (bytes <= limit) return undefined;
  const what = kind === 'article' ? 'an article file' : kind === 'record' ? 'a record file' : 'a list file';
  return { line: 1, field: '(whole file)', message: `is ${kb(bytes)}; the limit for ${what} is ${kb(limit)}: it is far larger than any real one, so something was pasted by mistake, or the article needs splitting` };
}

/** JSON nesting, counted over brackets outside strings, so that no parser recurses into it. */
export function jsonDepthProblem(text: string): LimitProblem | undefined {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line += 1;
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return { line, field: '(whole file)', message: `nests more than ${MAX_JSON_DEPTH} levels of [ and { (the limit for nesting in a content file): no record needs this` };
    } else if (c === ']' || c === '}') depth -= 1;
  }
  return undefined;
}

/** Words in one piece of text longer than the limit (the first one found). */
export function longWordIn(text: string): string | undefined {
  if (text.length <= MAX_WORD_CHARS) return undefined;
  // Link destinations are not shown as words: "](…)", "<https://…>" and "[label]: …" definitions.
  const shown = text.replace(/\]\([^)\s]*/g, '](').replace(/<(?:https|mailto):[^>\s]*>/g, '').replace(/^\s*\[[^\]]+\]:\s*\S+/gm, '');
  return shown.split(/[\s\-/–—]+/).find((word) => [...word].length > MAX_WORD_CHARS);
}

export function textFieldProblem(value: string): string | undefined {
  if (value.length > MAX_FIELD_CHARS) return `is ${value.length} characters; the limit for one field is ${MAX_FIELD_CHARS}: no real field is near this`;
  const word = longWordIn(value);
  if (word) return `has a word of ${[...word].length} characters ("${[...word].slice(0, 20).join('')}…"); the limit is ${MAX_WORD_CHARS}, beyond which a word runs off a phone's screen`;
  return undefined;
}

/** Front matter: its size and bracket depth, before the YAML parser reads it. */
export function frontMatterProblems(frontMatter: string): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const bytes = Buffer.byteLength(frontMatter);
  if (bytes > MAX_FRONT_MATTER_BYTES) problems.push({ line: 2, field: '(front matter)', message: `is ${kb(bytes)}; the limit for front matter is ${kb(MAX_FRONT_MATTER_BYTES)}` });
  frontMatter.split('\n').forEach((text, index) => {
    let depth = 0;
    let deepest = 0;
    for (const c of text) {
      if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
      else if (c === ']' || c === '}') depth -= 1;
    }
    const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
    if (deepest > MAX_FRONT_MATTER_DEPTH || indent > MAX_INDENT_COLUMNS) {
      problems.push({ line: index + 2, field: '(front matter)', message: `nests deeper than front matter may (${MAX_FRONT_MATTER_DEPTH} levels of brackets, ${MAX_INDENT_COLUMNS} columns of indentation)` });
    }
  });
  return problems.slice(0, 5);
}

/** A Markdown body's nesting, tables, footnotes and words; `offset` is the number of lines before it in the file. */
export function markdownLimitProblems(body: string, offset: number): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const at = (index: number) => `body (line ${offset + index + 1})`;
  const lines = body.split('\n');
  let fence: string | undefined;
  let tableRows = 0;
  let tableStart = -1;
  let footnotes = 0;
  let brackets = 0;
  let openers = 0;
  let paragraphStart = 0;
  for (const [index, text] of lines.entries()) {
    if (problems.length >= 10) break;
    if (text.trim() === '') {
      brackets = 0;
      openers = 0;
      paragraphStart = index + 1;
    } else if (!fence && !/^\s*\[[^\]]+\]:/.test(text)) {
      // A definition ("[^p7]: …", "[label]: /path") is a block of its own to the parser.
      const before = brackets;
      const openersBefore = openers;
      brackets += text.split(']').length - 1;
      openers += text.split('[').length - 1;
      if (openersBefore <= MAX_BRACKETS_PER_PARAGRAPH && openers > MAX_BRACKETS_PER_PARAGRAPH) {
        problems.push({ line: offset + paragraphStart + 1, field: at(paragraphStart), message: `starts a paragraph with more than ${MAX_BRACKETS_PER_PARAGRAPH} opening brackets "[" (the limit for one paragraph; each link or footnote mark has one): split it` });
      }
      if (before <= MAX_BRACKETS_PER_PARAGRAPH && brackets > MAX_BRACKETS_PER_PARAGRAPH) {
        problems.push({ line: offset + paragraphStart + 1, field: at(paragraphStart), message: `starts a paragraph with more than ${MAX_BRACKETS_PER_PARAGRAPH} closing brackets "]" (the limit for one paragraph; each link or footnote mark has one): split it` });
      }
    }
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) fence = fenceMark;
    // Containers opened at the start of a line: ">" quotes and "-", "*", "+", "1." list items.
    const containers = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?)*/.exec(text)![0];
    const depth = (containers.match(/>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g) ?? []).length;
    const indent = /^[ \t>]*/.exec(text)![0].replace(/\t/g, '    ').length;
    if (depth > MAX_MARKDOWN_NESTING) problems.push({ line: offset + index + 1, field: at(index), message: `nests ${depth} quotes and lists inside each other; the limit is ${MAX_MARKDOWN_NESTING}: no article needs deeper nesting` });
    else if (indent > MAX_INDENT_COLUMNS) problems.push({ line: offset + index + 1, field: at(index), message: `is indented ${indent} columns; the limit is ${MAX_INDENT_COLUMNS} (about six levels of list): no article needs deeper nesting` });
    // A table runs from a header row with "|" over a delimiter row ("|---|") to the next blank
    // line: GFM takes every line in between as a row, with or without a "|".
    const inTable = tableRows > 0 ? text.trim() !== '' : /\|/.test(text) && /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(lines[index + 1] ?? '') && /\|/.test(lines[index + 1] ?? '');
    if (inTable) {
      if (tableRows === 0) {
        tableStart = index;
        const columns = text.trim().replace(/^\||\|$/g, '').split('|').length;
        if (columns > MAX_TABLE_COLUMNS) problems.push({ line: offset + index + 1, field: at(index), message: `starts a table of ${columns} columns; the limit is ${MAX_TABLE_COLUMNS}: a phone cannot show more` });
      }
      tableRows += 1;
      if (tableRows === MAX_TABLE_ROWS + 3) problems.push({ line: offset + tableStart + 1, field: at(tableStart), message: `starts a table of more than ${MAX_TABLE_ROWS} rows (the limit for one table): split it, or link to the data download instead` });
    } else tableRows = 0;
    if (/^\s*\[\^[^\]]+\]:/.test(text)) {
      footnotes += 1;
      if (footnotes === MAX_FOOTNOTES + 1) problems.push({ line: offset + index + 1, field: at(index), message: `is footnote number ${MAX_FOOTNOTES + 1}; the limit is ${MAX_FOOTNOTES} footnotes in one article` });
    }
    const word = depth > MAX_MARKDOWN_NESTING || indent > MAX_INDENT_COLUMNS ? undefined : longWordIn(text.slice(containers.length));
    if (word) problems.push({ line: offset + index + 1, field: at(index), message: `has a word of ${[...word].length} characters ("${[...word].slice(0, 20).join('')}…"); the limit is ${MAX_WORD_CHARS}, beyond which a word runs off a phone's screen` });
  }
  // The word limit, counted as validate.ts counts it, before the parser spends seconds on 14,000 list items.
  const words = body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (words > MAX_ARTICLE_WORDS) problems.push({ line: offset + 1, field: 'body', message: `is ${words} words; an article may have at most ${MAX_ARTICLE_WORDS} (about 15 minutes' reading on a phone): split it in two` });
  const references = body.match(/\[\^[^\]\n]+\](?!:)/g)?.length ?? 0;
  if (references > MAX_FOOTNOTE_REFERENCES) problems.push({ line: offset + 1, field: 'body', message: `has ${references} footnote references; the limit is ${MAX_FOOTNOTE_REFERENCES} in one article` });
  return problems;
}
