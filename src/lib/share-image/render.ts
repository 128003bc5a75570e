/** Renders a share card to PNG at build time: satori lays it out as SVG, resvg rasterises it. No network. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SHARE_IMAGE } from '../head';
import type { CardNode } from './card';

const require = createRequire(import.meta.url);

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Noto Sans from npm (@fontsource), as WOFF: satori cannot read WOFF2. Loaded once. */
function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

export async function renderCard(card: CardNode): Promise<Buffer> {
  // satori's types expect React elements; the plain { type, props } objects are what React makes.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], { ...SHARE_IMAGE, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}
