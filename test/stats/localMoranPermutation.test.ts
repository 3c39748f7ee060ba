import { describe, expect, it } from 'vitest';
import { localMoran } from '../../src/stats/localMoran.ts';
import { localMoranPermutation } from '../../src/stats/localMoranPermutation.ts';
import {
  expectClose,
  readFixture,
  SPATIAL_DATASETS,
  type SpatialInput,
  type SpatialOutput,
} from './fixtures.ts';

/**
 * Monte-Carlo allowance for the difference between our pseudo-p and R's, both estimated from
 * nsim independent draws (R's stream cannot be reproduced): 4 standard errors of the difference
 * plus 0.01. A one-sided proportion q has standard error √(q(1 − q)/nsim), the difference of two
 * independent estimates √2 times that; the two-sided pSim = 2·q doubles it.
 */
function monteCarloTolerance(p: number, nsim: number, twoSided: boolean): number {
  const q = twoSided ? p / 2 : p;
  const se = (twoSided ? 2 : 1) * Math.SQRT2 * Math.sqrt((q * (1 - q)) / nsim);
  return 4 * se + 0.01;
}

describe('localMoranPermutation agrees with spdep localmoran_perm', () => {
  for (const name of SPATIAL_DATASETS) {
    it(`${name}: Ii exactly, pseudo-p within Monte-Carlo error`, () => {
      const input = readFixture<SpatialInput>('in', name);
      const ref = readFixture<SpatialOutput>('out', name).localMoranPerm;
      const result = localMoranPermutation(
        input.values,
        { neighbours: input.neighbours },
        { permutations: ref.nsim, seed: 2024 },
      );
      result.forEach((region, i) => {
        const pSimR = ref.pSim[i] ?? null;
        const pFoldedR = ref.pFolded[i] ?? null;
        if (pSimR === null || pFoldedR === null) {
          // island: spdep gives NA
          expect(region.pSim).toBeNull();
          expect(region.pFolded).toBeNull();
          expect(region.ii).toBeNull();
          return;
        }
        expectClose(region.ii, ref.Ii[i] as number, `Ii[${i}]`);
        const pSim = region.pSim as number;
        const pFolded = region.pFolded as number;
        expect(Math.abs(pSim - pSimR), `pSim[${i}] ${pSim} vs R ${pSimR}`).toBeLessThan(
          monteCarloTolerance(pSimR, ref.nsim, true),
        );
        expect(
          Math.abs(pFolded - pFoldedR),
          `pFolded[${i}] ${pFolded} vs R ${pFoldedR}`,
        ).toBeLessThan(monteCarloTolerance(pFoldedR, ref.nsim, false));
      });
    });
  }

  it('is reproducible for a seed and changes with the seed', () => {
    const input = readFixture<SpatialInput>('in', 'grid5Queen');
    const w = { neighbours: input.neighbours };
    const a = localMoranPermutation(input.values, w, { seed: 7 });
    const b = localMoranPermutation(input.values, w, { seed: 7 });
    const c = localMoranPermutation(input.values, w, { seed: 8 });
    expect(b).toEqual(a);
    expect(c.map((r) => r.expectation)).not.toEqual(a.map((r) => r.expectation));
    // default options: 999 permutations, fixed default seed
    expect(localMoranPermutation(input.values, w)).toEqual(localMoranPermutation(input.values, w));
  });

  it('pseudo-p values lie on the nsim + 1 grid and the permutation mean is near E[Ii]', () => {
    const input = readFixture<SpatialInput>('in', 'irregular12');
    const w = { neighbours: input.neighbours };
    const permutations = 999;
    const result = localMoranPermutation(input.values, w, { permutations, seed: 99 });
    const analytic = localMoran(input.values, w);
    result.forEach((region, i) => {
      if (region.ii === null) return;
      const pSim = region.pSim as number;
      const pFolded = region.pFolded as number;
      expect(pSim).toBeGreaterThan(0);
      expect(pSim).toBeLessThanOrEqual(1);
      expect(pFolded).toBeLessThanOrEqual(0.5);
      expect(Math.abs(pFolded * (permutations + 1) - Math.round(pFolded * 1000))).toBeLessThan(
        1e-9,
      );
      // draws with replacement have mean W_i·mean(z without i) = −W_i·z_i/(n − 1),
      // so the permutation mean estimates the analytic conditional E[Ii]
      const se = Math.sqrt((region.variance as number) / permutations);
      const expected = analytic[i]?.expectation as number;
      expect(Math.abs((region.expectation as number) - expected)).toBeLessThan(5 * se + 1e-12);
      expect(region.quadrant).toBe(analytic[i]?.quadrant);
    });
  });

  it('checks its options', () => {
    const w = { neighbours: [[1], [0, 2], [1]] };
    expect(() => localMoranPermutation([1, 2, 4], w, { permutations: 1 })).toThrow(
      'permutations must be an integer of at least 2',
    );
    expect(() => localMoranPermutation([1, 2, 4], w, { seed: Number.NaN })).toThrow(
      'seed must be a finite number',
    );
  });
});
