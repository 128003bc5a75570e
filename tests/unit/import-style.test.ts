/**
 * Issue 19: one import style. Every relative import names its file with its extension
 * ("./format.ts", "../components/Map.astro"), as Node and the browser resolve it, so a file runs
 * the same under Vite, under plain Node (the build's worker threads) and in the tests, with no
 * resolve hook to teach Node Vite's guesses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

const FOLDERS = ['src', 'scripts', 'bench', 'tests'];
const files = FOLDERS.flatMap((folder) =>
  (readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /\.(ts|mts|mjs|astro)$/.test(file) && !file.split(/[\\/]/).includes('fixtures'))
    .map((file) => join(projectRoot, folder, file)),
).concat(join(projectRoot, 'astro.config.mjs'), join(projectRoot, 'vitest.config.ts'));

// Statements only (not comments or strings that show code): `import … from './x'`, `import './x'`,
// `export … from './x'`, the closing `} from './x'` of a long import, and `await import('./x')`.
const STATEMENT = /^\s*(?:import\b|export\b|\}\s*from\b)|^[^'"`]*\bawait import\(/;
const COMMENT = /^\s*(\/\/|\*|\/\*)/;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.\.?\/[^'"]+)\1/g;

function relativeImports(file: string): { line: number; specifier: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, index) => (STATEMENT.test(text) && !COMMENT.test(text) ? [...text.matchAll(SPECIFIER)].map((match) => ({ line: index + 1, specifier: match[2]! })) : []));
}

describe('relative imports', () => {
  const all = files.flatMap((file) => relativeImports(file).map((found) => ({ file: relative(projectRoot, file), ...found })));

  it('are found (a wrong pattern or root would check nothing)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(all.length).toBeGreaterThan(500);
  });

  it('name their file with its extension', () => {
    const bare = all.filter(({ specifier }) => !/\.[a-z]+(\?[\w=&]+)?$/i.test(specifier.split('/').pop() ?? ''));
    expect(bare.map(({ file, line, specifier }) => `${file}:${line}: ${specifier}`)).toEqual([]);
  });

  it('lead to a file that exists', () => {
    const missing = all.filter(({ file, specifier }) => !existsSync(join(projectRoot, dirname(file), specifier.split('?')[0]!)));
    expect(missing.map(({ file, line, specifier }) => `${file}:${line}: ${specifier}`)).toEqual([]);
  });
});
