/**
 * After the build, before Pagefind indexes dist/: French and Kreyòl typography (src/i18n/typography.ts)
 * over everything each language outputs under its prefix: pages (text and human attributes), the
 * feed, the JSON data and the static map's SVG. One step, so no template or content file has to
 * type a no-break space, and none can forget one. The CSV is typeset as it is written
 * (src/shared/map/export.ts), the share cards before they are drawn (src/build/share-image/card.ts):
 * both with the same function. On pages, a quotation kept in the speaker's English is marked
 * lang="en" (and left unspaced), recognised by being a quotation of the English content. <script> and <style> are copied byte for byte, so the CSP hashes of
 * inline scripts and styles still match.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, DEFAULT_LANG } from '../../i18n/languages.ts';
import { en } from '../../i18n/dictionaries/en.ts';
import { dictionaryStrings } from '../no-english.ts';
import { englishQuotationTest, typesetJson, typesetMarkup } from '../../i18n/typeset-files.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The English content's text (records and articles, not their translations), where English quotations are found. */
function englishContent(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return filesUnder(contentDir)
    .filter((file) => !file.startsWith(join(contentDir, 'translations')) && /\.(json|md)$/.test(file))
    // Markdown quotes with straight marks, which the renderer curls: read them as the page shows them.
    .map((file) => (file.endsWith('.md') ? readFileSync(file, 'utf8').replace(/"([^"\n]+)"/g, '“$1”') : readFileSync(file, 'utf8')));
}

export function typesetBuiltFiles(out: string, contentDir = join(process.cwd(), 'content')): number {
  // The English dictionary counts too: a French string may quote its words (« Recommended Stories »).
  const isEnglish = englishQuotationTest([...englishContent(contentDir), ...dictionaryStrings(en)]);
  let changed = 0;
  for (const lang of LANGUAGES) {
    if (lang === DEFAULT_LANG) continue;
    const root = join(out, lang);
    if (!existsSync(root)) continue;
    for (const file of filesUnder(root)) {
      const kind = /\.(html|xml|svg|json)$/.exec(file)?.[1];
      if (!kind) continue;
      const before = readFileSync(file, 'utf8');
      const after = kind === 'json' ? JSON.stringify(typesetJson(JSON.parse(before), lang)) : typesetMarkup(before, lang, kind === 'html' ? isEnglish : undefined);
      if (after !== before) {
        writeFileSync(file, after);
        changed++;
      }
    }
  }
  return changed;
}

export function typesetting(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'typeset',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`French and Kreyòl typography applied to ${typesetBuiltFiles(fileURLToPath(dir), join(root, 'content'))} files`);
      },
    },
  };
}
