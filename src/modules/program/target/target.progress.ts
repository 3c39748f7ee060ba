import { annualRateOfReduction } from '../../../stats/annualRateOfReduction.ts';
import type { YearValue } from '../../../stats/types.ts';

export type TargetPolarity = 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER';

export interface TargetProgressResult {
  actualValue: number | null;
  actualYear: number | null;
  /** actual − target, in the indicator's unit (points for percentages). */
  gap: number | null;
  met: boolean | null;
  onTrack: boolean | null;
  /** AARR needed from the latest actual to the target, percent per year. */
  requiredAnnualReduction: number | null;
  /** AARR between the first and the latest actual, percent per year. */
  currentAnnualReduction: number | null;
  /** Year the target is reached if the current AARR continues. */
  projectedYear: number | null;
  /** Last year whose actuals count (the target year unless asked as of an earlier year). */
  asOfYear: number;
  /** First actual: the baseline. */
  baselineYear: number | null;
  baselineValue: number | null;
  /** latest − baseline, in the indicator's unit (points for percentages). */
  changeSinceBaseline: number | null;
  /** (latest − target) / (target year − latest year): points to gain per year; null once due. */
  requiredPointsPerYear: number | null;
  /** Log-linear AARR fitted over all actuals (the method of Trend.annualRateOfReduction). */
  trendAnnualReduction: number | null;
}

/**
 * Progress towards a target of `target` in `year`, from the actual values of the years up to the
 * target year. AARR is the relative average annual rate of reduction between two observations,
 * AARR = (1 − (P₁/P₀)^(1/(t₁ − t₀)))·100 (UNICEF's two-point formula; negative = rising).
 *
 * - actual: the latest actual; `gap` = actual − target; `met` when the actual is at or beyond the
 *   target in the indicator's good direction.
 * - required: from the latest actual to the target; null once the target year has its actual. A
 *   target of 0 needs 100% (an exponential decline never reaches zero).
 * - current: between the first and the latest actual; null with one actual.
 * - onTrack: met, or current at least as fast as required; false when the target year is past
 *   unmet; null when it cannot be told.
 * - projectedYear: the latest actual's year when met; else latest year + ⌈ln(T/P)/ln(1 − r)⌉ when
 *   the current trend moves towards the target (r = current AARR); null otherwise or for target 0.
 *
 * @example
 * targetProgress({ year: 2022, target: 17.5, polarity: 'LOWER_IS_BETTER',
 *   actuals: [{ year: 2021, value: 21.5 }, { year: 2022, value: 17.8 }] });
 * // current 17.209 (1 − 17.8/21.5), gap 0.3, met false, onTrack false, projectedYear 2023
 */
export function targetProgress(input: {
  year: number;
  target: number;
  polarity: TargetPolarity;
  actuals: readonly YearValue[];
  /** Count only the actuals up to this year (default: the target year). */
  asOfYear?: number;
}): TargetProgressResult {
  const { year, target, polarity } = input;
  if (!Number.isFinite(target) || target < 0) throw new Error('target must be a number ≥ 0');
  const asOfYear = Math.min(year, input.asOfYear ?? year);
  const actuals = input.actuals
    .filter((a) => a.year <= asOfYear && Number.isFinite(a.value))
    .sort((a, b) => a.year - b.year);
  const latest = actuals[actuals.length - 1];
  const first = actuals[0];
  if (!latest || !first) {
    return {
      actualValue: null,
      actualYear: null,
      gap: null,
      met: null,
      onTrack: null,
      requiredAnnualReduction: null,
      currentAnnualReduction: null,
      projectedYear: null,
      asOfYear,
      baselineYear: null,
      baselineValue: null,
      changeSinceBaseline: null,
      requiredPointsPerYear: null,
      trendAnnualReduction: null,
    };
  }
  const lower = polarity === 'LOWER_IS_BETTER';
  const met = lower ? latest.value <= target : latest.value >= target;
  const current =
    first.year < latest.year && first.value > 0 && latest.value > 0
      ? annualRateOfReduction([first, latest]).aarr
      : null;
  let required: number | null = null;
  if (latest.year < year && latest.value > 0) {
    required = target === 0 ? 100 : annualRateOfReduction([latest, { year, value: target }]).aarr;
  }
  let onTrack: boolean | null = null;
  if (met) onTrack = true;
  else if (latest.year >= year) onTrack = false;
  else if (current !== null && required !== null) {
    onTrack = lower ? current >= required : current <= required;
  }
  let projectedYear: number | null = met ? latest.year : null;
  if (!met && current !== null && target > 0 && current < 100) {
    const towards = lower ? current > 0 : current < 0;
    const years = Math.log(target / latest.value) / Math.log(1 - current / 100);
    // A tiny epsilon keeps an exact hit (e.g. 4.0000000001 from rounding) in its own year.
    if (towards && Number.isFinite(years)) projectedYear = latest.year + Math.ceil(years - 1e-9);
  }
  return {
    actualValue: latest.value,
    actualYear: latest.year,
    gap: latest.value - target,
    met,
    onTrack,
    requiredAnnualReduction: required,
    currentAnnualReduction: current,
    projectedYear,
    asOfYear,
    baselineYear: first.year,
    baselineValue: first.value,
    changeSinceBaseline: first.year < latest.year ? latest.value - first.value : null,
    requiredPointsPerYear:
      latest.year < year ? (latest.value - target) / (year - latest.year) : null,
    trendAnnualReduction:
      new Set(actuals.map((a) => a.year)).size >= 2 && actuals.every((a) => a.value > 0)
        ? annualRateOfReduction([...actuals]).aarr
        : null,
  };
}
