import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/random/mulberry32.ts';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
    expect(mulberry32(124)()).not.toBe(first[0]);
  });

  it('is roughly uniform', () => {
    const next = mulberry32(2024);
    const counts = new Array<number>(10).fill(0);
    const draws = 100_000;
    for (let i = 0; i < draws; i++) {
      const bin = Math.floor(next() * 10);
      counts[bin] = (counts[bin] ?? 0) + 1;
    }
    // each bin ~ Binomial(100000, 0.1): sd ≈ 95; allow 5 sd
    for (const count of counts) expect(Math.abs(count - draws / 10)).toBeLessThan(475);
  });

  it('rejects a non-finite seed', () => {
    expect(() => mulberry32(Number.POSITIVE_INFINITY)).toThrow('seed must be a finite number');
  });
});
