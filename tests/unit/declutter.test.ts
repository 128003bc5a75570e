import { describe, expect, it } from 'vitest';
import { declutter, type Point } from '../../src/lib/map/declutter';

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
