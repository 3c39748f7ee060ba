import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { guillotinePartition } from '../../src/geo/guillotinePartition.ts';
import { mulberry32 } from '../../src/random/mulberry32.ts';

describe('guillotinePartition', () => {
  it('cuts [0,0,2,1] into exact halves at x=1 with jitter 0', () => {
    const pieces = guillotinePartition([0, 0, 2, 1], [1, 1], { random: mulberry32(1), jitter: 0 });
    expect(pieces).toEqual([
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
      {
        type: 'Polygon',
        coordinates: [
          [
            [1, 0],
            [2, 0],
            [2, 1],
            [1, 1],
            [1, 0],
          ],
        ],
      },
    ]);
  });

  it('cuts the longer side (in metres) and keeps weight order', () => {
    const pieces = guillotinePartition([0, 0, 1, 2], [1, 3], { random: Math.random, jitter: 0 });
    expect(pieces.map((p) => p.coordinates[0])).toEqual([
      [
        [0, 0],
        [1, 0],
        [1, 0.5],
        [0, 0.5],
        [0, 0],
      ],
      [
        [0, 0.5],
        [1, 0.5],
        [1, 2],
        [0, 2],
        [0, 0.5],
      ],
    ]);
  });

  it('returns the input rectangle for a single weight', () => {
    const [piece] = guillotinePartition([107, -6.3, 107.1, -6.2], [5], { random: mulberry32(3) });
    expect(piece?.coordinates[0]).toEqual([
      [107, -6.3],
      [107.1, -6.3],
      [107.1, -6.2],
      [107, -6.2],
      [107, -6.3],
    ]);
  });

  it('tiles the rectangle with rounded cut coordinates', () => {
    const bbox: [number, number, number, number] = [106.9696, -6.4858, 107.2966, -5.9184];
    const weights = [3, 1, 4, 1, 5, 9, 2, 6];
    const pieces = guillotinePartition(bbox, weights, { random: mulberry32(7), precision: 4 });
    expect(pieces).toHaveLength(weights.length);
    const total = area({ type: 'Polygon', coordinates: [rect(bbox)] });
    const sum = pieces.reduce((acc, p) => acc + area(p), 0);
    expect(Math.abs(sum - total) / total).toBeLessThan(1e-9);
    for (const piece of pieces) {
      for (const [x, y] of piece.coordinates[0] as number[][]) {
        expect(Math.round((x as number) * 1e4) / 1e4).toBe(x);
        expect(Math.round((y as number) * 1e4) / 1e4).toBe(y);
      }
    }
  });

  it('rejects bad input', () => {
    const opts = { random: mulberry32(1) };
    const call =
      (bbox: unknown, weights: unknown, options: unknown = opts) =>
      () =>
        guillotinePartition(
          bbox as [number, number, number, number],
          weights as number[],
          options as { random: () => number },
        );
    expect(call(undefined, [1])).toThrow('bbox is required');
    expect(call([0, 0, 1], [1])).toThrow('bbox must have 4 numbers');
    expect(call([0, 0, 1, Number.NaN], [1])).toThrow('bbox must have 4 numbers');
    expect(call([1, 0, 1, 1], [1])).toThrow('bbox west must be less than east');
    expect(call([0, 1, 1, 0], [1])).toThrow('bbox south must be less than north');
    expect(call([-181, 0, 1, 1], [1])).toThrow('bbox is out of range');
    expect(call([0, 0, 1, 91], [1])).toThrow('bbox is out of range');
    expect(call([0, 0, 1, 1], undefined)).toThrow('weights is required');
    expect(call([0, 0, 1, 1], [])).toThrow('weights must not be empty');
    expect(call([0, 0, 1, 1], [1, 0])).toThrow('weights must be positive numbers');
    expect(call([0, 0, 1, 1], [1, -2])).toThrow('weights must be positive numbers');
    expect(call([0, 0, 1, 1], [1], null)).toThrow('options is required');
    expect(call([0, 0, 1, 1], [1], {})).toThrow('options.random is required');
    expect(call([0, 0, 1, 1], [1], { ...opts, jitter: 2 })).toThrow(
      'jitter must be between 0 and 1',
    );
    expect(call([0, 0, 1, 1], [1], { ...opts, precision: 1.5 })).toThrow(
      'precision must be an integer between 0 and 15',
    );
    expect(call([0, 0, 0.001, 0.001], [1, 1], { ...opts, precision: 2 })).toThrow(
      'bbox too small for precision',
    );
  });
});

function rect([w, s, e, n]: [number, number, number, number]): number[][] {
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}
