import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../src/stats/benjaminiHochberg.ts';
import { expectClose, readFixture, SPATIAL_DATASETS, type SpatialOutput } from './fixtures.ts';

interface BhReference {
  p: (number | null)[];
  adjusted: (number | null)[];
}

function expectAdjusted(actual: (number | null)[], expected: (number | null)[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((q, i) => {
    const e = expected[i] ?? null;
    if (e === null) expect(q).toBeNull();
    else expectClose(q, e, `adjusted[${i}]`);
  });
}

describe('benjaminiHochberg matches R p.adjust(p, "BH")', () => {
  it('with ties and a missing value', () => {
    const ref = readFixture<BhReference>('out', 'benjaminiHochberg');
    const result = benjaminiHochberg(ref.p);
    expectAdjusted(result.adjusted, ref.adjusted);
    expect(result.significant).toEqual(result.adjusted.map((q) => q !== null && q <= 0.05));
  });

  for (const name of SPATIAL_DATASETS) {
    it(`${name}: local Moran p-values`, () => {
      const ref = readFixture<SpatialOutput>('out', name).benjaminiHochberg;
      expectAdjusted(benjaminiHochberg(ref.p).adjusted, ref.adjusted);
    });
  }

  it('known answer by hand', () => {
    // m = 4, ascending 0.01, 0.03, 0.04, 0.2 with ranks 1..4 → m·p/rank = 0.04, 0.06, 0.0533…, 0.2;
    // cumulative minimum from the largest p down: 0.2, 0.0533…, 0.0533…, 0.04
    const result = benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
    expectClose(result.adjusted[0], 0.04);
    expectClose(result.adjusted[1], 0.16 / 3);
    expectClose(result.adjusted[2], 0.16 / 3);
    expectClose(result.adjusted[3], 0.2);
    expect(result.significant).toEqual([true, false, false, false]);
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.2], 0.1).significant).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('handles empty input and NaN', () => {
    expect(benjaminiHochberg([])).toEqual({ adjusted: [], significant: [] });
    expect(benjaminiHochberg([Number.NaN, 0.5])).toEqual({
      adjusted: [null, 0.5],
      significant: [false, false],
    });
  });

  it('checks its inputs', () => {
    expect(() => benjaminiHochberg([1.5])).toThrow('p-values must be within 0..1');
    expect(() => benjaminiHochberg([0.5], 0)).toThrow('alpha must be between 0 and 1');
  });
});
