/**
 * What a drawing worker gets for one share card (draw-worker.mjs): plain, structured-cloneable data
 * and nothing else, so the same object is hashed for the cache (cache-key.ts) and posted to a worker.
 */

/** A satori element tree: the plain { type, props } objects React would make, typed without JSX. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string; [key: string]: unknown };
}

/**
 * A square SVG the worker rasterises on its own and pastes, pixel for pixel, at (left, top) over the
 * laid-out card. Why not put it in the satori tree: satori turns an <svg> or <img> child into an
 * <image> with a clip path and a mask, and resvg pays for those with full-card layers on every
 * card (the map was about half of a card's 35 ms). Pasted, it costs almost nothing per card, and a
 * map many cards share (the world map of every article card) is rasterised once per worker.
 * The SVG must be opaque (paint its own corners): it replaces the pixels under it.
 */
export interface Picture {
  svg: string;
  left: number;
  top: number;
  size: number;
}

export interface CardDrawing {
  /** The card's text over its background, laid out by satori at SHARE_IMAGE's size. */
  layout: CardNode;
  /** Drawn over the layout, in order. */
  pictures: Picture[];
}
