/**
 * After the build: moves each translated language's not-found page from <lang>/404/index.html
 * (where Astro writes a page at /fr/404) to <lang>/404.html, the name static hosts look for when
 * they serve "the nearest 404.html" for an unknown address under /fr/ or /ht/.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRANSLATED_LANGS } from '../../i18n/languages.ts';

export function languageNotFoundPages(): AstroIntegration {
  return {
    name: 'language-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const lang of TRANSLATED_LANGS) {
          const built = join(out, lang, '404', 'index.html');
          if (!existsSync(built)) throw new Error(`language-404: no not-found page was built for ${lang}`);
          renameSync(built, join(out, lang, '404.html'));
          rmdirSync(join(out, lang, '404'));
        }
      },
    },
  };
}
