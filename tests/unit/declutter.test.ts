import { describe, expect, it } from 'vitest';
import { declutter, type Point } from '../../src/shared/map/declutter.ts';

const minDistance = (points: Point[]) => {
  let min = Infinity;
  for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) min = Math.min(min, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return min;
};

describe('declutter', () => {
  // Roughly the Caribbean contributors at world zoom: seven markers within 30 px.
  const cluster: Point[] = [
    { x: 100, y: 100 }, // Haiti
    { x: 92, y: 101 },
    { x: 95, y: 92 },
    { x: 75, y: 104 },
    { x: 72, y: 108 },
    { x: 118, y: 103 },
    { x: 100, y: 100 }, // exactly on top of another
  ];

  it('leaves at least the gap between every pair of markers', () => {
    expect(minDistance(declutter(cluster, 44, new Set([0])))).toBeGreaterThanOrEqual(43.9);
  });

  it('never moves an anchored marker', () => {
    expect(declutter(cluster, 44, new Set([0]))[0]).toEqual({ x: 100, y: 100 });
  });

  it('leaves markers that are already apart exactly where they are', () => {
    const apart = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 0, y: 100 }];
    expect(declutter(apart, 44)).toEqual(apart);
  });

  it('gives the same answer every time', () => {
    expect(declutter(cluster, 44, new Set([0]))).toEqual(declutter(cluster, 44, new Set([0])));
  });

  it('does not change its input', () => {
    const copy = cluster.map((p) => ({ ...p }));
    declutter(cluster, 44);
    expect(cluster).toEqual(copy);
  });
});

describe('declutter inside bounds', () => {
  it('keeps moved markers inside the map while still spreading them apart', () => {
    // A crowd against the map's left edge: pushed apart, none may leave the box.
    const crowd: Point[] = [{ x: 30, y: 100 }, { x: 25, y: 104 }, { x: 28, y: 96 }, { x: 22, y: 100 }, { x: 35, y: 110 }];
    const bounds = { minX: 22, minY: 22, maxX: 338, maxY: 400 };
    const out = declutter(crowd, 46, new Set(), 200, bounds);
    for (const p of out) {
      expect(p.x).toBeGreaterThanOrEqual(22);
      expect(p.y).toBeGreaterThanOrEqual(22);
    }
    expect(minDistance(out)).toBeGreaterThanOrEqual(45.9);
  });
});

describe('declutter and the map’s edges', () => {
  it('leaves markers whose place is outside the map where they are', () => {
    const points: Point[] = [{ x: -200, y: 50 }, { x: -205, y: 52 }, { x: 100, y: 100 }];
    const out = declutter(points, 46, new Set(), 80, { minX: 22, minY: 22, maxX: 338, maxY: 400 });
    expect(out[0]!.x).toBeLessThan(0);
    expect(out[1]!.x).toBeLessThan(0);
    expect(out[2]).toEqual({ x: 100, y: 100 });
  });
});
