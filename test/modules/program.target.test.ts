import { describe, expect, it } from 'vitest';
import { targetProgress } from '../../src/modules/program/target/target.progress.ts';

// Targets as of a year (issue 16.4), checked against hand computations.

describe('targetProgress as of a year', () => {
  const story = [
    { year: 2021, value: 21.5 },
    { year: 2022, value: 17.8 },
  ];

  it('keeps the change since the baseline and the points and percent needed per year', () => {
    const p = targetProgress({
      year: 2024,
      target: 14,
      polarity: 'LOWER_IS_BETTER',
      actuals: story,
    });
    expect(p.asOfYear).toBe(2024);
    expect([p.baselineYear, p.baselineValue]).toEqual([2021, 21.5]);
    // 17.8 − 21.5 = −3.7 points (the seed's "−4 points" by hand).
    expect(p.changeSinceBaseline).toBeCloseTo(-3.7, 12);
    // (17.8 − 14) / (2024 − 2022) = 1.9 points a year; 1 − (14/17.8)^(1/2) = 11.314 % a year.
    expect(p.requiredPointsPerYear).toBeCloseTo(1.9, 12);
    expect(p.requiredAnnualReduction).toBeCloseTo(100 * (1 - Math.sqrt(14 / 17.8)), 10);
    // With two actuals the log-linear trend and the end-point AARR agree: 1 − 17.8/21.5.
    expect(p.currentAnnualReduction).toBeCloseTo(100 * (1 - 17.8 / 21.5), 10);
    expect(p.trendAnnualReduction).toBeCloseTo(100 * (1 - 17.8 / 21.5), 10);
  });

  it('answers "what did we need from 2022" after the target year has its actual', () => {
    const actuals = [...story, { year: 2023, value: 18.4 }];
    const due = targetProgress({ year: 2023, target: 17.5, polarity: 'LOWER_IS_BETTER', actuals });
    expect(due.requiredAnnualReduction).toBeNull();
    expect(due.gap).toBeCloseTo(0.9, 12);
    const then = targetProgress({
      year: 2023,
      target: 17.5,
      polarity: 'LOWER_IS_BETTER',
      actuals,
      asOfYear: 2022,
    });
    expect([then.asOfYear, then.actualYear, then.actualValue]).toEqual([2022, 2022, 17.8]);
    // 1 − 17.5/17.8 = 1.685 % in one year, 0.3 points.
    expect(then.requiredAnnualReduction).toBeCloseTo(100 * (1 - 17.5 / 17.8), 10);
    expect(then.requiredPointsPerYear).toBeCloseTo(0.3, 12);
  });

  it('names two rates that differ when the years between bend the line', () => {
    const actuals = [
      { year: 2020, value: 24 },
      { year: 2021, value: 21.5 },
      { year: 2022, value: 17.8 },
      { year: 2023, value: 18.4 },
    ];
    const p = targetProgress({ year: 2024, target: 14, polarity: 'LOWER_IS_BETTER', actuals });
    // End points: 1 − (18.4/24)^(1/3).
    expect(p.currentAnnualReduction).toBeCloseTo(100 * (1 - (18.4 / 24) ** (1 / 3)), 10);
    // Least squares of ln(value) on the centred years −1.5, −0.5, 0.5, 1.5 (Σx² = 5).
    const slope =
      (-1.5 * Math.log(24) - 0.5 * Math.log(21.5) + 0.5 * Math.log(17.8) + 1.5 * Math.log(18.4)) /
      5;
    expect(p.trendAnnualReduction).toBeCloseTo(-100 * (Math.exp(slope) - 1), 10);
    expect(
      Math.abs((p.trendAnnualReduction ?? 0) - (p.currentAnnualReduction ?? 0)),
    ).toBeGreaterThan(0.5);
  });
});
