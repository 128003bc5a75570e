/**
 * The one piece of code that finds and reads content/: the content check and Astro's collections
 * (src/build/content-loader.ts) both read exactly what this returns, so nothing can be published
 * that was not checked, or checked that is never published. Files it cannot accept (a name that is
 * not a web address, a dot-file, a symbolic link, a file of the wrong type) are reported in
 * `errors` and left out, never thrown. Runs in Node only (build time and tests), never in a page.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TRANSLATED_LANGS, type Lang } from '../../i18n/languages.ts';
import type { ContentError } from '../../domain/errors.ts';
import { fileSizeProblem, frontMatterProblems, jsonDepthProblem, markdownLimitProblems, textFieldProblem } from './limits.ts';
import { characterReferenceProblems, decodeUtf8, normaliseText, textProblems } from './normalise-text.ts';
import { lineOfField, parseStrictJson } from './strict-json.ts';
import { parseStrictYaml } from './strict-yaml.ts';

/** One record's parsed data, with the path shown in error messages. */
export interface ContentFile {
  /** Where to point an editor, e.g. "content/countries/belize.json" or "content/people.json [2]". */
  file: string;
  /** The file it came from, relative to the project root, e.g. "content/people.json". */
  path: string;
  /** Id taken from the file name, or from the record's "id" for list files. */
  id: string;
  data: unknown;
  /** Markdown body, for articles. */
  body?: string;
  /** How many lines of the file come before the body, so messages can give the file's line number. */
  bodyOffset?: number;
  /** The file's text, for change detection. */
  raw: string;
  /** The line of a field in the file ("offers[0].quantity"), or of the nearest field around it that has one. */
  lineOf?: (field: string) => number | undefined;
}

/** What one language's folder holds: the English originals, or one translation of them. */
export interface ContentTree {
  countries: ContentFile[];
  articles: ContentFile[];
  timeline: ContentFile[];
  people: ContentFile[];
  glossary: ContentFile[];
}

/** A file's record once its schema has accepted it: the same file, with typed data. */
export type Parsed<T> = Omit<ContentFile, 'data' | 'path' | 'raw'> & { data: T };

export interface ContentFiles extends ContentTree {
  sources: ContentFile[];
  /** content/translations/<lang>/, one tree per translated language. */
  translations: Record<Exclude<Lang, 'en'>, ContentTree>;
  /**
   * Files that exist but were refused before any schema saw them (unreadable, not UTF-8,
   * invisible characters, over a limit), as shown in messages ("content/countries/belize.json").
   * Their own message is the one error: checks across files do not blame others for their absence.
   */
  refused: Set<string>;
}
export type CollectionName = keyof ContentTree | 'sources';

