/** The favicon set: PNGs rasterised at build time from public/favicon.svg, so there is one drawing. */
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = {
  'favicon-32': 32,
  'apple-touch-icon': 180,
  'icon-192': 192,
  'icon-512': 512,
} as const;

export type IconName = keyof typeof ICON_SIZES;

export function renderIcon(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
