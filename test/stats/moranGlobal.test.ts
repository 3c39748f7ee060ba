import { describe, expect, it } from 'vitest';
import { moranGlobal } from '../../src/stats/moranGlobal.ts';
import type { MoranGlobalResult } from '../../src/stats/types.ts';
import {
  expectClose,
  type MoranReference,
  readFixture,
  SPATIAL_DATASETS,
  type SpatialInput,
  type SpatialOutput,
} from './fixtures.ts';

function expectMoran(actual: MoranGlobalResult, expected: MoranReference): void {
  expectClose(actual.I, expected.I, 'I');
  expectClose(actual.expectation, expected.expectation, 'E[I]');
  expectClose(actual.variance, expected.variance, 'Var[I]');
  expectClose(actual.z, expected.z, 'z');
  expectClose(actual.p, expected.p, 'p');
  expectClose(actual.pTwoSided, expected.pTwoSided, 'pTwoSided');
}

describe('moranGlobal matches spdep moran.test (randomisation)', () => {
  for (const name of SPATIAL_DATASETS) {
    const input = readFixture<SpatialInput>('in', name);
    const ref = readFixture<SpatialOutput>('out', name);

    it(`${name}: row-standardised weights (default)`, () => {
      expectMoran(moranGlobal(input.values, { neighbours: input.neighbours }), ref.moran);
    });

    it(`${name}: explicit binary weights (style "B")`, () => {
      const w = { neighbours: input.neighbours, weights: input.binaryWeights };
      expectMoran(moranGlobal(input.values, w), ref.moranBinary);
    });

    it(`${name}: adjust.n = FALSE`, () => {
      const result = moranGlobal(
        input.values,
        { neighbours: input.neighbours },
        { adjustN: false },
      );
      expectMoran(result, ref.moranAdjustNFalse);
    });
  }

  it('counts n without islands by default, as spdep adjust.n = TRUE', () => {
    const input = readFixture<SpatialInput>('in', 'irregular12');
    expect(moranGlobal(input.values, { neighbours: input.neighbours }).n).toBe(11);
    const all = moranGlobal(input.values, { neighbours: input.neighbours }, { adjustN: false });
    expect(all.n).toBe(12);
  });

  it('checks its inputs', () => {
    const neighbours = [[1], [0, 2], [1, 3], [2]];
    expect(() => moranGlobal([1, 2, 3], { neighbours })).toThrow(
      'values and neighbours must have the same length',
    );
    expect(() => moranGlobal([1, 1, 1, 1], { neighbours })).toThrow('values must not all be equal');
    expect(() => moranGlobal([1, 2, Number.NaN, 4], { neighbours })).toThrow(
      'values must be finite numbers',
    );
    expect(() => moranGlobal([1, 2, 3, 4], { neighbours, weights: [[1], [1]] })).toThrow(
      'weights and neighbours must have the same length',
    );
    expect(() => moranGlobal([1, 2, 3], { neighbours: [[1], [0], []] })).toThrow(
      'need at least 4 regions with neighbours',
    );
  });
});
