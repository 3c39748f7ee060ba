import { describe, expect, it } from 'vitest';
import { targetProgress } from '../../src/modules/program/target/target.progress.ts';
import {
  bucketEnd,
  bucketLabel,
  bucketStart,
  isoWeekOfDay,
  isoWeeksInYear,
  parseDay,
  parseIsoWeek,
} from '../../src/modules/program/week.ts';

const day = (text: string) => parseDay(text) as number;

describe('ISO weeks', () => {
  it('puts the days around new year in the week of their Thursday', () => {
    // 1 Jan 2023 was a Sunday: it closes 2022-W52 (Mon 26 Dec – Sun 1 Jan); 2023-W01 starts 2 Jan.
    expect(isoWeekOfDay(day('2022-12-26')).label).toBe('2022-W52');
    expect(isoWeekOfDay(day('2023-01-01')).label).toBe('2022-W52');
    expect(isoWeekOfDay(day('2023-01-02')).label).toBe('2023-W01');
    // 31 Dec 2018 was a Monday whose Thursday is 3 Jan 2019: it is in 2019-W01.
    expect(isoWeekOfDay(day('2018-12-31')).label).toBe('2019-W01');
    // 1–3 Jan 2021 (Fri–Sun) belong to 2020-W53: 2020 began on a Wednesday and was a leap year.
    expect(isoWeekOfDay(day('2021-01-03')).label).toBe('2020-W53');
  });

  it('parses weeks with their Monday and Sunday and refuses weeks a year does not have', () => {
    expect(parseIsoWeek('2022-W52')).toEqual({
      label: '2022-W52',
      year: 2022,
      week: 52,
      start: '2022-12-26',
      end: '2023-01-01',
    });
    expect(parseIsoWeek('2023-W01')).toMatchObject({ start: '2023-01-02', end: '2023-01-08' });
    expect(parseIsoWeek('2020-W53')).toMatchObject({ start: '2020-12-28', end: '2021-01-03' });
    expect(parseIsoWeek('2022-W53')).toBeNull();
    expect(parseIsoWeek('2022-W00')).toBeNull();
    expect(parseIsoWeek('2022-27')).toBeNull();
    expect([2015, 2020, 2026, 2021, 2022, 2023].map(isoWeeksInYear)).toEqual([
      53, 53, 53, 52, 52, 52,
    ]);
  });

  it('cuts days, weeks and months into buckets', () => {
    const d = day('2024-02-29');
    expect(bucketLabel(bucketStart(d, 'WEEK'), 'WEEK')).toBe('2024-W09');
    expect(bucketLabel(bucketStart(d, 'MONTH'), 'MONTH')).toBe('2024-02');
    expect(bucketEnd(bucketStart(d, 'MONTH'), 'MONTH')).toBe(d);
    expect(parseDay('2023-02-29')).toBeNull();
  });
});

describe('targetProgress', () => {
  const lower = 'LOWER_IS_BETTER' as const;

  it('computes the observed and required AARR and the projected year, by hand', () => {
    // 30 (2021) → 24.3 (2023): AARR = 1 − √0.81 = 10%. To 15 by 2026 needs
    // 1 − (15/24.3)^(1/3) = 14.8545%/year: not on track. At 10%: 24.3·0.9⁴ = 15.94 > 15,
    // 24.3·0.9⁵ = 14.35 ≤ 15 → 2028.
    const p = targetProgress({
      year: 2026,
      target: 15,
      polarity: lower,
      actuals: [
        { year: 2021, value: 30 },
        { year: 2023, value: 24.3 },
      ],
    });
    expect(p).toMatchObject({
      actualValue: 24.3,
      actualYear: 2023,
      met: false,
      onTrack: false,
      projectedYear: 2028,
    });
    expect(p.currentAnnualReduction).toBeCloseTo(10, 10);
    expect(p.requiredAnnualReduction).toBeCloseTo(14.854508, 5);
    expect(p.gap).toBeCloseTo(9.3, 10);
  });

  it('has no projection when the rate rises, and needs 100% for a target of 0', () => {
    // 21.5 (2021) → 23.2 (2023): AARR = 1 − (23.2/21.5)^½ = −3.878% (rising); 14 in 2024 needs
    // 1 − 14/23.2 = 39.655%.
    const rising = targetProgress({
      year: 2024,
      target: 14,
      polarity: lower,
      actuals: [
        { year: 2021, value: 21.5 },
        { year: 2023, value: 23.2 },
      ],
    });
    expect(rising.currentAnnualReduction).toBeCloseTo(-3.878283, 5);
    expect(rising.requiredAnnualReduction).toBeCloseTo(39.655172, 5);
    expect(rising).toMatchObject({ onTrack: false, projectedYear: null });
    const zero = targetProgress({
      year: 2022,
      target: 0,
      polarity: lower,
      actuals: [
        { year: 2020, value: 20 },
        { year: 2021, value: 10 },
      ],
    });
    expect(zero).toMatchObject({
      requiredAnnualReduction: 100,
      onTrack: false,
      projectedYear: null,
      met: false,
    });
  });

  it('calls a target met when the actual is already beyond it, in either direction', () => {
    expect(
      targetProgress({
        year: 2024,
        target: 14,
        polarity: lower,
        actuals: [{ year: 2023, value: 13 }],
      }),
    ).toMatchObject({
      met: true,
      onTrack: true,
      projectedYear: 2023,
      currentAnnualReduction: null,
    });
    // Coverage-like: 60% → 72% is an AARR of −20% (a rise); 90% by 2025 is reached at that pace
    // after ln(90/72)/ln(1.2) = 1.22 years → 2024.
    const up = targetProgress({
      year: 2025,
      target: 90,
      polarity: 'HIGHER_IS_BETTER',
      actuals: [
        { year: 2021, value: 60 },
        { year: 2022, value: 72 },
      ],
    });
    expect(up.currentAnnualReduction).toBeCloseTo(-20, 10);
    expect(up).toMatchObject({ met: false, onTrack: true, projectedYear: 2024 });
    expect(up.requiredAnnualReduction).toBeCloseTo((1 - (90 / 72) ** (1 / 3)) * 100, 10);
  });
});
