import { describe, expect, it } from 'vitest';
import { empiricalBayesGlobal } from '../../src/stats/empiricalBayesGlobal.ts';
import { empiricalBayesLocal } from '../../src/stats/empiricalBayesLocal.ts';
import {
  expectClose,
  RATE_DATASETS,
  type RateInput,
  type RateOutput,
  readFixture,
} from './fixtures.ts';

describe('empiricalBayesGlobal matches spdep EBest (poisson)', () => {
  for (const name of RATE_DATASETS) {
    it(name, () => {
      const input = readFixture<RateInput>('in', name);
      const ref = readFixture<RateOutput>('out', name).global;
      const result = empiricalBayesGlobal(input.cases, input.population);
      expectClose(result.priorMean, ref.priorMean, 'b');
      expectClose(result.priorVariance, ref.priorVariance, 'a');
      result.raw.forEach((r, i) => {
        expectClose(r, ref.raw[i] as number, `raw[${i}]`);
      });
      result.smoothed.forEach((s, i) => {
        expectClose(s, ref.smoothed[i] as number, `est[${i}]`);
      });
    });
  }

  it('sets a negative prior variance to 0 and shrinks fully to the global rate', () => {
    // b = 10/40 = 0.25; s² = (10·(0.1 − 0.25)² + 30·(0.3 − 0.25)²)/40 = (0.225 + 0.075)/40 = 0.0075
    // a = s² − b/(Σx/m) = 0.0075 − 0.25/20 = −0.005 < 0 → 0, so every smoothed rate is 0.25
    const result = empiricalBayesGlobal([1, 9], [10, 30]);
    expect(result.priorVariance).toBe(0);
    expect(result.raw).toEqual([0.1, 0.3]);
    expect(result.smoothed).toEqual([0.25, 0.25]);
  });

  it('known answer with a positive prior variance', () => {
    // n = [2, 30], x = [100, 100]: p = [0.02, 0.3], b = 32/200 = 0.16
    // s² = (100·0.14² + 100·0.14²)/200 = 0.0196; a = 0.0196 − 0.16/100 = 0.018
    // est_1 = 0.16 + 0.018·(0.02 − 0.16)/(0.018 + 0.0016) = 0.16 − 0.00252/0.0196 = 0.0314285714…
    // est_2 = 0.16 + 0.018·0.14/0.0196 = 0.2885714285…
    const result = empiricalBayesGlobal([2, 30], [100, 100]);
    expectClose(result.priorVariance, 0.018);
    expectClose(result.smoothed[0], 0.16 - 0.00252 / 0.0196);
    expectClose(result.smoothed[1], 0.16 + 0.00252 / 0.0196);
  });

  it('returns the global rate 0 where spdep gives NaN (no cases at all)', () => {
    expect(empiricalBayesGlobal([0, 0], [10, 20]).smoothed).toEqual([0, 0]);
  });

  it('checks its inputs', () => {
    expect(() => empiricalBayesGlobal([1], [10, 20])).toThrow(
      'numerators and denominators must have the same length',
    );
    expect(() => empiricalBayesGlobal([1, 2], [10, 0])).toThrow('denominators must be positive');
    expect(() => empiricalBayesGlobal([-1, 2], [10, 5])).toThrow(
      'numerators must be finite and non-negative',
    );
  });
});

describe('empiricalBayesLocal matches spdep EBlocal', () => {
  for (const name of RATE_DATASETS) {
    it(name, () => {
      const input = readFixture<RateInput>('in', name);
      const ref = readFixture<RateOutput>('out', name).local;
      const result = empiricalBayesLocal(input.cases, input.population, input.neighbours);
      result.raw.forEach((r, i) => {
        expectClose(r, ref.raw[i] as number, `raw[${i}]`);
      });
      result.priorMean.forEach((m, i) => {
        expectClose(m, ref.priorMean[i] as number, `m[${i}]`);
      });
      result.priorVariance.forEach((a, i) => {
        expectClose(a, ref.priorVariance[i] as number, `a[${i}]`);
      });
      result.smoothed.forEach((s, i) => {
        const expected = ref.smoothed[i] ?? null;
        if (expected === null) {
          // spdep: 0/0 = NaN where the neighbourhood has no cases (a = m = 0); we return m = 0
          expect(result.priorMean[i]).toBe(0);
          expect(s).toBe(0);
          return;
        }
        expectClose(s, expected, `est[${i}]`);
      });
    });
  }

  it('includes the region itself in its neighbourhood', () => {
    // island 2 alone: m = 3/10; the pair {0, 1}: m = (1 + 9)/(10 + 30) = 0.25
    const result = empiricalBayesLocal([1, 9, 3], [10, 30, 10], [[1], [0], []]);
    expect(result.priorMean).toEqual([0.25, 0.25, 0.3]);
    // a single-member neighbourhood has C = 0, so a = −m/n̄ < 0 → 0 and est = m = raw
    expect(result.smoothed[2]).toBe(0.3);
  });

  it('checks its inputs', () => {
    expect(() => empiricalBayesLocal([1, 2], [10, 20], [[1]])).toThrow(
      'values and neighbours must have the same length',
    );
  });
});
