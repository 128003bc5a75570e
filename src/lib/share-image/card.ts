/**
 * The 1200x630 share card as a satori element tree: site name, title, an optional line about the
 * offer, the as-of date and a small map. Plain objects (no JSX) so it is typed TypeScript.
 */
import type { MiniMap } from './mini-map';

export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string; [key: string]: unknown };
}

function h(type: string, props: CardNode['props'], ...children: (CardNode | string)[]): CardNode {
  return { type, props: { ...props, children } };
}

export interface CardContent {
  siteName: string;
  kicker: string;
  title: string;
  detail?: string;
  footer: string;
  map: MiniMap;
}

const COLOURS = { background: '#0b2545', text: '#ffffff', muted: '#c8d6e5', accent: '#f5c77e', sea: '#13315c', land: '#2f4f75', highlight: '#f5c77e', marker: '#ffffff' };

export function shareCard(content: CardContent): CardNode {
  const { map } = content;
  const mapSvg = h(
    'svg',
    { width: 360, height: 360, viewBox: map.viewBox, xmlns: 'http://www.w3.org/2000/svg', style: { borderRadius: 24 } },
    h('rect', { x: map.viewBox.split(' ')[0], y: map.viewBox.split(' ')[1], width: '100%', height: '100%', fill: COLOURS.sea }),
    ...map.land.map((shape) => h('path', { d: shape.d, fill: shape.highlighted ? COLOURS.highlight : COLOURS.land, stroke: COLOURS.sea, 'stroke-width': 0.6 })),
    ...map.markers.map((m) => h('circle', { cx: m.x, cy: m.y, r: m.r, fill: m.highlighted ? COLOURS.highlight : COLOURS.marker, stroke: COLOURS.background, 'stroke-width': m.r / 3 })),
  );
  const text = h(
    'div',
    { style: { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: 620, height: 502, flexShrink: 0 } },
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
  return h(
    'div',
    { style: { display: 'flex', boxSizing: 'border-box', width: 1200, height: 630, padding: 64, backgroundColor: COLOURS.background, fontFamily: 'Noto Sans', justifyContent: 'space-between', alignItems: 'center' } },
    text,
    h('div', { style: { display: 'flex', width: 360, height: 360, flexShrink: 0, borderRadius: 24, overflow: 'hidden' } }, mapSvg),
  );
}
