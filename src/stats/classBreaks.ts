import {
  ckmeans,
  equalIntervalBreaks,
  mean,
  quantileSorted,
  sampleStandardDeviation,
} from 'simple-statistics';
import { prettyBreaks } from './prettyBreaks.ts';
import type { ClassBreaksMethod, ClassBreaksResult } from './types.ts';

/**
 * Class breaks for a choropleth legend. Missing values (null, NaN, ±Infinity) are ignored. The
 * result has k + 1 ascending edges; with {@link classify}, class i is [b_i, b_{i+1}) and the last
 * class [b_{k−1}, b_k] is closed on both ends. Except for PRETTY the first edge is the minimum
 * and the last the maximum of the data.
 *
 * - QUANTILE: R `quantile(x, seq(0, 1, length.out = k + 1), type = 7)` (simple-statistics
 *   quantileSorted, linear interpolation between order statistics). Ties can repeat an edge,
 *   leaving an empty class; the edges are kept so that there are always k classes.
 * - EQUAL_INTERVAL: min + i·(max − min)/k (simple-statistics equalIntervalBreaks).
 * - JENKS: optimal 1-D k-means (Ckmeans.1d.dp, simple-statistics ckmeans); edges are the
 *   minimum of each cluster plus the overall maximum. With fewer distinct values than k, k is
 *   reduced to the number of distinct values.
 * - STANDARD_DEVIATION: classes one sample standard deviation (R `sd`, n − 1) wide, the middle
 *   class centred on the mean: inner edges at mean ± (j + ½)·sd, j = 0, 1, …, kept where strictly
 *   between min and max, plus min and max. `classes` is ignored: the data decide how many
 *   classes there are (2 or more unless sd = 0).
 * - PRETTY: R `pretty(range(x), n = classes)` (see prettyBreaks): round edges covering the
 *   range, which may lie outside [min, max]; the class count is only close to `classes`.
 *
 * When all values are equal, every method but PRETTY returns one class [v, v].
 *
 * @param values data values; null or non-finite entries are skipped
 * @param options.method classification method
 * @param options.classes number of classes, an integer ≥ 1 (default 5)
 * @returns the edges and the resulting number of classes
 * @example
 * classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { method: 'EQUAL_INTERVAL', classes: 3 });
 * // { breaks: [1, 4, 7, 10], classes: 3 }
 */
export function classBreaks(
  values: (number | null)[],
  options: { method: ClassBreaksMethod; classes?: number },
): ClassBreaksResult {
  if (!Array.isArray(values)) throw new Error('values must be an array');
  const classes = options.classes ?? 5;
  if (!Number.isInteger(classes) || classes < 1) {
    throw new Error('classes must be a positive integer');
  }
  // Sorted as a Float64Array: numeric order without a comparator call (and a boxed number) per
  // comparison; a province's choropleth sorts 5,957 values.
  const data = Array.from(
    Float64Array.from(
      values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)),
    ).sort(),
  );
  const min = data[0];
  const max = data[data.length - 1];
  if (min === undefined || max === undefined) {
    throw new Error('values must contain at least one finite number');
  }
  if (options.method === 'PRETTY') return result(prettyBreaks(min, max, { n: classes }));
  if (min === max) return result([min, max]);
  switch (options.method) {
    case 'QUANTILE':
      return result(
        Array.from({ length: classes + 1 }, (_, i) => quantileSorted(data, i / classes)),
      );
    case 'EQUAL_INTERVAL':
      return result(equalIntervalBreaks(data, classes));
    case 'JENKS':
      return result(jenksBreaks(data, classes));
    case 'STANDARD_DEVIATION':
      return result(standardDeviationBreaks(data));
    default:
      throw new Error('unknown classification method');
  }
}

/**
 * Wraps edges with their class count.
 * @private
 */
function result(breaks: number[]): ClassBreaksResult {
  return { breaks, classes: breaks.length - 1 };
}

/**
 * Ckmeans cluster minima plus the maximum, for sorted data with at least two distinct values.
 * @private
 */
function jenksBreaks(sorted: number[], classes: number): number[] {
  const distinct = new Set(sorted).size;
  const clusters = ckmeans(sorted, Math.min(classes, distinct));
  const breaks = clusters.map((cluster) => cluster[0] ?? Number.NaN);
  breaks.push(sorted[sorted.length - 1] ?? Number.NaN);
  return breaks;
}

/**
 * min, mean ± (j + ½)·sd strictly inside (min, max), max — for sorted, non-constant data.
 * @private
 */
function standardDeviationBreaks(sorted: number[]): number[] {
  const min = sorted[0] ?? Number.NaN;
  const max = sorted[sorted.length - 1] ?? Number.NaN;
  const centre = mean(sorted);
  const sd = sampleStandardDeviation(sorted);
  const inner: number[] = [];
  for (let j = 0; ; j++) {
    const below = centre - (j + 0.5) * sd;
    const above = centre + (j + 0.5) * sd;
    if (below <= min && above >= max) break;
    if (below > min) inner.push(below);
    if (above < max) inner.push(above);
  }
  return [min, ...inner.sort((a, b) => a - b), max];
}
