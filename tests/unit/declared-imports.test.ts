/**
 * Every package the code imports is declared in package.json, in the right list: what the build
 * or the pages need in `dependencies` (a production install, `npm ci --omit=dev`, must still
 * build the site), tools for tests and the benchmark in either list, and a type-only import's
 * `@types/…` package in either. An import that works only because another package happens to
 * bring it along (hoisted into node_modules) breaks the day that package drops it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Manifest;
const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
const everything = new Set([...runtime, ...Object.keys(manifest.devDependencies ?? {})]);

const CODE = /\.(ts|mts|mjs|js|astro)$/;
function codeFiles(dir: string): string[] {
  return readdirSync(join(projectRoot, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(projectRoot, path)).isDirectory()) return name === 'fixtures' ? [] : codeFiles(path);
    return CODE.test(name) ? [path] : [];
  });
}

export interface ImportSite {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

/** Bare specifiers of static imports, re-exports and dynamic imports, with whether they are type-only. */
export function importsOf(file: string, text: string): ImportSite[] {
  const sites: ImportSite[] = [];
  const pattern = /\b(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[3] ?? match[4]!;
    if (/^[./]/.test(specifier) || specifier.includes(':')) continue; // relative, node:, astro:, virtual
    sites.push({ file, specifier, typeOnly: Boolean(match[2]) });
  }
  return sites;
}

/** 'astro/zod' → 'astro', '@astrojs/markdown-remark/x' → '@astrojs/markdown-remark'. */
export const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const typesPackage = (name: string): string => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

const builtins = new Set(builtinModules);
const sites = ['src', 'scripts', 'tests', 'bench', 'astro.config.mjs', 'vitest.config.ts']
  .flatMap((path) => {
    try {
      return statSync(join(projectRoot, path)).isDirectory() ? codeFiles(path) : [path];
    } catch {
      return []; // a folder the project does not have (yet)
    }
  })
  .flatMap((file) => importsOf(file, readFileSync(join(projectRoot, file), 'utf8')))
  .filter((site) => !builtins.has(packageOf(site.specifier)));

/** What the site needs to build and run: src/ and the Astro config. */
const isSiteCode = (file: string) => file.startsWith('src/') || file === 'astro.config.mjs';

describe('declared imports', () => {
  it('finds imports to check (the scan itself works)', () => {
    expect(sites.length).toBeGreaterThan(50);
    expect(sites.some((site) => site.specifier === 'leaflet')).toBe(true);
    expect(sites.some((site) => site.typeOnly)).toBe(true);
  });

  it('reads import forms the way a bundler does', () => {
    expect(importsOf('x.ts', `import type { Root } from 'hast';\nimport { x } from '@scope/pkg/sub';\nconst l = await import('leaflet');\nimport './local.ts';`)).toEqual([
      { file: 'x.ts', specifier: 'hast', typeOnly: true },
      { file: 'x.ts', specifier: '@scope/pkg/sub', typeOnly: false },
      { file: 'x.ts', specifier: 'leaflet', typeOnly: false },
    ]);
    expect(packageOf('@scope/pkg/sub')).toBe('@scope/pkg');
    expect(packageOf('astro/zod')).toBe('astro');
  });

  it('declares every imported package, the ones the site needs to build in dependencies', () => {
    const problems = sites.flatMap(({ file, specifier, typeOnly }) => {
      const name = packageOf(specifier);
      if (typeOnly) return everything.has(name) || everything.has(typesPackage(name)) ? [] : [`${relative('.', file)}: types of '${name}' are not declared`];
      if (isSiteCode(file)) return runtime.has(name) ? [] : [`${file}: '${name}' must be in dependencies (the build needs it)`];
      return everything.has(name) ? [] : [`${file}: '${name}' is not declared in package.json`];
    });
    expect([...new Set(problems)]).toEqual([]);
  });
});
