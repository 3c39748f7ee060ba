import type { BenjaminiHochbergResult } from './types.ts';

/**
 * Benjamini–Hochberg false-discovery-rate adjustment, as R `p.adjust(p, method = "BH")`: with the
 * m non-missing p-values sorted decreasingly, p_adj(i) = min over j ≥ i of min(1, m·p(j)/j), where
 * j is the ascending rank. Missing p-values (null or NaN) stay null, are never significant and
 * do not count in m (R's behaviour for NA). A p-value is significant when its adjusted value is
 * ≤ alpha, i.e. the BH step-up procedure at FDR level alpha.
 *
 * @param pValues p-values in [0, 1]; null or NaN for missing
 * @param alpha false discovery rate, in (0, 1) (default 0.05)
 * @returns adjusted p-values parallel to the input and significance flags
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
 * // m = 4: sorted 0.01, 0.03, 0.04, 0.2 → 4·p/rank = 0.04, 0.06, 0.0533…, 0.2 → cumulative
 * // minimum from the top: 0.04, 0.0533…, 0.0533…, 0.2
 * // { adjusted: [0.04, 0.0533…, 0.0533…, 0.2], significant: [true, false, false, false] }
 */
export function benjaminiHochberg(
  pValues: (number | null)[],
  alpha = 0.05,
): BenjaminiHochbergResult {
  if (!Array.isArray(pValues)) throw new Error('pValues must be an array');
  if (!(alpha > 0 && alpha < 1)) throw new Error('alpha must be between 0 and 1');
  const present: { index: number; p: number }[] = [];
  pValues.forEach((p, index) => {
    if (p === null || Number.isNaN(p)) return;
    if (typeof p !== 'number' || p < 0 || p > 1) throw new Error('p-values must be within 0..1');
    present.push({ index, p });
  });
  const m = present.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  // decreasing p; the rank of the k-th of them is m − k
  present.sort((a, b) => b.p - a.p);
  let running = Number.POSITIVE_INFINITY;
  present.forEach(({ index, p }, k) => {
    running = Math.min(running, (m / (m - k)) * p);
    adjusted[index] = Math.min(1, running);
  });
  return {
    adjusted,
    significant: adjusted.map((q) => q !== null && q <= alpha),
  };
}
