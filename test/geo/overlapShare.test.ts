import { bboxPolygon, circle } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { overlapShare } from '../../src/geo/overlapShare.ts';

const box = (west: number, south: number, east: number, north: number): Polygon =>
  bboxPolygon([west, south, east, north]).geometry;

describe('overlapShare', () => {
  const desa = box(100, 0, 100.1, 0.1);

  it('gives the covered fraction of the region', () => {
    expect(overlapShare(desa, box(100, -0.1, 100.15, 0.05))).toBeCloseTo(0.5, 5);
    expect(overlapShare(desa, box(100.05, 0.05, 100.2, 0.2))).toBeCloseTo(0.25, 5);
    expect(overlapShare(desa, box(99, -1, 101, 1))).toBe(1);
  });

  it('is 0 for a disjoint or merely touching geometry', () => {
    expect(overlapShare(desa, box(101, 1, 101.1, 1.1))).toBe(0);
    expect(overlapShare(desa, box(100.1, 0, 100.2, 0.1))).toBe(0);
  });

  it('sums the parts of a MultiPolygon and subtracts holes', () => {
    const two: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        box(100, 0, 100.05, 0.05).coordinates,
        box(100.05, 0.05, 100.1, 0.1).coordinates,
      ],
    };
    expect(overlapShare(desa, two)).toBeCloseTo(0.5, 5);
    const ring: Polygon = {
      type: 'Polygon',
      coordinates: [
        box(99, -1, 101, 1).coordinates[0] ?? [],
        [...(box(100, 0, 100.05, 0.1).coordinates[0] ?? [])].reverse(),
      ],
    };
    expect(overlapShare(desa, ring)).toBeCloseTo(0.5, 5);
  });

  it('gives the same share when a large drawing is clipped to the region first', () => {
    // 2,001 positions: above the clipping threshold; the circle covers the square's centre
    const big = circle([100.05, 0.05], 6, { steps: 2000, units: 'kilometers' }).geometry;
    const small = circle([100.05, 0.05], 6, { steps: 200, units: 'kilometers' }).geometry;
    const share = overlapShare(desa, big);
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(1);
    expect(share).toBeCloseTo(overlapShare(desa, small), 3);
  });

  it('checks its input', () => {
    expect(() => overlapShare(null as unknown as Polygon, desa)).toThrow('region is required');
    expect(() =>
      overlapShare(desa, { type: 'Point', coordinates: [0, 0] } as unknown as Polygon),
    ).toThrow('other must be a Polygon or MultiPolygon');
  });
});
