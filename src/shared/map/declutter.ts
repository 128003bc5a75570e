/**
 * Spreads map markers apart so no two 44 px targets overlap: at world zoom the Caribbean
 * contributors (Haiti, Jamaica, The Bahamas, Belize, Guatemala...) would otherwise sit on top of
 * each other and a tap would open the wrong country. Markers are pushed apart pairwise until
 * each is at least `gap` pixels from every other; anchored ones (Haiti, where every line ends)
 * never move. Pure: screen points in, screen points out. The map draws a short leader line from
 * each moved marker to its true place.
 */
export interface Point {
  x: number;
  y: number;
}

/** The box markers must stay in (the visible map, less half a marker), in the same pixels as the points. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function declutter(points: readonly Point[], gap: number, anchored: ReadonlySet<number> = new Set(), rounds = 80, bounds?: Bounds): Point[] {
  const out = points.map((p) => ({ ...p }));
  // A marker pushed off the map could be neither seen nor tapped: one that starts inside stays
  // inside. One whose place lies outside the view is left alone (it is off the map anyway).
  const within = (p: Point) => !!bounds && p.x >= bounds.minX && p.x <= bounds.maxX && p.y >= bounds.minY && p.y <= bounds.maxY;
  const startsInside = points.map(within);
  const keepInside = (p: Point, i: number) => {
    if (!bounds || !startsInside[i]) return;
    p.x = Math.min(Math.max(p.x, bounds.minX), bounds.maxX);
    p.y = Math.min(Math.max(p.y, bounds.minY), bounds.maxY);
  };
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= gap) continue;
        if (distance < 1e-6) {
          // Same spot: separate along a fixed, index-based direction so the result is stable.
          const angle = (j * 2.399963) % (2 * Math.PI);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1e-6;
        }
        const ux = dx / distance;
        const uy = dy / distance;
        const overlap = gap - distance + 0.01;
        const aFixed = anchored.has(i);
        const bFixed = anchored.has(j);
        if (aFixed && bFixed) continue;
        const aShare = aFixed ? 0 : bFixed ? 1 : 0.5;
        const bShare = 1 - aShare;
        a.x -= ux * overlap * aShare;
        a.y -= uy * overlap * aShare;
        b.x += ux * overlap * bShare;
        b.y += uy * overlap * bShare;
        if (!aFixed) keepInside(a, i);
        if (!bFixed) keepInside(b, j);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
