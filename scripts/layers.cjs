/**
 * The layers of src/, as the folders show them, enforced by dependency-cruiser in `npm test`
 * (`npm run lint:layers`). From the bottom up:
 *
 *   src/domain/   the vocabulary, the data types and schemas, errors: imports nothing of ours
 *   src/i18n/     the dictionaries and formatters of each language: imports domain
 *   src/shared/   pure logic the pages, the build and the browser all use (no Node, no DOM)
 *   src/build/    runs only in Node at build time: reading and checking content, Markdown,
 *                 share cards, caches, the Astro integrations
 *   src/client/   runs only in the reader's browser: the map, search, offline reading, the embed
 *   src/pages/, src/components/, src/layouts/   Astro, on top: may use everything but client code
 *                 (which they load through <script> tags, bundled by Astro)
 *
 * Nothing imports upward, browser code imports nothing Node-only (not even a type from the build,
 * which one edit could turn into a value import that ships build code to readers).
 */
const NODE_ONLY = ['core'];
const layer = (name) => `^src/${name}/`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files in a circle cannot be read, tested or moved one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-nothing-else',
      severity: 'error',
      comment: 'The domain (vocabulary, types, errors) is the floor: it imports no other layer.',
      from: { path: layer('domain') },
      to: { path: '^src/', pathNot: layer('domain') },
    },
    {
      name: 'i18n-imports-only-domain',
      severity: 'error',
      from: { path: layer('i18n') },
      to: { path: '^src/', pathNot: [layer('domain'), layer('i18n')] },
    },
    {
      name: 'shared-imports-only-below',
      severity: 'error',
      comment: 'Shared logic runs in the browser too: it may use the domain and the languages, nothing above.',
      from: { path: layer('shared') },
      to: { path: '^src/', pathNot: [layer('domain'), layer('i18n'), layer('shared')] },
    },
    {
      name: 'floors-without-node',
      severity: 'error',
      comment: 'domain, i18n, shared and client code reaches readers: no Node built-in module.',
      from: { path: ['^src/(domain|i18n|shared|client)/'] },
      to: { dependencyTypes: NODE_ONLY },
    },
    {
      name: 'build-never-imports-browser-or-pages',
      severity: 'error',
      from: { path: layer('build') },
      to: { path: ['^src/(client|pages|components|layouts)/'] },
    },
    {
      name: 'client-imports-nothing-of-the-build',
      severity: 'error',
      comment: 'Browser code may use domain, i18n, shared and client only, type imports included.',
      from: { path: layer('client') },
      to: { path: '^src/', pathNot: [layer('domain'), layer('i18n'), layer('shared'), layer('client'), '^src/styles/'] },
    },
    {
      name: 'nothing-imports-pages',
      severity: 'error',
      comment: 'Pages are the top: only Astro reads them.',
      from: { pathNot: '^src/pages/' },
      to: { path: '^src/pages/' },
    },
    {
      name: 'components-stay-above',
      severity: 'error',
      comment: 'Components and layouts are Astro: no layer below may import them.',
      from: { path: '^src/(domain|i18n|shared|build|client)/' },
      to: { path: '^src/(components|layouts)/' },
    },
    {
      name: 'site-never-imports-tests-or-tools',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|bench|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type import from the build is one edit away from a value import.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro', '.d.ts'] },
    exclude: { path: ['^src/env\\.d\\.ts$', '\\.d\\.ts$'] },
  },
};
