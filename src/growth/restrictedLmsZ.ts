import { lmsZ } from './lmsZ.ts';
import type { Lms } from './types.ts';

/**
 * The LMS z-score with WHO's restricted tails, used for weight-based indicators (weight-for-age,
 * weight-for-length/height): beyond ±3 the distance is measured in units of the last SD step at
 * that side, not on the skewed LMS curve (WHO Child Growth Standards, ch. 7, "z-score
 * computation"; WHO `anthro` R package, `compute_zscore_adjusted`). With
 * SD(k) = M · (1 + L·S·k)^(1/L):
 * z > 3 → 3 + (x − SD(3)) / (SD(3) − SD(2));  z < −3 → −3 + (x − SD(−3)) / (SD(−2) − SD(−3)).
 *
 * @param x the weight, kg (> 0)
 * @param lms the table row's L, M, S
 * @returns z, unrounded
 * @example
 * // boy, 0 days: L 0.3487, M 3.3464, S 0.14602; SD3pos = 5.03064, SD2pos = 4.41935
 * restrictedLmsZ(5.5, { l: 0.3487, m: 3.3464, s: 0.14602 }); // 3.76783 (plain LMS: 3.71526)
 */
export function restrictedLmsZ(x: number, lms: Lms): number {
  const z = lmsZ(x, lms);
  if (z > 3) {
    const sd3 = sdAt(lms, 3);
    return 3 + (x - sd3) / (sd3 - sdAt(lms, 2));
  }
  if (z < -3) {
    const sd3 = sdAt(lms, -3);
    return -3 + (x - sd3) / (sdAt(lms, -2) - sd3);
  }
  return z;
}

/** @private The measurement k SD from the median on the LMS curve. */
function sdAt({ l, m, s }: Lms, k: number): number {
  if (l === 0) return m * Math.exp(s * k);
  return m * (1 + l * s * k) ** (1 / l);
}