/** A file name (without its extension) becomes a page address, so it is held to what an address can be. */
const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads content/ below `root`. */
export function readContent(root: string): { files: ContentFiles; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const dir = join(root, 'content');
  const shown = (path: string) => relative(root, path).split(sep).join('/');
  const refused = new Set<string>();
  const fail = (path: string, field: string, message: string, line?: number) => errors.push({ file: shown(path), field, message, ...(line === undefined ? {} : { line }) });
  /** Refuses a file that exists: its message, and no cascade onto files that depend on it. */
  const refuse = (path: string, field: string, message: string, line?: number) => {
    refused.add(shown(path));
    // In a list file, "[2].role" is the record "content/people.json [2]", field "role", as elsewhere.
    const record = /^\[(\d+)\]\.?(.*)$/.exec(field);
    if (record) errors.push({ file: `${shown(path)} [${record[1]}]`, field: record[2] || '(record)', message, ...(line === undefined ? {} : { line }) });
    else fail(path, field, message, line);
  };

  let contentDir: string;
  try {
    contentDir = realpathSync(dir);
  } catch {
    fail(dir, '(folder)', 'is missing: the site is built from this folder');
    const empty = (): ContentTree => ({ countries: [], articles: [], timeline: [], people: [], glossary: [] });
    return { files: { sources: [], ...empty(), translations: Object.fromEntries(TRANSLATED_LANGS.map((lang) => [lang, empty()])) as ContentFiles['translations'], refused }, errors };
  }

  /**
   * The file's text, or undefined (with a message) when it is a link, outside content/, unreadable,
   * over its size limit, not UTF-8, or holds a character content may not (normalise-text.ts).
   * The text returned is in NFC, so everything downstream reads one spelling of each letter.
   */
  const readText = (path: string, kind: 'article' | 'record' | 'list'): string | undefined => {
    try {
      if (lstatSync(path).isSymbolicLink()) {
        fail(path, '(whole file)', 'is a symbolic link: content must be a plain file inside content/');
        return undefined;
      }
      const real = realpathSync(path);
      if (real !== contentDir && !real.startsWith(contentDir + sep)) {
        fail(path, '(whole file)', 'resolves to a place outside content/: content must be a plain file inside content/');
        return undefined;
      }
      const bytes = readFileSync(path);
      const tooBig = fileSizeProblem(bytes.length, kind);
      if (tooBig) {
        refuse(path, tooBig.field, tooBig.message, tooBig.line);
        return undefined;
      }
      const decoded = decodeUtf8(bytes);
      if ('problem' in decoded) {
        refuse(path, '(whole file)', decoded.problem.message, decoded.problem.line);
        return undefined;
      }
      // A byte-order mark (some Windows editors add one) is invisible and harmless: dropped here.
      const text = normaliseText(decoded.text);
      const problems = textProblems(text);
      if (problems.length > 0) {
        refused.add(shown(path));
        const lines = text.split('\n');
        for (const problem of problems) {
          const field = fieldAt(kind, lines, problem.line);
          errors.push({ file: shown(path), field, message: problem.message, line: problem.line, column: problem.column });
        }
        return undefined;
      }
      return text;
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      fail(path, '(whole file)', missing ? 'is missing: the site needs this file (an empty list is written [])' : `cannot be read: ${(error as Error).message}`);
      return undefined;
    }
  };

  /** JSON read strictly (strict-json.ts): no key twice, no deep nesting, every field's line kept. */
  const parseJson = (path: string, text: string): { value: unknown; lines: Map<string, number> } | undefined => {
    const deep = jsonDepthProblem(text);
    if (deep) {
      refuse(path, deep.field, deep.message, deep.line);
      return undefined;
    }
    const parsed = parseStrictJson(text);
    for (const problem of parsed.problems) refuse(path, problem.field === '(record)' ? '(whole file)' : problem.field, problem.message, problem.line);
    if (parsed.problems.length > 0) return undefined;
    let longText = false;
    const visitStrings = (value: unknown, field: string) => {
      if (typeof value === 'string') {
        const problem = textFieldProblem(value);
        if (problem) {
          refuse(path, field || '(whole file)', problem, lineOfField(parsed.lines, field));
          longText = true;
        }
      } else if (Array.isArray(value)) value.forEach((item, i) => visitStrings(item, `${field}[${i}]`));
      else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visitStrings(item, field ? `${field}.${key}` : key);
    };
    visitStrings(parsed.value, '');
    return longText ? undefined : { value: parsed.value, lines: parsed.lines };
  };

  // Files holding a list of records: each record is its own entry, named by its "id" field.
  const readList = (name: string, base = dir): ContentFile[] => {
    const path = join(base, name);
    const raw = readText(path, 'list');
    if (raw === undefined) return [];
    const parsed = parseJson(path, raw);
    if (parsed === undefined) return [];
    const data = parsed.value;
    if (!Array.isArray(data)) {
      refuse(path, '(whole file)', 'must be a JSON array of records', 1);
      return [];
    }
    return data.map((record, index) => ({
      file: `${shown(path)} [${index}]`,
      path: shown(path),
      id: typeof record?.id === 'string' ? record.id : `#${index}`,
      data: record,
      raw: JSON.stringify(record),
      lineOf: (field: string) => lineOfField(parsed.lines, field === '(record)' || field === '(whole file)' ? `[${index}]` : `[${index}]${field.startsWith('[') ? '' : '.'}${field}`),
    }));
  };

  /** The files of a folder collection that are fit to read; every other entry is reported. */
  const listFolder = (sub: string, ext: string, base = dir): { path: string; id: string }[] => {
    const folder = join(base, sub);
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      fail(folder, '(folder)', `is missing: create it and put the ${ext} files in it`);
      return [];
    }
    const seen = new Map<string, string>();
    return names.flatMap((name) => {
      const path = join(folder, name);
      if (name.startsWith('.')) {
        fail(path, '(file name)', 'starts with a dot, so it would never be published: rename it or remove it');
        return [];
      }
      if (lstatSync(path).isDirectory()) {
        fail(path, '(file name)', `is a folder: only ${ext} files directly inside ${shown(folder)}/ are read`);
        return [];
      }
      if (!name.endsWith(ext)) {
        fail(path, '(file name)', `is not a ${ext} file: only ${ext} files belong in ${shown(folder)}/`);
        return [];
      }
      const id = name.slice(0, -ext.length);
      if (!FILE_ID.test(id)) {
        fail(path, '(file name)', `becomes the page's address, so it may use only lowercase a-z, 0-9 and single hyphens, e.g. "antigua-and-barbuda${ext}"`);
        return [];
      }
      const clash = seen.get(id.toLowerCase());
      if (clash) {
        fail(path, '(file name)', `has the same address as ${clash}`);
        return [];
      }
      seen.set(id.toLowerCase(), shown(path));
      return [{ path, id }];
    });
  };

  /** The originals in content/, or a translation in content/translations/<lang>/: the same layout. */
  const readTree = (base: string): ContentTree => {
    const countries = listFolder('countries', '.json', base).flatMap(({ path, id }) => {
      const raw = readText(path, 'record');
      if (raw === undefined) return [];
      const parsed = parseJson(path, raw);
      return parsed === undefined ? [] : [{ file: shown(path), path: shown(path), id, data: parsed.value, raw, lineOf: (field: string) => lineOfField(parsed.lines, field) }];
    });

    const articles = listFolder('articles', '.md', base).flatMap(({ path, id }) => {
      const raw = readText(path, 'article');
      if (raw === undefined) return [];
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
      if (!match) {
        refuse(path, '(front matter)', 'must start with a front matter block between --- lines', 1);
        return [];
      }
      const frontMatter = match[1] ?? '';
      const body = match[2] ?? '';
      // "---", the front matter's lines, then the closing "---".
      const bodyOffset = frontMatter.split('\n').length + 2;
      // Limits first, so that no parser meets 10,000 nested quotes or a 50,000-row table.
      const limits = [
        ...frontMatterProblems(frontMatter),
        ...markdownLimitProblems(body, bodyOffset),
        ...characterReferenceProblems(body).map(({ line, message }) => ({ line: line + bodyOffset, field: `body (line ${line + bodyOffset})`, message })),
      ];
      for (const problem of limits) refuse(path, problem.field, problem.message, problem.line);
      if (limits.length > 0) return [];
      const yaml = parseStrictYaml(frontMatter, 2);
      for (const problem of yaml.problems) refuse(path, problem.field, problem.message, problem.line);
      if (yaml.problems.length > 0) return [];
      let long = false;
      const visitStrings = (value: unknown, field: string) => {
        if (typeof value === 'string') {
          const problem = textFieldProblem(value);
          if (problem) {
            refuse(path, field, problem, lineOfField(yaml.lines, field));
            long = true;
          }
        } else if (Array.isArray(value)) value.forEach((item, i) => visitStrings(item, `${field}[${i}]`));
        else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) visitStrings(item, field ? `${field}.${key}` : key);
      };
      visitStrings(yaml.value, '');
      if (long) return [];
      return [{ file: shown(path), path: shown(path), id, data: yaml.value, body, bodyOffset, raw, lineOf: (field: string) => lineOfField(yaml.lines, field) }];
    });
    return { countries, articles, timeline: readList('timeline.json', base), people: readList('people.json', base), glossary: readList('glossary.json', base) };
  };

  return {
    files: {
      sources: readList('sources.json'),
      ...readTree(dir),
      translations: Object.fromEntries(TRANSLATED_LANGS.map((lang) => [lang, readTree(join(dir, 'translations', lang))])) as ContentFiles['translations'],
      refused,
    },
    errors,
  };
}

/**
 * The field a line of a file belongs to, for a message about a character on that line before the
 * file could be parsed: the JSON key or front matter key written on it, or the body.
 */
function fieldAt(kind: 'article' | 'record' | 'list', lines: readonly string[], line: number): string {
  if (kind === 'article') {
    const close = lines.indexOf('---', 1);
    if (close < 0 || line - 1 < close) {
      for (let i = line - 1; i >= 1; i--) {
        const key = /^([A-Za-z][\w-]*):/.exec(lines[i] ?? '')?.[1];
        if (key) return key;
      }
      return '(front matter)';
    }
    return `body (line ${line})`;
  }
  for (let i = line - 1; i >= 0; i--) {
    const key = /^\s*"([^"]{1,60})"\s*:/.exec(lines[i] ?? '')?.[1];
    if (key) return key;
  }
  return '(whole file)';
}
