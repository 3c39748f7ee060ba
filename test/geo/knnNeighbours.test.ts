import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { geodesicDistance } from '../../src/geo/geodesicDistance.ts';
import { knnNeighbours } from '../../src/geo/knnNeighbours.ts';

describe('geodesicDistance', () => {
  it("reproduces Vincenty's Flinders Peak – Buninyong line (54,972.271 m)", () => {
    const flindersPeak = [144 + 25 / 60 + 29.5244 / 3600, -(37 + 57 / 60 + 3.7203 / 3600)];
    const buninyong = [143 + 55 / 60 + 35.3839 / 3600, -(37 + 39 / 60 + 10.1561 / 3600)];
    expect(geodesicDistance(flindersPeak, buninyong)).toBeCloseTo(54_972.271, 3);
  });

  it('gives 2πa/360 for a degree of longitude on the equator, and 0 for one point', () => {
    expect(geodesicDistance([100, 0], [101, 0])).toBeCloseTo((2 * Math.PI * 6_378_137) / 360, 6);
    expect(geodesicDistance([107, -6], [107, -6])).toBe(0);
    expect(geodesicDistance([100, 0], [101, 0], { units: 'kilometers' })).toBeCloseTo(111.3195, 4);
  });

  it('stays within 0.5% of the spherical distance, and accepts points and features', () => {
    const a = { type: 'Point' as const, coordinates: [107.0, -6.2] };
    const b = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [107.25, -5.95] },
    };
    const sphere = distance(a.coordinates, b.geometry.coordinates, { units: 'meters' });
    expect(Math.abs(geodesicDistance(a, b) / sphere - 1)).toBeLessThan(0.005);
    // nearly antipodal: falls back to the sphere instead of failing
    expect(geodesicDistance([0, 0], [179.8, 0.5])).toBeGreaterThan(19_900_000);
  });

  it('checks its input', () => {
    expect(() => geodesicDistance([200, 0], [0, 0])).toThrow('from must be a point');
    expect(() => geodesicDistance([0, 0], [0, 0], { units: 'miles' as 'meters' })).toThrow('units');
  });
});

describe('knnNeighbours', () => {
  it('lists the k nearest points by index', () => {
    // on a meridian at latitudes 0, 1, 3, 7
    const points = [
      [0, 0],
      [0, 1],
      [0, 3],
      [0, 7],
    ];
    expect(knnNeighbours(points, 1)).toEqual([[1], [0], [1], [2]]);
    expect(knnNeighbours(points, 2)).toEqual([
      [1, 2],
      [0, 2],
      [0, 1],
      [1, 2],
    ]);
    expect(knnNeighbours(points, 3)).toEqual([
      [1, 2, 3],
      [0, 2, 3],
      [0, 1, 3],
      [0, 1, 2],
    ]);
  });

  it('orders by the ellipsoid: a degree of latitude is shorter than one of longitude at the equator', () => {
    // from (0, 0): (1, 0) is 111.32 km away, (0, 1) 110.57 km
    expect(
      knnNeighbours(
        [
          [0, 0],
          [1, 0],
          [0, 1],
        ],
        1,
      )[0],
    ).toEqual([2]);
  });

  it('breaks distance ties by the lower index and leaves missing points as islands', () => {
    expect(knnNeighbours([[0, 0], [0, 1], null, [0, -1]], 1)).toEqual([[1], [0], [], [0]]);
  });

  it('checks k', () => {
    expect(() =>
      knnNeighbours(
        [
          [0, 0],
          [0, 1],
        ],
        2,
      ),
    ).toThrow('k must be at most 1');
    expect(() =>
      knnNeighbours(
        [
          [0, 0],
          [0, 1],
        ],
        0,
      ),
    ).toThrow('k must be a positive integer');
  });
});
