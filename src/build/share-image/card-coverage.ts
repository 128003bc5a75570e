/**
 * Which characters the share card's fonts can draw. satori draws a character no font has as an
 * empty box, so a title in emoji, Arabic or Hebrew would ship as a row of boxes: the content check
 * refuses such text in the fields a card shows (content-check/share-card-text.ts). The coverage is
 * read from the font package's own stylesheet (the unicode-range of each file fonts.ts draws with),
 * so it follows the fonts if they change.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cardFonts } from './fonts.ts';

let ranges: [number, number][] | undefined;

/** The code point ranges the card's font files cover, from @fontsource's CSS for their weights. */
function coveredRanges(): [number, number][] {
  if (ranges) return ranges;
  ranges = cardFonts().flatMap((font) => {
    const css = readFileSync(join(dirname(dirname(font.path)), `${font.weight}.css`), 'utf8');
    const file = basename(font.path);
    const face = css.split('@font-face').find((block) => block.includes(`/${file}`));
    const range = /unicode-range:\s*([^;]+);/.exec(face ?? '')?.[1];
    if (!range) throw new Error(`No unicode-range for ${file} in @fontsource's ${font.weight}.css`);
    return range.split(',').map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
    });
  });
  return ranges;
}

/** The characters of `text` the card cannot draw (each once, in order). */
export function undrawableOnCard(text: string): string[] {
  const covered = coveredRanges();
  const missing = new Set<string>();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (!covered.some(([from, to]) => cp >= from && cp <= to)) missing.add(char);
  }
  return [...missing];
}
