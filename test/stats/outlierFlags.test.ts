import { describe, expect, it } from 'vitest';
import { outlierFlags } from '../../src/stats/outlierFlags.ts';
import { expectClose } from './fixtures.ts';

describe('outlierFlags', () => {
  it('Z: sample-sd z-scores, by hand', () => {
    // mean 119/7 = 17; deviations −7, −5, −6, −4, −5, −6, 33; Σd² = 1276; sd = √(1276/6)
    // z(50) = 33/√212.666… = 2.26289…; with n = 7 no |z| can exceed (n − 1)/√n = 2.27, so the
    // default threshold 3 flags nothing and threshold 2 flags only 50
    const values = [10, 12, 11, 13, 12, 11, 50];
    const sd = Math.sqrt(1276 / 6);
    const result = outlierFlags(values);
    result.scores.forEach((z, i) => {
      expectClose(z, ((values[i] as number) - 17) / sd, `z[${i}]`);
    });
    expect(result.flags.some(Boolean)).toBe(false);
    expect(outlierFlags(values, { threshold: 2 }).flags).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('MODIFIED_Z: 0.6745·(x − median)/MAD, by hand', () => {
    // median 3; |x − 3| = 2, 1, 0, 1, 97 → MAD = median = 1; M = 0.6745·(x − 3)
    // M(100) = 65.4265 > 3.5 (default threshold) → flagged; M(1) = −1.349 → not
    const result = outlierFlags([1, 2, null, 3, 4, 100], { method: 'MODIFIED_Z' });
    const expected = [-1.349, -0.6745, null, 0, 0.6745, 65.4265];
    result.scores.forEach((m, i) => {
      const e = expected[i] ?? null;
      if (e === null) expect(m).toBeNull();
      else expectClose(m, e, `M[${i}]`);
    });
    expect(result.flags).toEqual([false, false, false, false, false, true]);
    // threshold 1: |−1.349| > 1 is flagged too
    const loose = outlierFlags([1, 2, 3, 4, 100], { method: 'MODIFIED_Z', threshold: 1 });
    expect(loose.flags).toEqual([true, false, false, false, true]);
  });

  it('gives null scores and no flags when the spread is zero', () => {
    // more than half the values equal: MAD = 0
    expect(outlierFlags([5, 5, 5, 5, 100], { method: 'MODIFIED_Z' })).toEqual({
      scores: [null, null, null, null, null],
      flags: [false, false, false, false, false],
    });
    expect(outlierFlags([2, 2, 2]).scores).toEqual([null, null, null]);
  });

  it('checks its inputs', () => {
    expect(() => outlierFlags([1])).toThrow('values must contain at least two finite numbers');
    expect(() => outlierFlags([1, 2], { threshold: -1 })).toThrow(
      'threshold must be a positive number',
    );
    expect(() => outlierFlags([1, 2], { method: 'IQR' as unknown as 'Z' })).toThrow(
      'unknown outlier method',
    );
  });
});
