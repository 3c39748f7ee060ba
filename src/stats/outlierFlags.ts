import { mean, median, medianAbsoluteDeviation, sampleStandardDeviation } from 'simple-statistics';
import type { OutlierFlagsResult, OutlierMethod } from './types.ts';

/**
 * Flags outlying values by a z-score or by the modified z-score of Iglewicz & Hoaglin (1993).
 *
 * - 'Z': z_i = (x_i − mean)/sd with the sample standard deviation (n − 1, as R `scale`); default
 *   threshold 3. In a sample of n no |z| exceeds (n − 1)/√n, so with n ≤ 10 nothing can pass 3;
 *   the modified z has no such cap.
 * - 'MODIFIED_Z': M_i = 0.6745·(x_i − median)/MAD with the raw median absolute deviation
 *   MAD = median(|x − median|) (not rescaled by 1.4826); default threshold 3.5, the cut-off
 *   Iglewicz & Hoaglin recommend.
 *
 * A value is flagged when |score| > threshold. Missing values (null, NaN, ±Infinity) are left
 * out of the mean/median and get a null score. When the spread is zero (sd = 0, or MAD = 0 as
 * when more than half the values are equal) no score is defined: all scores are null and nothing
 * is flagged; use 'Z' for such data.
 *
 * @param values data values; null or non-finite entries are skipped
 * @param options.method 'Z' (default) or 'MODIFIED_Z'
 * @param options.threshold flag when |score| exceeds it (default 3 for 'Z', 3.5 for 'MODIFIED_Z')
 * @returns score and flag per value, parallel to the input
 * @example
 * outlierFlags([1, 2, 3, 4, 100], { method: 'MODIFIED_Z' });
 * // median 3, MAD = median(2, 1, 0, 1, 97) = 1, M = 0.6745·(x − 3)
 * // { scores: [-1.349, -0.6745, 0, 0.6745, 65.4265], flags: [false, false, false, false, true] }
 */
export function outlierFlags(
  values: (number | null)[],
  options: { method?: OutlierMethod; threshold?: number } = {},
): OutlierFlagsResult {
  if (!Array.isArray(values)) throw new Error('values must be an array');
  const method = options.method ?? 'Z';
  if (method !== 'Z' && method !== 'MODIFIED_Z') throw new Error('unknown outlier method');
  const threshold = options.threshold ?? (method === 'Z' ? 3 : 3.5);
  if (!(threshold > 0) || !Number.isFinite(threshold)) {
    throw new Error('threshold must be a positive number');
  }
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (present.length < 2) throw new Error('values must contain at least two finite numbers');

  const { centre, scale } =
    method === 'Z'
      ? { centre: mean(present), scale: 1 / sampleStandardDeviation(present) }
      : { centre: median(present), scale: 0.6745 / medianAbsoluteDeviation(present) };
  const defined = Number.isFinite(scale);
  const scores = values.map((v) =>
    defined && typeof v === 'number' && Number.isFinite(v) ? (v - centre) * scale : null,
  );
  return {
    scores,
    flags: scores.map((score) => score !== null && Math.abs(score) > threshold),
  };
}
