import { describe, expect, it } from 'vitest';
import { resolveWeights } from '../../src/stats/resolveWeights.ts';
import { rowStandardise } from '../../src/stats/rowStandardise.ts';
import { spatialLag } from '../../src/stats/spatialLag.ts';

describe('rowStandardise', () => {
  it('gives each of k neighbours weight 1/k and keeps islands empty', () => {
    const neighbours = [[1, 2, 3], [0], [0], [0], []];
    const w = rowStandardise(neighbours);
    expect(w.neighbours).toEqual(neighbours);
    expect(w.neighbours[0]).not.toBe(neighbours[0]);
    expect(w.weights).toEqual([[1 / 3, 1 / 3, 1 / 3], [1], [1], [1], []]);
  });

  it('is the default of resolveWeights; explicit weights are kept', () => {
    const neighbours = [[1], [0, 2], [1]];
    expect(resolveWeights({ neighbours }, 3)).toEqual(rowStandardise(neighbours));
    const weights = [[1], [1, 1], [1]];
    expect(resolveWeights({ neighbours, weights }, 3)).toEqual({ neighbours, weights });
    expect(() => resolveWeights({ neighbours, weights: [[1], [1], [1]] }, 3)).toThrow(
      'weights of region 1 must parallel its neighbours',
    );
  });

  it('lags with zero for islands', () => {
    // region 0: (2 + 4)/2 = 3; regions 1, 2: 1; island 3: 0
    const w = rowStandardise([[1, 2], [0], [0], []]);
    expect(spatialLag([1, 2, 4, 8], w)).toEqual([3, 1, 1, 0]);
  });

  it('checks the neighbour list', () => {
    expect(() => rowStandardise([[1], [2]])).toThrow('region 1 has a neighbour index out of range');
    expect(() => rowStandardise([[0.5], [0]])).toThrow(
      'region 0 has a neighbour index out of range',
    );
  });
});
