import { describe, expect, it } from 'vitest';
import { localMoran } from '../../src/stats/localMoran.ts';
import {
  expectClose,
  readFixture,
  SPATIAL_DATASETS,
  type SpatialInput,
  type SpatialOutput,
} from './fixtures.ts';

describe('localMoran matches spdep localmoran (conditional, mlvar)', () => {
  for (const name of SPATIAL_DATASETS) {
    it(name, () => {
      const input = readFixture<SpatialInput>('in', name);
      const ref = readFixture<SpatialOutput>('out', name).localMoran;
      const result = localMoran(input.values, { neighbours: input.neighbours });
      expect(result).toHaveLength(input.values.length);
      result.forEach((region, i) => {
        if (input.neighbours[i]?.length === 0) {
          // island: spdep gives Ii = E = Var = 0 and NaN z, p; we give nulls
          expect(region).toEqual({
            ii: null,
            expectation: null,
            variance: null,
            z: null,
            p: null,
            quadrant: null,
          });
          expect(ref.ZIi[i]).toBeNull();
          return;
        }
        expectClose(region.ii, ref.Ii[i] as number, `Ii[${i}]`);
        expectClose(region.expectation, ref.EIi[i] as number, `E.Ii[${i}]`);
        expectClose(region.variance, ref.VarIi[i] as number, `Var.Ii[${i}]`);
        expectClose(region.z, ref.ZIi[i] as number, `Z.Ii[${i}]`);
        expectClose(region.p, ref.p[i] as number, `p[${i}]`);
        expect(region.quadrant, `quadrant[${i}]`).toBe(ref.quadrant[i]);
      });
    });
  }

  it('sums of Ii relate to global I for row-standardised weights without islands', () => {
    // spdep docs: mean(Ii) equals global I when the weights sum to n (style W, no islands)
    const input = readFixture<SpatialInput>('in', 'grid5Rook');
    const ref = readFixture<SpatialOutput>('out', 'grid5Rook');
    const result = localMoran(input.values, { neighbours: input.neighbours });
    const meanIi = result.reduce((sum, r) => sum + (r.ii ?? 0), 0) / result.length;
    expectClose(meanIi, ref.moran.I, 'mean Ii');
  });

  it('gives null z and p where the value equals the mean (zero variance)', () => {
    // mean of [1, 2, 3] is 2: region 1 has z_i = 0, so Ii = E = Var = 0
    const [, middle] = localMoran([1, 2, 3], { neighbours: [[1], [0, 2], [1]] });
    expect(middle).toMatchObject({ ii: 0, variance: 0, z: null, p: null });
  });

  it('checks its inputs', () => {
    expect(() => localMoran([1, 2], { neighbours: [[1], [0]] })).toThrow(
      'values must have at least 3 elements',
    );
    expect(() => localMoran([1, 2, 3], { neighbours: [[0], [2], [1]] })).toThrow(
      'region 0 lists itself as a neighbour',
    );
    expect(() => localMoran([1, 2, 3], { neighbours: [[1, 1], [0], []] })).toThrow(
      'region 0 lists neighbour 1 twice',
    );
    expect(() => localMoran([1, 2, 3], { neighbours: [[5], [0], []] })).toThrow(
      'region 0 has a neighbour index out of range',
    );
  });
});
