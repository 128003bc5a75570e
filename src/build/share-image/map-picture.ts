/**
 * A mini map as a standalone, opaque SVG picture for a share card: sea, land, markers, and rounded
 * corners painted in the card's background colour (a pasted picture replaces the pixels under it,
 * so it cannot be transparent).
 */
import type { MiniMap } from './mini-map.ts';
import { COLOURS } from './palette.ts';

/** The picture's side and its corner radius, in card pixels. */
export const MAP_SIZE = 360;
const RADIUS = 24;

// Every article card of a language shows the same world map object: build its SVG text once.
const built = new WeakMap<MiniMap, string>();

export function mapPictureSvg(map: MiniMap): string {
  const cached = built.get(map);
  if (cached !== undefined) return cached;
  const [x = 0, y = 0, side = 1] = map.viewBox.split(' ').map(Number);
  const land = map.land.map((shape) => `<path d="${shape.d}" fill="${shape.highlighted ? COLOURS.highlight : COLOURS.land}"/>`).join('');
  const markers = map.markers
    .map((m) => `<circle cx="${m.x}" cy="${m.y}" r="${m.r}" fill="${m.highlighted ? COLOURS.highlight : COLOURS.marker}" stroke="${COLOURS.background}" stroke-width="${m.r / 3}"/>`)
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_SIZE}" height="${MAP_SIZE}" viewBox="${map.viewBox}">` +
    `<rect x="${x}" y="${y}" width="${side}" height="${side}" fill="${COLOURS.sea}"/>` +
    // Borders in the sea's colour: one stroke setting for all the land rather than one per path.
    `<g stroke="${COLOURS.sea}" stroke-width="0.6">${land}</g>${markers}` +
    `<path d="${cornersPath(x, y, side, (RADIUS * side) / MAP_SIZE)}" fill="${COLOURS.background}" fill-rule="evenodd"/></svg>`;
  built.set(map, svg);
  return svg;
}

/**
 * The square minus a rounded square: painted over the map, it rounds its corners. A clip path would
 * do the same, but resvg renders a clip as a whole extra layer, which cost 2-11 ms more per map.
 */
function cornersPath(x: number, y: number, side: number, r: number): string {
  const n = (value: number) => Number(value.toFixed(2));
  const [left, top, right, bottom] = [x, y, x + side, y + side].map(n) as [number, number, number, number];
  const arc = `A${n(r)},${n(r)} 0 0 1`;
  const square = `M${left},${top}H${right}V${bottom}H${left}Z`;
  const rounded =
    `M${n(left + r)},${top}H${n(right - r)}${arc} ${right},${n(top + r)}V${n(bottom - r)}${arc} ${n(right - r)},${bottom}` +
    `H${n(left + r)}${arc} ${left},${n(bottom - r)}V${n(top + r)}${arc} ${n(left + r)},${top}Z`;
  return square + rounded;
}
