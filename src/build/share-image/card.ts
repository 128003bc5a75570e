/**
 * The 1200x630 share card: site name, title, an optional line about the offer and the as-of date
 * on the left, laid out by satori; a small map on the right, pasted on as a picture (see Picture in
 * drawing.ts for why it is not part of the layout). Plain objects (no JSX) so it is typed TypeScript.
 */
import { SHARE_IMAGE } from '../../shared/head.ts';
import type { CardDrawing, CardNode } from './drawing.ts';
import { MAP_SIZE, mapPictureSvg } from './map-picture.ts';
import type { MiniMap } from './mini-map.ts';
import { COLOURS } from './palette.ts';

export interface CardContent {
  siteName: string;
  kicker: string;
  title: string;
  detail?: string;
  footer: string;
  map: MiniMap;
}

const PADDING = 64;
const TEXT_WIDTH = 620;

/** The part of the card satori lays out: the text column and its padding (see CardDrawing). */
const LAYOUT_WIDTH = PADDING + TEXT_WIDTH + PADDING;

/** The map's square: against the right padding, centred vertically. The text column stops well short of it. */
export const MAP_BOX = { left: SHARE_IMAGE.width - PADDING - MAP_SIZE, top: (SHARE_IMAGE.height - MAP_SIZE) / 2, size: MAP_SIZE } as const;

function h(type: string, props: CardNode['props'], ...children: (CardNode | string)[]): CardNode {
  return { type, props: { ...props, children } };
}

export function shareCard(content: CardContent): CardDrawing {
  const text = h(
    'div',
    { style: { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: TEXT_WIDTH, height: SHARE_IMAGE.height - 2 * PADDING, flexShrink: 0 } },
    h(
      'div',
      { style: { display: 'flex', flexDirection: 'column' } },
      h('div', { style: { fontSize: 28, color: COLOURS.accent, fontWeight: 700, marginBottom: 24 } }, content.kicker),
      h('div', { style: { fontSize: content.title.length > 70 ? 48 : 58, fontWeight: 700, lineHeight: 1.12, color: COLOURS.text } }, content.title),
      ...(content.detail ? [h('div', { style: { fontSize: 32, color: COLOURS.muted, marginTop: 28, lineHeight: 1.3 } }, content.detail)] : []),
    ),
    h(
      'div',
      { style: { display: 'flex', flexDirection: 'column', fontSize: 24, color: COLOURS.muted } },
      h('div', { style: { fontWeight: 700, color: COLOURS.text, fontSize: 28 } }, content.siteName),
      h('div', {}, content.footer),
    ),
  );
  const layout = h(
    'div',
    { style: { display: 'flex', boxSizing: 'border-box', width: LAYOUT_WIDTH, height: SHARE_IMAGE.height, padding: PADDING, backgroundColor: COLOURS.background, fontFamily: 'Noto Sans', alignItems: 'center' } },
    text,
  );
  return { layout, layoutWidth: LAYOUT_WIDTH, background: COLOURS.background, pictures: [{ svg: mapPictureSvg(content.map), ...MAP_BOX }] };
}
