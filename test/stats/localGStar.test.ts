import { describe, expect, it } from 'vitest';
import { localGStar } from '../../src/stats/localGStar.ts';
import {
  expectClose,
  readFixture,
  SPATIAL_DATASETS,
  type SpatialInput,
  type SpatialOutput,
} from './fixtures.ts';

describe('localGStar matches spdep localG on include.self weights', () => {
  for (const name of SPATIAL_DATASETS) {
    it(name, () => {
      const input = readFixture<SpatialInput>('in', name);
      const ref = readFixture<SpatialOutput>('out', name);
      const z = localGStar(input.values, input.neighbours);
      expect(z).toHaveLength(input.values.length);
      z.forEach((zi, i) => {
        // R: localG(x, nb2listw(include.self(nb), style = "W"))
        expectClose(zi, ref.localGStar[i] as number, `W z[${i}]`);
        // style "B" gives the same deviate (row scaling cancels)
        expectClose(zi, ref.localGStarBinary[i] as number, `B z[${i}]`);
      });
    });
  }

  it('known answer on a 4-region chain', () => {
    // x = 1..4, mean 2.5, s² = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25, n = 4.
    // Region 0: members {0, 1}, w = ½: lag = 1.5, W = 1, S1 = ½,
    // Var = 1.25·(4·½ − 1)/3 = 5/12, z = (1.5 − 2.5)/√(5/12) = −1.549193338482967.
    // Region 1: members {0, 1, 2}, w = ⅓: lag = 2, S1 = ⅓,
    // Var = 1.25·(4/3 − 1)/3 = 5/36, z = −0.5/√(5/36) = −1.341640786499874.
    const z = localGStar([1, 2, 3, 4], [[1], [0, 2], [1, 3], [2]]);
    expectClose(z[0], -1.549193338482967);
    expectClose(z[1], -1.341640786499874);
    expectClose(z[2], 1.341640786499874);
    expectClose(z[3], 1.549193338482967);
  });

  it('is null for a region neighbouring every other region', () => {
    // star: region 0 touches all, so with itself it covers all n: n·S1 − W² = 0
    const z = localGStar([5, 1, 2, 9], [[1, 2, 3], [0], [0], [0]]);
    expect(z[0]).toBeNull();
    expect(z[1]).toBeTypeOf('number');
  });

  it('checks its inputs', () => {
    expect(() => localGStar([1, 2], [[1], [0], []])).toThrow(
      'values and neighbours must have the same length',
    );
    expect(() => localGStar([3, 3, 3], [[1], [0], []])).toThrow('values must not all be equal');
  });
});
