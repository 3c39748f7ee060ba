import { describe, expect, it } from 'vitest';
import { localMoran } from '../../src/stats/localMoran.ts';
import {
  localMoranPermutation,
  localMoranPermutationColumns,
} from '../../src/stats/localMoranPermutation.ts';
import { lisaQuadrants } from '../../src/stats/types.ts';
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

  it('gives the numbers of the original generator-per-call code, bit for bit (seeded API contract)', () => {
    // Computed by localMoranPermutation as of commit 775e530^ (mulberry32() called per draw, one
    // object per region), before the loop was inlined, typed and split: any change in the draws,
    // their order or the arithmetic shows here.
    const input = readFixture<SpatialInput>('in', 'irregular12');
    const result = localMoranPermutation(
      input.values,
      { neighbours: input.neighbours },
      { permutations: 499, seed: -123456 },
    );
    expect(result.map((r) => [r.expectation, r.variance, r.pSim, r.pFolded])).toEqual([
      [-0.008149980343766629, 0.06990628299786111, 0.996, 0.494],
      [-0.0017671298009399206, 0.0030429769679918756, 0.212, 0.104],
      [-0.07457869105056228, 0.11083541933210375, 0.708, 0.356],
      [-0.025491743287087188, 0.14444799615793202, 0.72, 0.362],
      [-0.13855970001956192, 0.43649528658353215, 0.464, 0.232],
      [-0.023402086415673623, 0.03508769778538557, 0.82, 0.41],
      [-0.11463087911601856, 0.3721194287535656, 0.108, 0.058],
      [-0.11422025437351642, 0.2472395126096107, 0.788, 0.394],
      [-0.00026143009060501334, 0.00003226345962570765, 0.148, 0.074],
      [-0.25879213771380377, 0.7918201524610304, 0.12, 0.062],
      [-0.07825239383772659, 0.2537449041233746, 0.604, 0.304],
      [null, null, null, null],
    ]);
  });

  it('computes any range of regions as the whole does: ranges side by side are the answer', () => {
    for (const name of SPATIAL_DATASETS) {
      const input = readFixture<SpatialInput>('in', name);
      const w = { neighbours: input.neighbours };
      const n = input.values.length;
      const options = { permutations: 199, seed: 31 };
      const whole = localMoranPermutation(input.values, w, options);
      for (const cuts of [
        [0, n],
        [0, 1, n],
        [0, Math.floor(n / 3), Math.floor(n / 2), n - 1, n],
      ]) {
        const rows = cuts.slice(1).flatMap((to, c) => {
          const part = localMoranPermutationColumns(input.values, w, {
            ...options,
            from: cuts[c] as number,
            to,
          });
          return Array.from(part.ii, (ii, r) => {
            const orNull = (v: number | undefined) => (Number.isNaN(v) ? null : (v as number));
            return {
              ii: orNull(ii),
              expectation: orNull(part.expectation[r]),
              variance: orNull(part.variance[r]),
              z: orNull(part.z[r]),
              p: orNull(part.p[r]),
              pSim: orNull(part.pSim[r]),
              pFolded: orNull(part.pFolded[r]),
              quadrant: lisaQuadrants[part.quadrant[r] as number] ?? null,
            };
          });
        });
        expect(rows, `${name} cut at ${cuts.join(',')}`).toEqual(whole);
      }
    }
    const w = { neighbours: [[1], [0, 2], [1]] };
    expect(() => localMoranPermutationColumns([1, 2, 4], w, { from: 2, to: 1 })).toThrow(
      'from and to must be integers with 0 ≤ from ≤ to ≤ 3',
    );
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
