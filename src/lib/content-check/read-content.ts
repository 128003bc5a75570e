/**
 * The one piece of code that finds and reads content/: the content check and Astro's collections
 * (src/lib/content-loader.ts) both read exactly what this returns, so nothing can be published
 * that was not checked, or checked that is never published. Files it cannot accept (a name that is
 * not a web address, a dot-file, a symbolic link, a file of the wrong type) are reported in
 * `errors` and left out, never thrown. Runs in Node only (build time and tests), never in a page.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TRANSLATED_LANGS, type Lang } from '../../i18n/languages.ts';
import type { ContentError } from './errors.ts';

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
}
export type CollectionName = keyof ContentTree | 'sources';

/** A file name (without its extension) becomes a page address, so it is held to what an address can be. */
const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads content/ below `root`. */
export function readContent(root: string): { files: ContentFiles; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const dir = join(root, 'content');
  const shown = (path: string) => relative(root, path).split(sep).join('/');
  const fail = (path: string, field: string, message: string) => errors.push({ file: shown(path), field, message });

  let contentDir: string;
  try {
    contentDir = realpathSync(dir);
  } catch {
    fail(dir, '(folder)', 'is missing: the site is built from this folder');
    const empty = (): ContentTree => ({ countries: [], articles: [], timeline: [], people: [], glossary: [] });
    return { files: { sources: [], ...empty(), translations: Object.fromEntries(TRANSLATED_LANGS.map((lang) => [lang, empty()])) as ContentFiles['translations'] }, errors };
  }

  /** The file's text, or undefined (with a message) when it is a link, outside content/ or unreadable. */
  const readText = (path: string): string | undefined => {
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
      // A byte-order mark (some Windows editors add one) is invisible and harmless: drop it.
      return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      fail(path, '(whole file)', missing ? 'is missing: the site needs this file (an empty list is written [])' : `cannot be read: ${(error as Error).message}`);
      return undefined;
    }
  };

  const parseJson = (path: string, text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      fail(path, '(whole file)', `is not valid JSON: ${(error as Error).message}`);
      return undefined;
    }
  };

  // Files holding a list of records: each record is its own entry, named by its "id" field.
  const readList = (name: string, base = dir): ContentFile[] => {
    const path = join(base, name);
    const raw = readText(path);
    if (raw === undefined) return [];
    const data = parseJson(path, raw);
    if (data === undefined) return [];
    if (!Array.isArray(data)) {
      fail(path, '(whole file)', 'must be a JSON array of records');
      return [];
    }
    return data.map((record, index) => ({
      file: `${shown(path)} [${index}]`,
      path: shown(path),
      id: typeof record?.id === 'string' ? record.id : `#${index}`,
      data: record,
      raw: JSON.stringify(record),
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
      const raw = readText(path);
      if (raw === undefined) return [];
      const data = parseJson(path, raw);
      return data === undefined ? [] : [{ file: shown(path), path: shown(path), id, data, raw }];
    });

    const articles = listFolder('articles', '.md', base).flatMap(({ path, id }) => {
      const raw = readText(path);
      if (raw === undefined) return [];
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
      if (!match) {
        fail(path, '(front matter)', 'must start with a front matter block between --- lines');
        return [];
      }
      try {
        const frontMatter = match[1] ?? '';
        // "---", the front matter's lines, then the closing "---".
        const bodyOffset = frontMatter.split('\n').length + 2;
        return [{ file: shown(path), path: shown(path), id, data: parseYaml(frontMatter), body: match[2] ?? '', bodyOffset, raw }];
      } catch (error) {
        fail(path, '(front matter)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
        return [];
      }
    });
    return { countries, articles, timeline: readList('timeline.json', base), people: readList('people.json', base), glossary: readList('glossary.json', base) };
  };

  return {
    files: {
      sources: readList('sources.json'),
      ...readTree(dir),
      translations: Object.fromEntries(TRANSLATED_LANGS.map((lang) => [lang, readTree(join(dir, 'translations', lang))])) as ContentFiles['translations'],
    },
    errors,
  };
}
