import { describe, expect, it } from 'vitest';
import { prettyBreaks } from '../../src/stats/prettyBreaks.ts';
import { readFixture } from './fixtures.ts';

interface PrettyReference {
  cases: { low: number; high: number; n: number; breaks: number[] }[];
}

describe('prettyBreaks matches R pretty()', () => {
  it('on 220 ranges (20 chosen, 200 random) from the R reference', () => {
    const ref = readFixture<PrettyReference>('out', 'pretty');
    expect(ref.cases).toHaveLength(220);
    for (const c of ref.cases) {
      const actual = prettyBreaks(c.low, c.high, { n: c.n });
      const label = `pretty(c(${c.low}, ${c.high}), n = ${c.n})`;
      expect(actual, label).toHaveLength(c.breaks.length);
      const scale = Math.max(Math.abs(c.high - c.low), ...c.breaks.map(Math.abs));
      actual.forEach((b, i) => {
        expect(Math.abs(b - (c.breaks[i] as number)), label).toBeLessThanOrEqual(1e-9 * scale);
      });
    }
  });

  it('known answers by hand', () => {
    // cell = 0.8/2 = 0.4, base 0.1: unit 0.2 (0.2 − 0.4 < 1.5·0.3), 0.5 (0.5 − 0.4 < 2.75·0.2),
    // not 1 (1 − 0.4 ≥ 1.5·(−0.1)); ⌊0.1/0.5⌋ = 0, ⌈0.9/0.5⌉ = 2
    expect(prettyBreaks(0.1, 0.9, { n: 2 })).toEqual([0, 0.5, 1]);
    // zero width: cell = 0.75·5 = 3.75 → unit 5; ns = nu = 1, then widened to min.n = 1 interval
    expect(prettyBreaks(5, 5)).toEqual([0, 5]);
    expect(prettyBreaks(0, 0)).toEqual([-1, 0]);
  });

  it('checks its inputs', () => {
    expect(() => prettyBreaks(2, 1)).toThrow('low must not exceed high');
    expect(() => prettyBreaks(0, Number.POSITIVE_INFINITY)).toThrow('low and high must be finite');
    expect(() => prettyBreaks(0, 1, { n: 0 })).toThrow('n must be a positive integer');
  });
});
