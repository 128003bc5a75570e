/**
 * A JSON reader stricter than JSON.parse, for content/: a key written twice in one object is
 * refused (JSON.parse keeps the last silently, so an editor's correction above could be
 * overridden below), nesting deeper than a record can need is refused before it can exhaust the
 * stack, and every value's line is kept so that any later message about a field can give its line.
 * Strings are checked character by character after their escapes are decoded ("\u202e" is as
 * invisible as the character itself) and normalised to NFC.
 */
import { fieldPath } from '../../domain/errors.ts';
import { characterProblem, markOnDigitProblem } from './normalise-text.ts';

/** No content record nests deeper than 6 (a country's offers → conditions → paragraphs); 20 is generous. */
export const MAX_JSON_DEPTH = 20;

export interface JsonProblem {
  line: number;
  field: string;
  message: string;
}

export interface StrictJson {
  value?: unknown;
  /** Line of each value, by its dotted field path ("offers[0].quantity.value"; "" for the whole file). */
  lines: Map<string, number>;
  problems: JsonProblem[];
}

class Stop extends Error {}

/** Where a string's plain run of characters ends: its closing quote, an escape, or a character JSON forbids there. */
const STRING_STOP = /["\\\u0000-\u001f]/g;

export function parseStrictJson(text: string): StrictJson {
  const lines = new Map<string, number>();
  const problems: JsonProblem[] = [];
  let i = 0;
  let line = 1;
  const path: PropertyKey[] = [];
  /** The dotted field path of `path`, kept alongside it (working it out per value is slow on large files). */
  const fields: string[] = [''];
  const enter = (key: string | number) => {
    const parent = fields[fields.length - 1]!;
    path.push(key);
    fields.push(typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key);
  };
  const leave = () => {
    path.pop();
    fields.pop();
  };

  const fail = (message: string, field = fieldPath(path)): never => {
    problems.push({ line, field, message });
    throw new Stop();
  };
  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line += 1;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
      i += 1;
    }
  };
  const where = () => (i >= text.length ? 'the end of the file' : `"${text.slice(i, i + 12)}"`);

  const readString = (): string => {
    // Called at the opening quote.
    i += 1;
    let out = '';
    for (;;) {
      STRING_STOP.lastIndex = i;
      const stop = STRING_STOP.exec(text);
      if (!stop) fail('a string is not closed: add the closing "');
      out += text.slice(i, stop!.index);
      i = stop!.index;
      const c = text[i]!;
      if (c === '"') {
        i += 1;
        break;
      }
      if (c !== '\\') fail('a line break or control character inside a string: write \\n, or close the string before the line ends');
      const e = text[i + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && e in simple) {
        out += simple[e];
        i += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else fail(`"\\${e ?? ''}" is not a JSON escape`);
    }
    if (/[\uD800-\uDFFF]/.test(out.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) fail('a \\u escape makes half a character (a lone surrogate): write the character itself');
    if (/[^\x20-\x7e]/.test(out)) {
      for (const char of out) {
        const problem = char === '\n' || char === '\t' ? undefined : characterProblem(char);
        if (problem) fail(problem);
      }
      const onDigit = markOnDigitProblem(out);
      if (onDigit) fail(onDigit);
    }
    return out.normalize('NFC');
  };

  const readValue = (depth: number): unknown => {
    skipSpace();
    lines.set(fields[fields.length - 1]!, line);
    if (depth > MAX_JSON_DEPTH) fail(`is nested more than ${MAX_JSON_DEPTH} levels deep (the limit for nesting in a content file): no record needs this`);
    const c = text[i];
    if (c === '{') {
      i += 1;
      const object: Record<string, unknown> = {};
      const seen = new Map<string, number>();
      skipSpace();
      if (text[i] === '}') {
        i += 1;
        return object;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a key in double quotes at ${where()}`);
        const keyLine = line;
        const key = readString();
        const first = seen.get(key);
        enter(key);
        if (first !== undefined) fail(`is written twice in one object (lines ${first} and ${keyLine}): JSON keeps only the last, so delete one`);
        seen.set(key, keyLine);
        skipSpace();
        if (text[i] !== ':') fail(`expected ":" after the key at ${where()}`);
        i += 1;
        // "__proto__" as a plain key, never the object's prototype.
        Object.defineProperty(object, key, { value: readValue(depth + 1), enumerable: true, writable: true, configurable: true });
        leave();
        skipSpace();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === '}') {
          i += 1;
          return object;
        }
        fail(`expected "," or "}" at ${where()}`);
      }
    }
    if (c === '[') {
      i += 1;
      const array: unknown[] = [];
      skipSpace();
      if (text[i] === ']') {
        i += 1;
        return array;
      }
      for (;;) {
        enter(array.length);
        array.push(readValue(depth + 1));
        leave();
        skipSpace();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === ']') {
          i += 1;
          return array;
        }
        fail(`expected "," or "]" at ${where()}`);
      }
    }
    if (c === '"') return readString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail(`is not valid JSON at ${where()}`);
    const word = literal![0];
    if (/^-?\d/.test(word)) {
      const problem = numberProblem(word);
      if (problem) fail(problem);
    }
    i += word.length;
    return word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : Number(word);
  };

  try {
    const value = readValue(0);
    skipSpace();
    if (i < text.length) fail(`has more after the end of the JSON value, at ${where()}`, '(whole file)');
    return { value, lines, problems };
  } catch (error) {
    if (error instanceof Stop) return { lines, problems };
    throw error;
  }
}

/**
 * Why a JSON number is not stored as written, if it is not. The figure check and the reader must
 * see the number the editor wrote: "5e1" is 50 written so that no one reads 50, "1e309" becomes
 * Infinity, "-0" is shown as 0, and 50.0000000000000001 or 12345678901234567890 cannot be stored
 * exactly and would be shown rounded.
 */
export function numberProblem(word: string): string | undefined {
  if (/[eE]/.test(word)) return `the number ${word} is written with an exponent: write it out in full, with the digits 0-9`;
  const stored = Number(word);
  if (Object.is(stored, -0)) return `the number ${word} is a negative zero: write 0`;
  // Trailing zeros after the point are the same number ("17.20" is 17.2).
  const written = word.includes('.') ? word.replace(/0+$/, '').replace(/\.$/, '') : word;
  if (String(stored) !== written) return `the number ${word} has more digits than can be stored exactly (it would be read as ${stored}): check for extra digits`;
  return undefined;
}

/** The line of a field, or of the nearest enclosing field that has one. */
export function lineOfField(lines: ReadonlyMap<string, number>, field: string): number | undefined {
  let key = field === '(record)' || field === '(whole file)' ? '' : field.replace(/ \(line \d+\)$/, '');
  for (;;) {
    const found = lines.get(key);
    if (found !== undefined) return found;
    if (key === '') return undefined;
    const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
    key = cut > 0 ? key.slice(0, cut) : '';
  }
}
