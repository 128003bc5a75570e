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

/**
 * The card is SHARE_IMAGE's size, but satori lays out and resvg rasterises only its left part,
 * where the text is (`layoutWidth` wide, full height); the rest is `background`, then the pictures
 * go over it. Rasterising only the text's part saves about 2 of a card's 13 ms, on thousands of cards.
 */
export interface CardDrawing {
  /** The card's text over its background, laid out by satori at `layoutWidth` by SHARE_IMAGE's height. */
  layout: CardNode;
  layoutWidth: number;
  /** The card's colour where the layout does not reach: "#rrggbb", the layout's own background. */
  background: string;
  /** Drawn over the layout, in order. */
  pictures: Picture[];
}
