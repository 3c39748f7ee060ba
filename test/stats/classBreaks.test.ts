import { describe, expect, it } from 'vitest';
import { classBreaks } from '../../src/stats/classBreaks.ts';
import { expectClose, readFixture } from './fixtures.ts';

interface QuantileReference {
  cases: { values: number[]; classes: number; breaks: number[] }[];
}

function expectBreaks(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((b, i) => {
    expectClose(b, expected[i] as number, `break ${i}`);
  });
}

describe('classBreaks', () => {
  const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('QUANTILE: R type 7 quantiles, by hand', () => {
    // n = 10, h = (n − 1)·p = 9p, edge = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) (0-based):
    // p = 0.25: h = 2.25 → 3 + 0.25·1 = 3.25; p = 0.5: h = 4.5 → 5.5; p = 0.75: h = 6.75 → 7.75
    const result = classBreaks([10, null, 1, 2, 3, 4, 5, 6, 7, 8, Number.NaN, 9], {
      method: 'QUANTILE',
      classes: 4,
    });
    expect(result).toEqual({ breaks: [1, 3.25, 5.5, 7.75, 10], classes: 4 });
  });

  it('QUANTILE: matches R quantile(type = 7), repeated edges kept', () => {
    const ref = readFixture<QuantileReference>('out', 'quantile');
    for (const c of ref.cases) {
      const result = classBreaks(c.values, { method: 'QUANTILE', classes: c.classes });
      expectBreaks(result.breaks, c.breaks);
      expect(result.classes).toBe(c.classes);
    }
  });

  it('EQUAL_INTERVAL, by hand', () => {
    // range 1..10, width (10 − 1)/3 = 3: 1, 4, 7, 10
    expect(classBreaks(oneToTen, { method: 'EQUAL_INTERVAL', classes: 3 })).toEqual({
      breaks: [1, 4, 7, 10],
      classes: 3,
    });
    // width (10 − 1)/4 = 2.25: 1, 3.25, 5.5, 7.75, 10
    expect(classBreaks(oneToTen, { method: 'EQUAL_INTERVAL', classes: 4 }).breaks).toEqual([
      1, 3.25, 5.5, 7.75, 10,
    ]);
  });

  it('JENKS: ckmeans cluster minima plus the maximum, by hand', () => {
    // three tight groups: within-group sums of squares 2 + 2 + 2 = 6, far below any other split
    const values = [21, 1, 2, 3, 10, 11, 12, 20, 22];
    expect(classBreaks(values, { method: 'JENKS', classes: 3 })).toEqual({
      breaks: [1, 10, 20, 22],
      classes: 3,
    });
    // only two distinct values: k is reduced to 2, clusters {1, 1, 1} and {5, 5}
    expect(classBreaks([1, 5, 1, 5, 1], { method: 'JENKS', classes: 4 })).toEqual({
      breaks: [1, 5, 5],
      classes: 2,
    });
  });

  it('STANDARD_DEVIATION: 1-sd classes centred on the mean, by hand', () => {
    // mean 5; squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, sd = √(32/7) = 2.1380899…
    // inner edges 5 ± sd/2 = 3.93096, 6.06904; 5 − 1.5·sd = 1.79 ≤ min 2 (dropped),
    // 5 + 1.5·sd = 8.20713 < max 9 (kept); 5 ± 2.5·sd lie outside [2, 9]
    const sd = Math.sqrt(32 / 7);
    const result = classBreaks([2, 4, 4, 4, 5, 5, 7, 9], {
      method: 'STANDARD_DEVIATION',
      classes: 99, // ignored
    });
    expect(result.classes).toBe(4);
    expectBreaks(result.breaks, [2, 5 - sd / 2, 5 + sd / 2, 5 + 1.5 * sd, 9]);
  });

  it('PRETTY: R pretty(range(x), n), by hand', () => {
    // range 12.3..38.7: cell = 26.4/5 = 5.28, base 1; unit 2 (2 − 5.28 < 1.5·4.28), then 5
    // (5 − 5.28 < 2.75·3.28), not 10 (10 − 5.28 = 4.72 ≥ 1.5·0.28); ⌊12.3/5⌋ = 2, ⌈38.7/5⌉ = 8
    expect(classBreaks([38.7, 12.3, 20], { method: 'PRETTY', classes: 5 })).toEqual({
      breaks: [10, 15, 20, 25, 30, 35, 40],
      classes: 6,
    });
  });

  it('gives one class [v, v] for constant data', () => {
    for (const method of ['QUANTILE', 'EQUAL_INTERVAL', 'JENKS', 'STANDARD_DEVIATION'] as const) {
      expect(classBreaks([3, 3, null, 3], { method })).toEqual({ breaks: [3, 3], classes: 1 });
    }
  });

  it('checks its inputs', () => {
    expect(() => classBreaks([null, Number.NaN], { method: 'QUANTILE' })).toThrow(
      'values must contain at least one finite number',
    );
    expect(() => classBreaks([1, 2], { method: 'QUANTILE', classes: 0 })).toThrow(
      'classes must be a positive integer',
    );
    expect(() =>
      classBreaks([1, 2], { method: 'NATURAL' as unknown as 'QUANTILE', classes: 2 }),
    ).toThrow('unknown classification method');
  });
});
