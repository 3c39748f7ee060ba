import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/stats/wilsonInterval.ts';

describe('wilsonInterval', () => {
  // Newcombe RG (1998), Two-sided confidence intervals for the single proportion, Stat Med 17:857,
  // Table I, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('matches Newcombe (1998) for %i/%i', (x, n, low, high) => {
    const [l, h] = wilsonInterval(x, n);
    expect(l).toBeCloseTo(low, 4);
    expect(h).toBeCloseTo(high, 4);
  });

  it('is exact at the ends and symmetric', () => {
    expect(wilsonInterval(0, 25)[0]).toBe(0);
    expect(wilsonInterval(25, 25)[1]).toBe(1);
    const [l, h] = wilsonInterval(3, 10);
    const [l2, h2] = wilsonInterval(7, 10);
    expect(l + h2).toBeCloseTo(1, 12);
    expect(h + l2).toBeCloseTo(1, 12);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(1, 0)).toThrow('trials must be positive');
    expect(() => wilsonInterval(5, 4)).toThrow('successes must be within 0..trials');
    expect(() => wilsonInterval(1.5, 4)).toThrow('successes and trials must be integers');
  });
});
