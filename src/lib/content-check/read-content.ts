/**
 * Reads every file under content/ as plain data, for the content check. Runs in Node only
 * (build time and tests), never in a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentError } from './errors.ts';

/** One file's parsed data, with the path shown in error messages. */
export interface ContentFile {
  /** Path relative to the project root, e.g. "content/countries/belize.json". */
  file: string;
  /** Id taken from the file name, for files that hold one record. */
  id: string;
  data: unknown;
  /** Markdown body, for articles. */
  body?: string;
  /** How many lines of the file come before the body, so messages can give the file's line number. */
  bodyOffset?: number;
}

export interface ContentFiles {
  sources: ContentFile[];
  countries: ContentFile[];
  articles: ContentFile[];
  timeline: ContentFile[];
  people: ContentFile[];
  glossary: ContentFile[];
}

/** Reads content/ below `root`. Files that cannot be parsed are reported in `errors`, not thrown. */
export function readContent(root: string): { files: ContentFiles; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const dir = join(root, 'content');
  const shown = (path: string) => relative(root, path).split('\\').join('/');

  const readJson = (path: string): unknown => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      errors.push({ file: shown(path), field: '(whole file)', message: `is not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
  };

  // Files holding a list of records: each record is its own entry, named by its "id" field.
  const readList = (name: string): ContentFile[] => {
    const path = join(dir, name);
    const data = readJson(path);
    if (data === undefined) return [];
    if (!Array.isArray(data)) {
      errors.push({ file: shown(path), field: '(whole file)', message: 'must be a JSON array of records' });
      return [];
    }
    return data.map((record, index) => ({
      file: `${shown(path)} [${index}]`,
      id: typeof record?.id === 'string' ? record.id : `#${index}`,
      data: record,
    }));
  };

  const listDir = (sub: string, ext: string): string[] =>
    readdirSync(join(dir, sub))
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => join(dir, sub, name));

  const countries = listDir('countries', '.json').map((path) => ({
    file: shown(path),
    id: idFromPath(path, '.json'),
    data: readJson(path),
  }));

  const articles = listDir('articles', '.md').flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) {
      errors.push({ file: shown(path), field: '(front matter)', message: 'must start with a front matter block between --- lines' });
      return [];
    }
    try {
      const frontMatter = match[1] ?? '';
      // "---", the front matter's lines, then the closing "---".
      const bodyOffset = frontMatter.split('\n').length + 2;
      return [{ file: shown(path), id: idFromPath(path, '.md'), data: parseYaml(frontMatter), body: match[2] ?? '', bodyOffset }];
    } catch (error) {
      errors.push({ file: shown(path), field: '(front matter)', message: `is not valid YAML: ${(error as Error).message}` });
      return [];
    }
  });

  return {
    files: {
      sources: readList('sources.json'),
      countries,
      articles,
      timeline: readList('timeline.json'),
      people: readList('people.json'),
      glossary: readList('glossary.json'),
    },
    errors,
  };
}

function idFromPath(path: string, ext: string): string {
  return (path.split(/[\\/]/).at(-1) ?? path).slice(0, -ext.length);
}
