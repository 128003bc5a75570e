/**
 * Front matter is read as plain data and nothing else: a key written twice is refused (with both
 * lines), and so is every YAML tag ("!!js/function", "!!binary", even "!!str": front matter needs
 * none, and a tag the parser does not know would ship its text as if it were a label), anchor and
 * alias (a small file can expand into a huge one through aliases). Every value's line in the file
 * is kept, so a later message about a field can give it. Strings are checked character by
 * character after YAML's escapes are decoded ("\u202E" in double quotes is the character itself).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { fieldPath } from '../../domain/errors.ts';
import { characterProblem } from './normalise-text.ts';
import type { JsonProblem } from './strict-json.ts';

export interface StrictYaml {
  value?: unknown;
  lines: Map<string, number>;
  problems: JsonProblem[];
}

/**
 * Parses front matter whose first line is line `firstLine` of the file (2, after the opening "---").
 */
export function parseStrictYaml(text: string, firstLine: number): StrictYaml {
  const lines = new Map<string, number>();
  const problems: JsonProblem[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined) => counter.linePos(offset ?? 0).line + firstLine - 1;

  // Unknown tags are warnings to the parser; the walk below reports every tag, with its field.
  for (const error of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) {
    const line = lineAt(error.pos[0]);
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const message =
      error.code === 'DUPLICATE_KEY'
        ? 'a key is written twice (YAML keeps only one): delete one'
        : `is not valid YAML: ${what}`;
    problems.push({ line, field: '(front matter)', message });
  }
  if (problems.length > 0) return { lines, problems };

  const walk = (node: unknown, path: PropertyKey[]) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    const line = lineAt(n.range?.[0]);
    const field = fieldPath(path);
    lines.set(path.length ? field : '', line);
    if (isAlias(n)) {
      problems.push({ line, field, message: 'uses a YAML alias (*name): write the value out in full' });
      return;
    }
    if (n.anchor) problems.push({ line, field, message: `has a YAML anchor (&${n.anchor}): write the value out in full` });
    if (n.tag) problems.push({ line, field, message: `has a YAML tag (${shortTag(n.tag)}): front matter is plain text, numbers and lists; delete the tag` });
    if (isMap(n)) {
      for (const pair of n.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '(key)';
        if (!isScalar(pair.key) || (typeof pair.key.value !== 'string' && typeof pair.key.value !== 'number')) {
          problems.push({ line: lineAt((pair.key as Node | null)?.range?.[0]), field, message: 'a key must be a plain word' });
          continue;
        }
        if (pair.key.tag) problems.push({ line: lineAt(pair.key.range?.[0]), field: fieldPath([...path, key]), message: `has a YAML tag (${shortTag(pair.key.tag)}) on its key: delete the tag` });
        if (pair.value === null) lines.set(fieldPath([...path, key]), lineAt(pair.key.range?.[0]));
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, index) => walk(item, [...path, index]));
    } else if (isScalar(n) && typeof n.value === 'string') {
      // Every front-matter text is one line (a title, a label, a one-sentence takeaway): a "|" or
      // ">" block or a "\n" escape would carry a line break into the page title, feed and share card.
      if (/[\r\n]/.test(n.value)) {
        problems.push({ line, field, message: 'has a line break (from a "|" or ">" block or a \\n): write it on one line, in quotes' });
        return;
      }
      for (const char of n.value) {
        const problem = characterProblem(char);
        if (problem && char !== '\n' && char !== '\t') {
          problems.push({ line, field, message: problem });
          break;
        }
      }
    }
  };
  walk(doc.contents, []);
  if (problems.length > 0) return { lines, problems };
  const normalise = (value: unknown): unknown =>
    typeof value === 'string' ? value.normalize('NFC') : Array.isArray(value) ? value.map(normalise) : value && typeof value === 'object' && !(value instanceof Date) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)])) : value;
  return { value: normalise(doc.toJS({ maxAliasCount: 0 })), lines, problems };
}

/** "tag:yaml.org,2002:js/function" as the editor wrote it: "!!js/function". */
const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');
