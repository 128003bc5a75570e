/**
 * Where each figure label goes beside its symbol (right, left, above or below) so that labels do
 * not cover each other, other markers or the map's buttons, and stay inside the map. Greedy, in the
 * order given (the caller puts the biggest figures first, so they get their best side): each label
 * takes the side that overlaps least. Pure: container pixels in, sides out; unit tested.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelSpot {
  /** The symbol's centre and radius, in container pixels. */
  x: number;
  y: number;
  radius: number;
  /** The label's own size. */
  width: number;
  height: number;
}

/** In order of preference: beside the symbol, then above or below it, then at a corner. */
export const SIDES = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'] as const;
export type Side = (typeof SIDES)[number];

/** Room between a symbol's edge and its label. */
export const LABEL_GAP = 3;

export function labelBox(spot: LabelSpot, side: Side): Box {
  const { x, y, radius: r, width: w, height: h } = spot;
  const gap = r + LABEL_GAP;
  // At a corner the label touches the symbol's circle at 45 degrees.
  const corner = r * Math.SQRT1_2 + LABEL_GAP;
  const boxes: Record<Side, [number, number]> = {
    right: [x + gap, y - h / 2],
    left: [x - gap - w, y - h / 2],
    above: [x - w / 2, y - gap - h],
    below: [x - w / 2, y + gap],
    'above-right': [x + corner, y - corner - h],
    'below-right': [x + corner, y + corner],
    'above-left': [x - corner - w, y - corner - h],
    'below-left': [x - corner - w, y + corner],
  };
  const [left, top] = boxes[side];
  return { x: left, y: top, width: w, height: h };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The part of a box outside the frame, in square pixels. */
function outside(box: Box, frame: { width: number; height: number }): number {
  const inside = overlap(box, { x: 0, y: 0, width: frame.width, height: frame.height });
  return box.width * box.height - inside;
}

export function placeLabels(spots: readonly LabelSpot[], obstacles: readonly Box[], frame: { width: number; height: number }): { side: Side; box: Box }[] {
  const placed: Box[] = [];
  return spots.map((spot) => {
    let best: { side: Side; cost: number; box: Box } | undefined;
    SIDES.forEach((side, preference) => {
      const box = labelBox(spot, side);
      const cost =
        placed.reduce((sum, other) => sum + 3 * overlap(box, other), 0) +
        obstacles.reduce((sum, other) => sum + 2 * overlap(box, other), 0) +
        10 * outside(box, frame) +
        // A small preference for reading order (right, then left) among sides that are equally clear.
        preference;
      if (!best || cost < best.cost) best = { side, cost, box };
    });
    placed.push(best!.box);
    return { side: best!.side, box: best!.box };
  });
}

/**
 * A symbol's diameter for a figure, so that its AREA shows the amount (not its radius, which would
 * make twice the people look four times as many): the largest figure gets `maxDiameter`.
 */
export function circleDiameter(value: number, largest: number, maxDiameter: number): number {
  if (largest <= 0 || value <= 0) return 0;
  return maxDiameter * Math.sqrt(value / largest);
}
