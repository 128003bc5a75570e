/** The map's figure labels: which figure a country is labelled with, how big its circle is, where its label goes; and the basemap's simplification. */
import { describe, expect, it } from 'vitest';
import { SIMPLIFY_STEPS, simplifyArc } from '../../src/build/map/basemap.ts';
import { circleDiameter, labelBox, placeLabels, SIDES, type Box, type LabelSpot } from '../../src/shared/map/label-placement.ts';
import { mapFigure } from '../../src/shared/map/map-country.ts';
import type { Offer } from '../../src/domain/schemas/country.ts';

const offer = (o: Partial<Offer>): Offer => ({ kind: 'personnel', quantity: 'not stated', standing: 'offered', conditions: [], ...o }) as Offer;

describe('mapFigure', () => {
  const kenya = [offer({ quantity: { value: 1000, qualifier: 'exact', unit: 'police-officers-and-troops' }, standing: 'expected' })];
  const belize = [offer({ quantity: { value: 50, qualifier: 'up-to', unit: 'uniformed-personnel' } })];
  const usa = [offer({ kind: 'funding', quantity: { value: 100_000_000, qualifier: 'exact', unit: 'USD' }, standing: 'to-be-sought' }), offer({ kind: 'enabling-support' })];

  it('writes a figure in people with its qualifier and how firm it is, in each language', () => {
    expect(mapFigure({ offers: kenya }, 'en')).toEqual({ value: 1000, text: '1,000', standing: 'expected', money: false, ceiling: false });
    expect(mapFigure({ offers: belize }, 'en')).toMatchObject({ text: 'up to 50', standing: 'offered', ceiling: true });
    expect(mapFigure({ offers: belize }, 'fr')).toMatchObject({ text: 'jusqu’à 50', standing: 'proposé' });
    expect(mapFigure({ offers: belize }, 'ht')).toMatchObject({ text: 'jiska 50', standing: 'ofri' });
    expect(mapFigure({ offers: kenya }, 'fr')!.text.replace(/\s/g, ' ')).toBe('1 000');
  });

  it('labels money as money (never drawn as people), and people before money', () => {
    expect(mapFigure({ offers: usa }, 'en')).toEqual({ value: 100_000_000, text: 'US$100 million', standing: 'to be sought', money: true, ceiling: false });
    expect(mapFigure({ offers: [...usa, ...belize] }, 'en')).toMatchObject({ value: 50, money: false });
  });

  it('gives no figure where the report states none', () => {
    expect(mapFigure({ offers: [] }, 'en')).toBeNull();
    expect(mapFigure({ offers: [offer({})] }, 'en')).toBeNull();
  });
});

describe('circleDiameter', () => {
  it('makes the area, not the radius, proportional to the figure', () => {
    const area = (v: number) => Math.PI * (circleDiameter(v, 1000, 56) / 2) ** 2;
    expect(circleDiameter(1000, 1000, 56)).toBe(56);
    expect(area(500) / area(1000)).toBeCloseTo(0.5, 6);
    expect(area(50) / area(1000)).toBeCloseTo(0.05, 6);
    expect(circleDiameter(0, 1000, 56)).toBe(0);
  });
});

describe('placeLabels', () => {
  const frame = { width: 360, height: 400 };
  const spot = (x: number, y: number): LabelSpot => ({ x, y, radius: 10, width: 80, height: 26 });
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('puts a lone label on the right of its symbol, clear of it', () => {
    const [placed] = placeLabels([spot(100, 100)], [], frame);
    expect(placed!.side).toBe('right');
    expect(placed!.box.x).toBeGreaterThan(100 + 10);
  });

  it('keeps labels inside the map: one near the right edge goes to the left', () => {
    const [placed] = placeLabels([spot(340, 100)], [], frame);
    expect(placed!.box.x + placed!.box.width).toBeLessThanOrEqual(frame.width);
  });

  it('keeps neighbours’ labels off each other and off other markers', () => {
    const spots = [spot(150, 200), spot(160, 215), spot(140, 185)];
    const marker: Box = { x: 185, y: 190, width: 20, height: 20 };
    const placed = placeLabels(spots, [marker], frame);
    for (let i = 0; i < placed.length; i++) {
      expect(overlaps(placed[i]!.box, marker), `label ${i} on the marker`).toBe(false);
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!.box, placed[j]!.box), `labels ${i} and ${j}`).toBe(false);
    }
  });

  it('never lets a label cover its own symbol, on any side', () => {
    const s = spot(200, 200);
    const symbol: Box = { x: 190, y: 190, width: 20, height: 20 };
    for (const side of SIDES) expect(overlaps(labelBox(s, side), { ...symbol, x: symbol.x + 1, y: symbol.y + 1, width: 18, height: 18 }), side).toBe(false);
  });
});

describe('simplifyArc', () => {
  it('keeps both ends and every point farther than the tolerance, and drops the rest', () => {
    const arc = [[0, 0], [10, 0.5], [20, 0], [30, 8], [40, 0]] as [number, number][];
    expect(simplifyArc(arc, 1)).toEqual([[0, 0], [20, 0], [30, 8], [40, 0]]);
    expect(simplifyArc(arc, 0)).toEqual(arc);
    expect(simplifyArc(arc.slice(0, 2), 5)).toEqual(arc.slice(0, 2));
  });

  it('keeps a closed ring a ring (its two ends are the same point)', () => {
    const ring = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]] as [number, number][];
    const kept = simplifyArc(ring, SIMPLIFY_STEPS);
    expect(kept[0]).toEqual(kept.at(-1));
    expect(kept.length).toBeGreaterThanOrEqual(4);
  });
});
