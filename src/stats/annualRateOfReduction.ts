import { linearRegression } from 'simple-statistics';
import type { AnnualRateOfReductionResult, YearValue } from './types.ts';

/**
 * Average annual rate of reduction (AARR) as UNICEF defines it for stunting and other
 * prevalences: fit ln(value) = a + b·year by ordinary least squares over all observations and
 * report AARR = −(e^b − 1)·100, in percent per year (positive = falling). With two observations
 * this is UNICEF's two-point formula (1 − (v₂/v₁)^(1/(t₂ − t₁)))·100. Also returns the change
 * from the earliest to the latest observation: absolute (last − first, in the indicator's unit,
 * e.g. percentage points) and relative ((last − first)/first·100, in percent).
 *
 * Years are centred on the earliest one before fitting (the slope is unchanged; it avoids
 * cancellation in the sums). Repeated years are allowed (they all enter the fit); first/last
 * are the first listed observation of the earliest and of the latest year.
 *
 * @param series observations with finite years and positive values, at least two distinct years
 * @returns AARR, the log-linear slope, first and last observations and their changes
 * @example
 * annualRateOfReduction([
 *   { year: 2020, value: 100 },
 *   { year: 2021, value: 80 },
 *   { year: 2022, value: 70 },
 * ]);
 * // b = ln(70/100)/2 (3 equally spaced years), e^b = √0.7 = 0.83666, AARR = 16.334
 * // { aarr: 16.334…, slope: -0.1783…, absoluteChange: -30, relativeChange: -30, … }
 */
export function annualRateOfReduction(series: YearValue[]): AnnualRateOfReductionResult {
  if (!Array.isArray(series)) throw new Error('series must be an array');
  for (const point of series) {
    if (point === null || typeof point !== 'object' || !Number.isFinite(point.year)) {
      throw new Error('every observation needs a finite year');
    }
    if (!Number.isFinite(point.value) || point.value <= 0) {
      throw new Error('values must be positive for the log-linear fit');
    }
  }
  if (new Set(series.map((point) => point.year)).size < 2) {
    throw new Error('series must cover at least two distinct years');
  }
  let first = series[0] as YearValue;
  let last = first;
  for (const point of series) {
    if (point.year < first.year) first = point;
    if (point.year > last.year) last = point;
  }
  const origin = first.year;
  const { m: slope } = linearRegression(
    series.map((point) => [point.year - origin, Math.log(point.value)]),
  );
  return {
    aarr: -Math.expm1(slope) * 100,
    slope,
    first: { year: first.year, value: first.value },
    last: { year: last.year, value: last.value },
    absoluteChange: last.value - first.value,
    relativeChange: ((last.value - first.value) / first.value) * 100,
  };
}
