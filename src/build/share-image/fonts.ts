/** The fonts share cards are drawn in: Noto Sans from npm (@fontsource), as WOFF since satori cannot read WOFF2. */
import { createRequire } from 'node:module';

export interface FontFile {
  /** The family name the card layout asks for (card.ts). */
  name: string;
  weight: 400 | 700;
  /** Absolute path, for the drawing workers to read and drawing-code.ts to hash. */
  path: string;
}

// Resolved from this module, which stays inside the project after Vite bundles it.
const require = createRequire(import.meta.url);

export function cardFonts(): FontFile[] {
  return ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    weight,
    path: require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`),
  }));
}
