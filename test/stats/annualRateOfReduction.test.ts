import { describe, expect, it } from 'vitest';
import { annualRateOfReduction } from '../../src/stats/annualRateOfReduction.ts';
import { expectClose } from './fixtures.ts';

describe('annualRateOfReduction', () => {
  it('recovers a constant 10% yearly decline exactly', () => {
    // value = 40·0.9^(year − 2018): ln(value) is exactly linear with slope ln 0.9,
    // so AARR = −(0.9 − 1)·100 = 10
    const series = [2018, 2019, 2020, 2021].map((year) => ({
      year,
      value: 40 * 0.9 ** (year - 2018),
    }));
    const result = annualRateOfReduction(series);
    expectClose(result.slope, Math.log(0.9));
    expectClose(result.aarr, 10);
  });

  it('three equally spaced years, by hand', () => {
    // least-squares slope over t = 0, 1, 2 is (y₂ − y₀)/2 = ln(70/100)/2, so e^b = √0.7
    // AARR = (1 − √0.7)·100 = (1 − 0.8366600265340756)·100 = 16.33399734659244
    // change first→last: 70 − 100 = −30 (points), −30/100·100 = −30 %
    const result = annualRateOfReduction([
      { year: 2022, value: 70 },
      { year: 2020, value: 100 },
      { year: 2021, value: 80 },
    ]);
    expectClose(result.aarr, 16.33399734659244);
    expect(result.first).toEqual({ year: 2020, value: 100 });
    expect(result.last).toEqual({ year: 2022, value: 70 });
    expectClose(result.absoluteChange, -30);
    expectClose(result.relativeChange, -30);
  });

  it('two points give UNICEF two-point formula', () => {
    // stunting 40% in 2013 → 30% in 2018: AARR = (1 − (30/40)^(1/5))·100
    // (30/40)^(1/5) = e^(ln 0.75/5) = e^(−0.05753641449035618) = 0.9440875112949020
    const result = annualRateOfReduction([
      { year: 2013, value: 40 },
      { year: 2018, value: 30 },
    ]);
    expectClose(result.aarr, (1 - 0.944087511294902) * 100);
    expectClose(result.absoluteChange, -10);
    expectClose(result.relativeChange, -25);
  });

  it('is negative when the indicator rises', () => {
    const result = annualRateOfReduction([
      { year: 2020, value: 20 },
      { year: 2021, value: 22 },
    ]);
    // e^b = 1.1: AARR = −10
    expectClose(result.aarr, -10);
  });

  it('checks its inputs', () => {
    expect(() => annualRateOfReduction([{ year: 2020, value: 10 }])).toThrow(
      'series must cover at least two distinct years',
    );
    expect(() =>
      annualRateOfReduction([
        { year: 2020, value: 10 },
        { year: 2021, value: 0 },
      ]),
    ).toThrow('values must be positive for the log-linear fit');
    expect(() =>
      annualRateOfReduction([
        { year: Number.NaN, value: 10 },
        { year: 2021, value: 1 },
      ]),
    ).toThrow('every observation needs a finite year');
  });
});
