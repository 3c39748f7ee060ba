import { describe, expect, it } from 'vitest';
import { mulberry32, mulberry32Skip, mulberry32State } from '../../src/random/mulberry32.ts';

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

  it('skips draws: the state after m draws continues the sequence at draw m + 1', () => {
    const seed = -987654321;
    const all = mulberry32(seed);
    const sequence = Array.from({ length: 50 }, () => all());
    for (const m of [0, 1, 7, 49]) {
      // a generator whose state is mulberry32Skip(state, m): mulberry32 seeded with that state
      const rest = mulberry32(mulberry32Skip(mulberry32State(seed), m));
      expect(rest()).toBe(sequence[m]);
    }
    // beyond 2^32 draws the state wraps: 2^32 draws return to the start, and a large count
    // reduces exactly (m·0x6d2b79f5 mod 2^32 by BigInt)
    const start = mulberry32State(seed);
    expect(mulberry32Skip(start, 2 ** 32)).toBe(start);
    const m = 9_999 * 123_457 * 3_001;
    const expected = Number((BigInt(start) + BigInt(m) * 0x6d2b79f5n) % 2n ** 32n);
    expect(mulberry32Skip(start, m)).toBe(expected);
    expect(() => mulberry32Skip(start, -1)).toThrow('draws must be a safe integer ≥ 0');
  });

  it('rejects a non-finite seed', () => {
    expect(() => mulberry32(Number.POSITIVE_INFINITY)).toThrow('seed must be a finite number');
  });
});
