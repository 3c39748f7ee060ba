/**
 * Class index of a value for ascending breaks b_0 … b_k (as from {@link classBreaks}). Interval
 * rule: class i is closed on the left and open on the right, [b_i, b_{i+1}), except the last
 * class, which is closed on both ends, [b_{k−1}, b_k], so the maximum belongs to it. Where edges
 * repeat (quantiles of tied data) a value equal to the repeated edge goes to the last class that
 * starts there. Missing values (null, NaN) and values outside [b_0, b_k] get null (no class).
 *
 * @param value the value to classify; null or NaN for no data
 * @param breaks at least two finite, non-decreasing edges
 * @returns 0-based class index in 0 … k − 1, or null
 * @example
 * classify(4, [1, 4, 7, 10]); // 1: 4 is in [4, 7)
 * classify(10, [1, 4, 7, 10]); // 2: the last class [7, 10] includes 10
 * classify(null, [1, 4, 7, 10]); // null
 */
export function classify(value: number | null, breaks: number[]): number | null {
  if (!Array.isArray(breaks) || breaks.length < 2) {
    throw new Error('breaks must have at least two edges');
  }
  for (let i = 0; i < breaks.length; i++) {
    const edge = breaks[i];
    if (typeof edge !== 'number' || !Number.isFinite(edge)) {
      throw new Error('breaks must be finite numbers');
    }
    if (i > 0 && edge < (breaks[i - 1] ?? edge)) throw new Error('breaks must be ascending');
  }
  if (value === null || Number.isNaN(value)) return null;
  const k = breaks.length - 1;
  const first = breaks[0] ?? 0;
  const last = breaks[k] ?? 0;
  if (value < first || value > last) return null;
  // largest i ≤ k − 1 with b_i ≤ value (binary search)
  let low = 0;
  let high = k - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((breaks[mid] ?? 0) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
