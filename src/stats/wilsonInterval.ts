/** z for a two-sided 95% interval: the 0.975 quantile of the standard normal distribution. */
const z95 = 1.959963984540054;

/**
 * Wilson score interval for a binomial proportion (Wilson 1927; Newcombe 1998, method 3).
 * Unlike the Wald interval it stays inside [0, 1] and behaves for small counts and for 0 or n
 * successes, which is what small desa give.
 *
 * @param successes count with the attribute, an integer 0 ≤ successes ≤ trials
 * @param trials count examined, a positive integer
 * @param options.z normal quantile (default 1.96 for 95%)
 * @returns [low, high] as proportions in [0, 1]
 * @example
 * wilsonInterval(1, 10); // [0.01787, 0.40415]
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  options: { z?: number } = {},
): [number, number] {
  if (!Number.isInteger(successes) || !Number.isInteger(trials)) {
    throw new Error('successes and trials must be integers');
  }
  if (trials <= 0) throw new Error('trials must be positive');
  if (successes < 0 || successes > trials) throw new Error('successes must be within 0..trials');
  const z = options.z ?? z95;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 or n successes one bound is exactly 0 or 1; the formula leaves rounding error there.
  return [successes === 0 ? 0 : centre - half, successes === trials ? 1 : centre + half];
}
